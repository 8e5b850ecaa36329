// The error table's retry rules around one call: 429 waits Retry-After (else 30 s) and retries once;
// 1001 on an anonymous token renews it once and retries; 5xx and network errors repeat only
// idempotent calls, with backoff; a missing client id (400 on the token call) is retried once.

import type { NemoEventListener } from './events.js';
import { backoffMs, sleep, type RetryPolicy } from './retry-policy.js';
import { ServiceFailure, type CallKind } from './service-failure.js';
import type { TokenSource } from './token-source.js';

/** What the policy needs besides the call. */
export interface PolicyContext {
  tokens: TokenSource;
  retry: RetryPolicy;
  signal?: AbortSignal;
  onEvent?: NemoEventListener;
}

/** One call under the policy. */
export interface PolicyCall {
  kind: CallKind;
  /** Repeating it after a 5xx or a network error cannot do anything twice. */
  idempotent: boolean;
  /** Sends the bearer token (all but the anonymous-token call). */
  auth: boolean;
}

/** Run `attempt` (given the token to use) under the retry rules; the last failure is thrown as is. */
export async function withPolicy<T>(call: PolicyCall, ctx: PolicyContext, attempt: (token: string | undefined) => Promise<T>): Promise<T> {
  const { retry, signal } = ctx;
  let failures = 0;
  let rateLimited = false;
  let renewed = false;
  let badRequest = false;
  let refused: string | undefined;
  for (;;) {
    let token: string | undefined;
    try {
      if (refused !== undefined) {
        // Renewing inside the loop: a 429 or 5xx on the token call gets the same rules.
        const old = refused;
        refused = undefined;
        await ctx.tokens.renew(old, signal);
      }
      token = call.auth ? await ctx.tokens.current(signal) : undefined;
      return await attempt(token);
    } catch (error) {
      if (!(error instanceof ServiceFailure)) throw error;
      // A failure of the token fetch itself is always safe to repeat.
      const idempotent = call.idempotent || error.kind === 'token';
      if (error.code === 429 && !rateLimited) {
        rateLimited = true;
        const wait = error.info.retryAfterS === undefined ? retry.rateLimitDefaultMs : Math.ceil(error.info.retryAfterS * 1000);
        if (wait > retry.maxRetryAfterMs) throw error;
        ctx.onEvent?.({ type: 'retry', call: call.kind, reason: 'rate-limited', delay_ms: wait });
        await sleep(wait, signal);
      } else if (error.code === 1001 && error.kind !== 'token' && token !== undefined && ctx.tokens.renewable && !renewed) {
        renewed = true;
        ctx.onEvent?.({ type: 'reauth', call: call.kind });
        refused = token;
      } else if (error.code === 400 && error.kind === 'token' && !badRequest) {
        badRequest = true;
        ctx.onEvent?.({ type: 'retry', call: 'token', reason: 'bad-request', delay_ms: 0 });
      } else if (error.transient && idempotent && ++failures < retry.attempts) {
        const wait = backoffMs(retry, failures);
        ctx.onEvent?.({ type: 'retry', call: error.kind, reason: error.info.network ? 'network' : 'server-error', delay_ms: wait });
        await sleep(wait, signal);
      } else {
        throw error;
      }
    }
  }
}
