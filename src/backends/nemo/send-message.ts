// Send the item's one message (protocol §4) and read its answer: an event stream, or a plain JSON
// answer (a refusal, or an acceptance without a stream). Every POST claims the item's MessageGuard.

import type { Dispatcher } from 'undici';
import type { NemoApi } from './api.js';
import { withPolicy } from './call-policy.js';
import { APP_NAME } from './constants.js';
import type { MessageGuard } from './message-guard.js';
import { ServiceFailure } from './service-failure.js';
import type { StreamEvent } from './sse-events.js';
import { readEventStream, type StreamEnd, type StreamLimits } from './sse-read.js';
import { drain } from './transport.js';

/** How the message's answer ended and what it said. */
export interface MessageOutcome {
  end: StreamEnd | 'json';
  events: StreamEvent[];
  detail?: string;
  /** An error event after the reply had begun: the message ran (or runs); the caller decides. */
  error?: { code: number | undefined; message: string };
}

const isStream = (response: Dispatcher.ResponseData): boolean => String(response.headers['content-type'] ?? '').includes('text/event-stream');
const isReply = (event: StreamEvent): boolean => event.kind === 'text' || event.kind === 'tool_call' || event.kind === 'tool_result';

/**
 * POST the message and read the answer, under the call policy (no retry after 5xx or a network
 * error: the message may have run). A definite refusal (an error answer, or an error event before
 * any reply) releases the guard, so the policy may repeat it (429 once, 1001 after renewal) or a
 * new session may carry it; anything else leaves the message sent for good.
 */
export async function sendMessage(api: NemoApi, guard: MessageGuard, request: { sessionId: string; text: string; limits: StreamLimits }, signal?: AbortSignal): Promise<MessageOutcome> {
  const body = JSON.stringify({ app_name: APP_NAME, user_id: 'me', session_id: request.sessionId, new_message: { role: 'user', parts: [{ text: request.text }] } });
  const refuse = (failure: ServiceFailure): never => {
    guard.refused();
    throw failure;
  };
  return withPolicy({ kind: 'message', idempotent: false, auth: true }, { ...api.policy, signal }, async (token) => {
    const stop = new AbortController();
    const both = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
    guard.claim();
    let response: Dispatcher.ResponseData;
    try {
      response = await api.transport.send('message', { method: 'POST', url: '/run_sse', token, body, headers: { accept: 'text/event-stream' }, signal: both, stream: true });
    } catch (error) {
      if (error instanceof ServiceFailure && error.info.notSent) refuse(error);
      // No answer to a POST that went out: it may have been accepted. Like a dropped stream, the state tells.
      if (error instanceof ServiceFailure && error.info.network) return { end: 'dropped', events: [], detail: error.info.message };
      throw error;
    }
    if (response.statusCode >= 400 || !isStream(response)) {
      try {
        await api.transport.readJson('message', response, signal);
      } catch (error) {
        if (error instanceof ServiceFailure && !error.transient) refuse(error);
        throw error;
      }
      return { end: 'json', events: [] };
    }
    const outcome = await readEventStream(response.body, request.limits, { stop, signal });
    await drain(response);
    if (outcome.error && !outcome.events.some(isReply)) {
      refuse(new ServiceFailure('message', { code: outcome.error.code, message: outcome.error.message }));
    }
    if (outcome.error) return { end: 'dropped', events: outcome.events, error: { code: outcome.error.code, message: outcome.error.message } };
    return { end: outcome.end, events: outcome.events, ...(outcome.detail ? { detail: outcome.detail } : {}) };
  });
}
