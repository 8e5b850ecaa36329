// The public contract of `voiceover serve`: options, test-only fault hooks, the ledger, the running server.

import type { Logger } from '../core/logger.js';

/** Test-only failure hooks; never settable over HTTP. */
export interface FaultPlan {
  /** Close the SSE stream after N events; the work goes on server-side. */
  dropStreamAfter?: number;
  /** The stream ends with no text event at all. */
  silentCompletion?: boolean;
  /** The stream sends only keep-alive comments (": ping") until the client disconnects; the work still completes in the state. */
  keepaliveOnly?: boolean;
  /** After the edit, state.processing stays true (status 'processing') this long, then a second stage adds a music/title track. */
  secondStageMs?: number;
  /** Export jobs fail (status 'failed'). */
  renderFail?: 'once' | 'always';
  /** The next file download sends half the bytes with the full Content-Length, then destroys the socket. */
  truncateDownloadOnce?: boolean;
  /** HTTP 429 to the next `times` requests whose path starts with `path` (Retry-After header when given). */
  rateLimit?: { path: string; times: number; retryAfterS?: number };
  /** After N authenticated calls, the anonymous token in use expires: code 1001 (a new token for the same client id then works). */
  expireTokenAfterCalls?: number;
  /** The next call naming a session answers code 1002, and that session is gone. */
  loseSessionOnce?: boolean;
  /**
   * After an edit message is accepted (charged), the service loses its session: the stream says one
   * text, then an error event with code 1002, and the session is gone. 'once': the next such message
   * only; 'always': every one.
   */
  loseSessionAfterMessage?: 'once' | 'always';
  /**
   * Exports come out as a service may deliver them: 'yuv444p', re-encoded to H.264 High 4:4:4
   * Predictive (yuv444p) + AAC; 'moov-at-end', remuxed with the index (moov) after the media data;
   * 'no-moov', the moov box removed; 'truncated', cut halfway through the media data. Each is served
   * with its own (matching) Content-Length.
   */
  exportFile?: 'yuv444p' | 'moov-at-end' | 'no-moov' | 'truncated';
  /** Export answers HTTP 402 (free plan). */
  blockExport?: boolean;
  /** The next upload answers HTTP 500. */
  uploadServerErrorOnce?: boolean;
  /**
   * Each upload puts its video alone on the timeline at once (exportable, status completed), as a
   * service may; 'edit': a message then edits as usual; 'no-change': a message is answered with a
   * text and changes nothing (free).
   */
  timelineAtUpload?: 'edit' | 'no-change';
  /** Stream events in the agent-event shape ({content:{role:'model',parts:[...]}, author, partial}) instead of the typed shape. */
  agentEventShape?: boolean;
}

/** How to run the server. */
export interface ServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8787; 0 = any free port. */
  port?: number;
  /** Sessions, uploads, clips, outputs, ledger: all survive a restart. */
  dataDir: string;
  /** Fixed tokens accepted besides issued anonymous ones (`voiceover serve --token`); `TOKEN:read,write` limits scopes. */
  tokens?: string[];
  /** Issue anonymous tokens (default true); false accepts only the fixed `tokens` (`--no-anonymous`). */
  anonymous?: boolean;
  /** New anonymous tokens one client address may get per hour (default 20; 0: no limit). */
  anonymousPerHour?: number;
  /** Credits granted per anonymous token / user (default 100). */
  grantCredits?: number;
  /** Credits charged per /run_sse message that edits (default 50); status/credits questions cost 0. */
  messageCost?: number;
  /** Default 500 MiB. */
  maxUploadBytes?: number;
  /** URL uploads to loopback/private/link-local addresses (default false). */
  allowPrivateUrls?: boolean;
  /** For links in answers (default http://<host>:<port>). */
  webUrl?: string;
  faults?: FaultPlan;
  logger?: Logger;
}

/** One charge of the credit ledger. */
export interface LedgerEntry {
  user_id: string;
  session_id: string;
  message_sha256: string;
  credits: number;
  at: string;
}

/** A listening server. */
export interface RunningServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** Replace the fault plan (tests). */
  setFaults(plan: FaultPlan): void;
  /** Every charge ever made (persisted in dataDir). */
  ledger(): LedgerEntry[];
  close(): Promise<void>;
}
