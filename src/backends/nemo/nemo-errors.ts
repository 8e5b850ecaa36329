// The protocol's error table (§ Errors) turned into registry errors with hints a person can act
// on; `backendCode` keeps the service's own number. Service texts lose GUI phrasing and secrets.

import { VoiceoverError } from '../../core/errors.js';
import { ACCEPTED_TYPES, CREDITS_PER_MESSAGE } from './constants.js';
import { messageOf } from './envelope.js';
import { mapGuiPhrases } from './gui-phrases.js';
import { redact } from './redact.js';
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

/** The "not enough credits" error raised before spending anything; `held`: credits other videos of this run hold for their messages. */
export function lowBalanceError(available: number, ctx: ErrorContext, held = 0): VoiceoverError {
  const of = held > 0 ? `, of which ${held} ${held === 1 ? 'is' : 'are'} held for other videos running now,` : '';
  const detail = `the balance is ${available}${of} and a voiceover edit costs about ${CREDITS_PER_MESSAGE}`;
  return new VoiceoverError('NEMO_NO_CREDITS', { detail }, { hint: creditsHint(ctx) });
}

/** A registry error for a failed call, per the protocol's error table. */
export function toNemoError(failure: ServiceFailure, ctx: ErrorContext): VoiceoverError {
  const clean = (text: string): string => mapGuiPhrases(redact(text, ctx.secrets));
  const detail = clean(failure.info.message || messageOf(failure.info.body) || 'no details');
  const code = failure.code;
  const options = { cause: failure, ...(code !== undefined ? { backendCode: code } : {}) };
  const call = failure.kind;
  const link = ctx.taskLink ?? `${ctx.webUrl} (no task was opened)`;
  const file = failure.info.subject ?? ctx.video;
  switch (code) {
    case 1001:
      return new VoiceoverError('NEMO_AUTH', { call, detail }, {
        ...options,
        ...(ctx.tokenKind === 'anonymous' ? { hint: 'a fresh anonymous token for the same client id was refused too; wait a while and run again, or set NEMO_TOKEN to a registered token' } : {}),
      });
    case 1002:
      return new VoiceoverError('NEMO_SESSION_LOST', { link, detail: ctx.messageSent ? `${detail}, after the service had accepted the message` : `${detail}, twice, before the message was sent` }, {
        ...options,
        ...(ctx.messageSent ? {} : { hint: 'nothing was charged; the service lost a new session as well, so run again later' }),
      });
    case 2001:
      return new VoiceoverError('NEMO_NO_CREDITS', { detail }, { ...options, hint: creditsHint(ctx) });
    case 4001:
      return new VoiceoverError('NEMO_UNSUPPORTED_FILE', { file, detail, accepted: ACCEPTED_TYPES }, options);
    case 4002:
      return new VoiceoverError('NEMO_FILE_TOO_LARGE', { file, detail }, options);
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
