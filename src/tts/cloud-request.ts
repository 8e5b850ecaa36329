// One HTTP request to a cloud speech service: a time-out per request, bounded retries (429 honouring
// Retry-After, 5xx, network errors) with backoff, and errors that name the key's variable but never hold the key.

import { VoiceoverError } from '../core/errors.js';
import { parseRetryAfter } from '../core/retry-after.js';
import { redactSecrets } from '../core/secrets.js';
import type { CloudService } from './cloud-service.js';

/** Tries per request (the first and three retries). */
export const MAX_TRIES = 4;
/** Longest Retry-After honoured, seconds; a service asking for more fails the line at once. */
export const MAX_RETRY_AFTER_S = 60;
/** Default time-out of one request, seconds (VOICEOVER_TTS_TIMEOUT_S overrides it); a long text gets more. */
export const DEFAULT_TIMEOUT_S = 60;
/** Seconds of default time-out per character of text, so a 4096-character request may take about two minutes. */
const TIMEOUT_S_PER_CHARACTER = 0.03;

/** One POST with a JSON body. */
export interface CloudCall {
  service: CloudService;
  url: URL;
  /** Headers besides Content-Type (the key's header among them). */
  headers: Record<string, string>;
  body: unknown;
  /** The key, so no text that leaves here holds it. */
  key: string;
  signal?: AbortSignal | undefined;
  /** Milliseconds one request may take (default: requestTimeoutMs of `characters`). */
  timeoutMs?: number;
  /** Characters of text the request carries (a longer text gets a longer default time-out). */
  characters?: number;
}

/** A successful answer, and how many requests it took. */
export interface CloudAnswer {
  body: Buffer;
  contentType: string;
  requests: number;
}

/** The time-out of one request, milliseconds: VOICEOVER_TTS_TIMEOUT_S, else 60 s or 0.03 s a character if more. */
export function requestTimeoutMs(characters = 0, env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.VOICEOVER_TTS_TIMEOUT_S);
  // Whole milliseconds: AbortSignal.timeout takes an integer.
  if (Number.isFinite(seconds) && seconds > 0) return Math.round(seconds * 1000);
  return Math.round(Math.max(DEFAULT_TIMEOUT_S, characters * TIMEOUT_S_PER_CHARACTER) * 1000);
}

/** The service's own words from an error body: `error.message` (OpenAI), `detail.message` / `detail` (ElevenLabs, FastAPI servers). */
export function providerMessage(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body.trim().slice(0, 300);
  }
  const pick = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(pick).filter(Boolean).join('; ') || undefined;
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      return pick(o.message) ?? pick(o.msg) ?? pick(o.error) ?? pick(o.detail);
    }
    return undefined;
  };
  return (pick(parsed) ?? body.trim()).slice(0, 300);
}

/** A failure worth another try; `final` is thrown when the tries run out. */
class RetryableFailure extends Error {
  constructor(readonly final: (tries: number) => VoiceoverError, readonly retryAfterMs?: number) {
    super('retryable');
  }
}

/** POST the call's JSON, retrying what may pass; throws TTS_AUTH, TTS_RATE_LIMITED, TTS_REQUEST or TTS_SERVICE. */
export async function postCloud(call: CloudCall): Promise<CloudAnswer> {
  // Loaded on use: every command loads the engines to list their voices, and undici + p-retry cost ~0.25 s of each start.
  const [{ default: pRetry, AbortError: StopRetrying }, { request }] = await Promise.all([import('p-retry'), import('undici')]);
  const { service, signal } = call;
  const clean = (text: string): string => redactSecrets(text, [call.key]);
  const params = { service: service.name, engine: service.engine, variable: service.keyVariable, input: service.keyInput, url: call.url.origin };
  const timeoutMs = call.timeoutMs ?? requestTimeoutMs(call.characters);
  let requests = 0;
  const attempt = async (): Promise<CloudAnswer> => {
    requests++;
    const timeout = AbortSignal.timeout(timeoutMs);
    let status: number;
    let headers: Record<string, string | string[] | undefined>;
    let body: Buffer;
    try {
      const answer = await request(call.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...call.headers },
        body: JSON.stringify(call.body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      status = answer.statusCode;
      headers = answer.headers;
      body = Buffer.from(await answer.body.arrayBuffer());
    } catch (error) {
      if (signal?.aborted) throw new StopRetrying(abortError(signal));
      if (timeout.aborted) {
        // Not retried: the service may still be speaking (and billing) the text.
        throw new StopRetrying(new VoiceoverError('TTS_SERVICE', { ...params, tries: requests, detail: `no answer within ${timeoutMs / 1000} s` }));
      }
      // Only the error's own words: undici errors may carry the request (and its headers) as properties.
      const detail = clean(error instanceof Error ? `${error.message}${codeOf(error)}` : String(error));
      throw new RetryableFailure((tries) => new VoiceoverError('TTS_SERVICE', { ...params, tries, detail }));
    }
    if (status >= 200 && status < 300) return { body, contentType: String(headers['content-type'] ?? ''), requests };
    const detail = clean(providerMessage(body.toString('utf8')) || `HTTP ${status}`);
    if (/quota|insufficient/i.test(detail) && (status === 401 || status === 429)) {
      throw new StopRetrying(new VoiceoverError('TTS_REQUEST', { ...params, status, detail }));
    }
    if (status === 401 || status === 403) throw new StopRetrying(new VoiceoverError('TTS_AUTH', { ...params, status, detail }));
    if (status === 429) {
      const wait = parseRetryAfter(headers['retry-after']);
      if (wait !== undefined && wait > MAX_RETRY_AFTER_S) {
        throw new StopRetrying(new VoiceoverError('TTS_RATE_LIMITED', { ...params, tries: requests, detail: `${detail} (asked to wait ${Math.round(wait)} s)` }));
      }
      throw new RetryableFailure((tries) => new VoiceoverError('TTS_RATE_LIMITED', { ...params, tries, detail }), wait === undefined ? undefined : wait * 1000);
    }
    if (status >= 500) throw new RetryableFailure((tries) => new VoiceoverError('TTS_SERVICE', { ...params, tries, detail: `HTTP ${status}: ${detail}` }));
    throw new StopRetrying(new VoiceoverError('TTS_REQUEST', { ...params, status, detail }));
  };
  try {
    return await pRetry(attempt, {
      retries: MAX_TRIES - 1,
      factor: 2,
      minTimeout: 400,
      maxTimeout: 8000,
      randomize: true,
      ...(signal ? { signal } : {}),
      // A Retry-After is waited for in full before the backoff's own (short) delay.
      shouldRetry: async ({ error }) => {
        if (!(error instanceof RetryableFailure)) return false;
        if (error.retryAfterMs) await sleep(error.retryAfterMs, signal);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof RetryableFailure) throw error.final(requests);
    if (signal?.aborted) throw abortError(signal);
    throw error;
  }
}

function codeOf(error: Error): string {
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? ` (${code})` : '';
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  return Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
