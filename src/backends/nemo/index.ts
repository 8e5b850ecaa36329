// The nemo backend's public surface: the backend, its options and events, and the timeline summary for logs.

export { createNemoBackend, type NemoBackendOptions } from './nemo-backend.js';
export type { NemoEvent, NemoEventListener } from './events.js';
export { timelineSummary } from './timeline-summary.js';
export { CREDITS_PER_MESSAGE, DEFAULT_API_URL, DEFAULT_WEB_URL } from './constants.js';
export { resolveClientId, userConfigDir } from './client-id.js';
export type { RetryPolicy } from './retry-policy.js';
