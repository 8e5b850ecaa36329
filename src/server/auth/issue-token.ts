// POST /api/auth/anonymous-token (protocol §1): one user and one token per client id per 7 days (the same
// token again while it is valid), a limited number of new tokens per client address per hour, none with --no-anonymous.

import { randomBytes } from 'node:crypto';
import type { Call } from '../context.js';
import { availableCredits } from '../credits.js';
import { badRequest, HttpError, tokenInvalid } from '../http/http-error.js';
import { sendOk } from '../http/respond.js';
import type { TokenRecord, UserRecord } from '../store/records.js';
import { sha256Hex } from './token-hash.js';
import { deriveToken } from './token-secret.js';

/** How long a client id keeps its user, and a token stays valid. */
export const ANONYMOUS_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** A token with less than this left is not handed out again; a new one is issued. */
const REUSE_MARGIN_MS = 3600 * 1000;

/** Issue an anonymous token for the caller's X-Client-Id (400 without one, 429 past the per-address limit). */
export async function issueAnonymousToken(call: Pick<Call, 'req' | 'res' | 'ctx'>): Promise<void> {
  const { ctx } = call;
  if (!ctx.options.anonymous) {
    call.req.resume();
    throw tokenInvalid('this server issues no anonymous tokens (it runs with --no-anonymous); ask its operator for a token and set NEMO_TOKEN');
  }
  const clientId = String(call.req.headers['x-client-id'] ?? '').trim();
  if (clientId === '' || clientId.length > 200) throw badRequest('X-Client-Id header is required');
  const now = Date.now();
  let user = [...ctx.store.users.values()].find(
    (u) => u.kind === 'anonymous' && u.client_id === clientId && Date.parse(u.window_ends_at) > now,
  );
  const reusable = user && stillValidToken(ctx.store.tokens.values(), user.user_id, now);
  if (user && reusable) {
    const token = deriveToken(ctx.tokenSecret, user.user_id, reusable.nonce!);
    sendOk(call.res, { token, user_id: user.user_id, expires_at: reusable.expires_at, credits: availableCredits(ctx, user) });
    return;
  }
  const address = call.req.socket.remoteAddress;
  const wait = ctx.anonymousIssues.retryAfterS(address, now);
  if (wait > 0) {
    throw new HttpError(429, 429, `too many new anonymous tokens from this address (at most ${ctx.anonymousIssues.limit} an hour); retry in ${wait} s, or keep using the same X-Client-Id`, { 'Retry-After': String(wait) });
  }
  ctx.anonymousIssues.record(address, now);
  if (!user) {
    user = {
      user_id: `usr_${randomBytes(8).toString('hex')}`,
      kind: 'anonymous',
      client_id: clientId,
      created_at: new Date(now).toISOString(),
      window_ends_at: new Date(now + ANONYMOUS_WINDOW_MS).toISOString(),
      granted: ctx.options.grantCredits,
    } satisfies UserRecord;
    ctx.store.users.set(user.user_id, user);
    await ctx.store.saveUsers();
  }
  const nonce = randomBytes(12).toString('base64url');
  const token = deriveToken(ctx.tokenSecret, user.user_id, nonce);
  const expires_at = new Date(now + ANONYMOUS_WINDOW_MS).toISOString();
  ctx.store.tokens.set(sha256Hex(token), { token_sha256: sha256Hex(token), user_id: user.user_id, nonce, issued_at: new Date(now).toISOString(), expires_at });
  await ctx.store.saveTokens();
  ctx.logger.debug(`serve: token issued for user ${user.user_id}`);
  sendOk(call.res, { token, user_id: user.user_id, expires_at, credits: availableCredits(ctx, user) });
}

/** The user's newest token that can be handed out again: derivable, not revoked, not about to expire. */
function stillValidToken(tokens: Iterable<TokenRecord>, userId: string, now: number): TokenRecord | undefined {
  let best: TokenRecord | undefined;
  for (const t of tokens) {
    if (t.user_id !== userId || !t.nonce || t.expired || Date.parse(t.expires_at) - now <= REUSE_MARGIN_MS) continue;
    if (!best || t.issued_at > best.issued_at) best = t;
  }
  return best;
}
