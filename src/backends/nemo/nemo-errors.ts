// The protocol's error table (§ Errors) turned into registry errors with hints a person can act
// on; `backendCode` keeps the service's own number. Service texts lose GUI phrasing and secrets.

import { VoiceoverError } from '../../core/errors.js';
import { ACCEPTED_TYPES, CREDITS_PER_MESSAGE, HOSTED_UPLOAD_LIMIT_MB } from './constants.js';
import { messageOf } from './envelope.js';
import { mapGuiPhrases } from './gui-phrases.js';
import { redactSecrets } from '../../core/secrets.js';
import type { CallKind, ServiceFailure } from './service-failure.js';
import type { TokenKind } from './token-source.js';

/** What the mapping needs to know about the run. */
export interface ErrorContext {
  apiUrl: string;
  webUrl: string;
  tokenKind: TokenKind;
  userId?: string;
  /** The task page, once a session exists. */
  taskLink?: string;
  /** The item's video as written in the config (for upload errors without a subject). */
  video: string;
  /** Whether the item's message may have been accepted (then it is never sent again). */
  messageSent?: boolean;
  /** The item's `nemo.on_session_lost` (default redo). */
  onSessionLost?: 'redo' | 'fail';
  /** Whether this run already redid the item in a new session after a lost one (the message was sent twice). */
  redone?: boolean;
  /** Strings that must never appear in what is returned (the token). */
  secrets: readonly (string | undefined)[];
}

const SCOPE_OF_CALL: Record<CallKind, string> = {
  token: 'write',
  session: 'write',
  message: 'write',
  upload: 'upload',
  state: 'read',
  credits: 'read',
  'render-status': 'read',
  export: 'render',
  cancel: 'render',
  download: 'render',
};

/** The scope a 403 names (in the body or the message), else the one the call needs. */
export function scopeOf(failure: ServiceFailure): string {
  const body = failure.info.body as Record<string, unknown> | undefined;
  for (const key of ['scope', 'required_scope', 'missing_scope']) {
    const value = body && typeof body === 'object' ? body[key] : undefined;
    if (typeof value === 'string' && value) return value;
  }
  const named = /\b(read|write|upload|render)\b/i.exec(failure.info.message);
  return named?.[1]?.toLowerCase() ?? SCOPE_OF_CALL[failure.kind];
}

/** The credits hint: anonymous accounts get the registration link with their user id, registered ones "top up". */
export function creditsHint(ctx: ErrorContext): string {
  const web = ctx.webUrl.replace(/\/+$/, '');
  if (ctx.tokenKind === 'anonymous') {
    const bind = `${web}/?bind=${encodeURIComponent(ctx.userId ?? '')}`;
    return `register this anonymous account at ${bind} to get more credits, then run again (set NEMO_TOKEN to the registered token, or keep the same client id)`;
  }
  return `top up credits at ${web} and run again`;
}

/**
 * The "not enough credits" error raised before spending anything; `held`: credits other videos of this
 * run hold for their messages; `redo`: the credits were wanted for redoing a lost session's message.
 */
export function lowBalanceError(available: number, ctx: ErrorContext, held = 0, redo = false): VoiceoverError {
  const of = held > 0 ? `, of which ${held} ${held === 1 ? 'is' : 'are'} held for other videos running now,` : '';
  const why = redo ? 'the service lost the session (1002) after it accepted the message, and redoing the video in a new session sends it again: ' : '';
  const detail = `${why}the balance is ${available}${of} and a voiceover edit costs about ${CREDITS_PER_MESSAGE}`;
  return new VoiceoverError('NEMO_NO_CREDITS', { detail }, { hint: creditsHint(ctx) });
}

const positive = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined);

/** The size limit in words: the one a 4002 answer states (`limit_mb`, else `limit_bytes`, top level or under `data`), else the hosted service's documented 500 MB. */
export function sizeLimitOf(body: unknown): string {
  const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
  for (const where of [record(body), record(record(body).data)]) {
    const mb = positive(where.limit_mb) ?? (positive(where.limit_bytes) !== undefined ? positive(where.limit_bytes)! / 1024 / 1024 : undefined);
    if (mb !== undefined) return `${Math.round(mb * 100) / 100} MB (as the service answered)`;
  }
  return `${HOSTED_UPLOAD_LIMIT_MB} MB (the hosted service's documented limit)`;
}

const CREDENTIAL_PARAM = /^(?:x-amz-.*|x-goog-.*|token|access_token|auth|key|api_key|apikey|sig|signature|se|sp|sv|st|password|secret|credential|code)$/i;

/** A URL safe to show: no user or password, and credential-like query values (tokens, signatures) as `***`. */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.replace(/\/\/[^/@\s]*@/, '//***@');
  }
  if (url.username || url.password) {
    url.username = '***';
    url.password = '';
  }
  for (const name of [...url.searchParams.keys()]) if (CREDENTIAL_PARAM.test(name)) url.searchParams.set(name, '***');
  return url.toString().replace(/%2A%2A%2A/g, '***');
}

/** A URL upload the service could not fetch: HTTP 400 with a `reason`, or its "could not fetch the URL …" message. */
function urlFetchError(failure: ServiceFailure, ctx: ErrorContext, clean: (text: string) => string, options: { cause: ServiceFailure; backendCode?: number }): VoiceoverError | undefined {
  if (failure.kind !== 'upload' || failure.code !== 400) return undefined;
  const body = (typeof failure.info.body === 'object' && failure.info.body !== null ? failure.info.body : {}) as Record<string, unknown>;
  const message = failure.info.message || messageOf(body) || '';
  const fetchSays = /could not fetch the URL/i.test(message);
  if (typeof body.reason !== 'string' && !fetchSays) return undefined;
  const raw = typeof body.url === 'string' && body.url ? body.url : (failure.info.subject ?? ctx.video);
  // The reason in words: the message after "could not fetch the URL <url>: ", else the whole message.
  const why = /could not fetch the URL \S+?:\s+(.*)$/is.exec(message)?.[1] ?? message;
  const redactAll = (text: string): string => text.replace(/\bhttps?:\/\/[^\s"'<>]+/gi, (u) => redactUrl(u));
  const reason = typeof body.reason === 'string' ? ` (${body.reason})` : '';
  return new VoiceoverError('NEMO_URL_FETCH', { url: redactUrl(raw), detail: `${clean(redactAll(why)) || 'no details'}${reason}` }, options);
}

/**
 * NEMO_SESSION_LOST for a session lost after its message was accepted: the hint says why the message
 * was not sent again here (a second loss after the one redo, or `on_session_lost: fail`) and what a run does next.
 */
export function sessionLostError(detail: string, ctx: ErrorContext, options: { cause?: unknown; backendCode?: number } = {}): VoiceoverError {
  const link = ctx.taskLink ?? `${ctx.webUrl} (no task was opened)`;
  const hint = ctx.redone
    ? `the service lost the session again after the one redo, so the message is not sent a third time (it was sent, and may be charged, twice: see the credits in the report); check the task page ${link}; running again first tries this session, and only if the service no longer has it starts over (charged once more)`
    : ctx.onSessionLost === 'fail'
      ? `nemo.on_session_lost is fail, so the message was not sent again (not charged twice); check the task page ${link}; set nemo: { on_session_lost: redo } (the default) to redo the video once in a new session automatically (the message is charged again), or run with --force to send it again`
      : undefined;
  return new VoiceoverError('NEMO_SESSION_LOST', { link, detail }, { ...options, ...(hint ? { hint } : {}) });
}

/** A registry error for a failed call, per the protocol's error table. */
export function toNemoError(failure: ServiceFailure, ctx: ErrorContext): VoiceoverError {
  const clean = (text: string): string => mapGuiPhrases(redactSecrets(text, ctx.secrets));
  const detail = clean(failure.info.message || messageOf(failure.info.body) || 'no details');
  const code = failure.code;
  const options = { cause: failure, ...(code !== undefined ? { backendCode: code } : {}) };
  const call = failure.kind;
  const link = ctx.taskLink ?? `${ctx.webUrl} (no task was opened)`;
  const file = failure.info.subject ?? ctx.video;
  const fetchFailed = urlFetchError(failure, ctx, clean, options);
  if (fetchFailed) return fetchFailed;
  switch (code) {
    case 1001:
      return new VoiceoverError('NEMO_AUTH', { call, detail }, {
        ...options,
        ...(ctx.tokenKind === 'anonymous' ? { hint: 'a fresh anonymous token for the same client id was refused too; wait a while and run again, or set NEMO_TOKEN to a registered token' } : {}),
      });
    case 1002:
      if (!ctx.messageSent) return new VoiceoverError('NEMO_SESSION_LOST', { link, detail: `${detail}, twice, before the message was sent` }, { ...options, hint: 'nothing was charged; the service lost a new session as well, so run again later' });
      return sessionLostError(ctx.redone ? `${detail}, after the service had accepted the message, in the new session that redid the video after the first session was lost as well` : `${detail}, after the service had accepted the message`, ctx, options);
    case 2001:
      return new VoiceoverError('NEMO_NO_CREDITS', { detail }, { ...options, hint: creditsHint(ctx) });
    case 4001:
      return new VoiceoverError('NEMO_UNSUPPORTED_FILE', { file, detail, accepted: ACCEPTED_TYPES }, options);
    case 4002:
      return new VoiceoverError('NEMO_FILE_TOO_LARGE', { file, detail, limit: sizeLimitOf(failure.info.body) }, options);
    case 402:
      return new VoiceoverError('NEMO_PLAN_BLOCKED', { detail, web: ctx.webUrl }, options);
    case 403:
      return new VoiceoverError('NEMO_SCOPE', { scope: scopeOf(failure), call, detail }, options);
    case 429:
      return new VoiceoverError('NEMO_RATE_LIMITED', { call, detail }, options);
    default:
      return new VoiceoverError('NEMO_SERVICE', { call, detail: code === undefined ? detail : `${detail} (code ${code})`, api: ctx.apiUrl }, options);
  }
}
