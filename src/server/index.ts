// Public API of `voiceover serve`: the NemoVideo protocol over the local pipeline.
export { startServer } from './start-server.js';
export { serverOptionsFromFlags, type ServeFlags } from './cli-options.js';
export { SERVER_DEFAULTS } from './resolve-options.js';
export type { FaultPlan, LedgerEntry, RunningServer, ServerOptions } from './types.js';
