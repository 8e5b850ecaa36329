// What the client reports while it works: typed events for logs and tests (library code never prints).

import type { CallKind } from './service-failure.js';

/** One thing the client did that a person or a test may want to know. */
export type NemoEvent =
  | { type: 'retry'; call: CallKind; reason: 'server-error' | 'network' | 'rate-limited' | 'bad-request'; delay_ms: number }
  | { type: 'reauth'; call: CallKind }
  | { type: 'session'; task_id: string; session_id: string; attempt: number }
  | { type: 'new-session'; reason: string }
  /** A session whose message an earlier run sent is picked up again instead of sending it. */
  | { type: 'resume'; task_id: string; session_id: string }
  /** The message was accepted and its answer read (once per item, ever). */
  | { type: 'message-sent'; session_id: string }
  | { type: 'stream-end'; end: 'closed' | 'dropped' | 'keepalive-timeout' | 'hard-timeout' | 'json'; texts: number; tool_events: number }
  | { type: 'agent-text'; text: string }
  | { type: 'state-poll'; poll: number; exportable: boolean; settled: boolean }
  | { type: 'export'; render_id: string; attempt: number }
  | { type: 'render-status'; render_id: string; status: string; progress?: number }
  | { type: 'download'; url: string; attempt: number; ok: boolean; detail?: string };

/** Receives client events. */
export type NemoEventListener = (event: NemoEvent) => void;
