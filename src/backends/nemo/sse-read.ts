// Read a /run_sse event stream to its end (the stream closing is the end: there is no end event),
// within a hard time limit and a limit on keep-alive-only stretches (protocol §4).

import { createParser } from 'eventsource-parser';
import { normaliseEvent, type StreamEvent } from './sse-events.js';

/** How a stream stopped being read. */
export type StreamEnd = 'closed' | 'dropped' | 'keepalive-timeout' | 'hard-timeout';

/** Time limits of one stream, ms. */
export interface StreamLimits {
  /** Longest read in all (sse_timeout_s). */
  hardMs: number;
  /** Longest stretch with only keep-alives (keepalive_timeout_s). */
  keepaliveMs: number;
}

/** What reading found. */
export interface StreamOutcome {
  end: StreamEnd;
  /** Every event but keep-alives, in order. */
  events: StreamEvent[];
  /** The first error event, if any (reading stops there). */
  error?: Extract<StreamEvent, { kind: 'error' }>;
  /** Why the stream dropped, for the record. */
  detail?: string;
}

/** Reading must stop early: `stop` aborts the request that `body` belongs to. */
export interface StreamControl {
  stop: AbortController;
  /** The caller's own signal: its abort is thrown, not reported as an end. */
  signal?: AbortSignal;
  onEvent?: (event: StreamEvent) => void;
}

/** Consume the stream body; returns how it ended. Aborts of the caller's signal are thrown. */
export async function readEventStream(body: AsyncIterable<Uint8Array | string>, limits: StreamLimits, control: StreamControl): Promise<StreamOutcome> {
  const events: StreamEvent[] = [];
  let error: StreamOutcome['error'];
  let stopped: StreamEnd | undefined;
  const stop = (why: StreamEnd): void => {
    if (stopped) return;
    stopped = why;
    control.stop.abort(new Error(`event stream: ${why}`));
  };
  const hard = setTimeout(() => stop('hard-timeout'), limits.hardMs);
  let quiet = setTimeout(() => stop('keepalive-timeout'), limits.keepaliveMs);
  const heard = (): void => {
    clearTimeout(quiet);
    quiet = setTimeout(() => stop('keepalive-timeout'), limits.keepaliveMs);
  };
  const take = (data: string): void => {
    for (const event of normaliseEvent(data)) {
      if (event.kind === 'keepalive') continue;
      heard();
      events.push(event);
      control.onEvent?.(event);
      if (event.kind === 'error' && !error) {
        error = event;
        stop('closed');
      }
    }
  };
  // Comments (`: ping`) and empty data lines are keep-alives: they do not reset the quiet clock.
  const parser = createParser({ onEvent: (message) => take(message.data) });
  const decoder = new TextDecoder();
  try {
    for await (const chunk of body) {
      parser.feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (stopped) break;
    }
    parser.feed(`${decoder.decode()}\n\n`);
    return { end: stopped ?? 'closed', events, ...(error ? { error } : {}) };
  } catch (caught) {
    control.signal?.throwIfAborted();
    if (stopped) return { end: stopped, events, ...(error ? { error } : {}) };
    return { end: 'dropped', events, ...(error ? { error } : {}), detail: caught instanceof Error ? caught.message : String(caught) };
  } finally {
    clearTimeout(hard);
    clearTimeout(quiet);
  }
}
