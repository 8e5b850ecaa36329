// How often and how long the client waits before repeating a call (delays are settings so tests stay fast).

import { setTimeout as delay } from 'node:timers/promises';

/** Retry settings of the client. */
export interface RetryPolicy {
  /** Tries in all for an idempotent call that meets 5xx answers or network errors. */
  attempts: number;
  /** First backoff delay, ms; doubled each time, up to maxDelayMs, with ±20 % jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Wait after a 429 without Retry-After, ms (protocol: 30 s). */
  rateLimitDefaultMs: number;
  /** Longest Retry-After honoured, ms; a longer one fails the call instead of stalling the run. */
  maxRetryAfterMs: number;
}

/** The defaults: four tries 1 s, 2 s, 4 s apart; 30 s after an unexplained 429. */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 15_000,
  rateLimitDefaultMs: 30_000,
  maxRetryAfterMs: 10 * 60_000,
};

/** The delay before retry number `retry` (1-based). */
export function backoffMs(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const base = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Wait `ms`, ending early with the signal's AbortError. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) {
    signal?.throwIfAborted();
    return;
  }
  await delay(ms, undefined, { signal });
}
