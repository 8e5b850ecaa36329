// POST /api/auth/anonymous-token: one user per client id per 7 days, a fresh token on every call.

import { randomBytes } from 'node:crypto';
import type { Call } from '../context.js';
import { availableCredits } from '../credits.js';
import { badRequest } from '../http/http-error.js';
import { sendOk } from '../http/respond.js';
import type { UserRecord } from '../store/records.js';
import { sha256Hex } from './token-hash.js';

/** How long a client id keeps its user, and a token stays valid. */
export const ANONYMOUS_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** Issue an anonymous token for the caller's X-Client-Id (400 without one). */
export async function issueAnonymousToken(call: Pick<Call, 'req' | 'res' | 'ctx'>): Promise<void> {
  const { ctx } = call;
  const clientId = String(call.req.headers['x-client-id'] ?? '').trim();
  if (clientId === '' || clientId.length > 200) throw badRequest('X-Client-Id header is required');
  const now = Date.now();
  let user = [...ctx.store.users.values()].find(
    (u) => u.kind === 'anonymous' && u.client_id === clientId && Date.parse(u.window_ends_at) > now,
  );
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
  const token = `nmv_usr_${randomBytes(24).toString('base64url')}`;
  const expires_at = new Date(now + ANONYMOUS_WINDOW_MS).toISOString();
  ctx.store.tokens.set(sha256Hex(token), { token_sha256: sha256Hex(token), user_id: user.user_id, issued_at: new Date(now).toISOString(), expires_at });
  await ctx.store.saveTokens();
  ctx.logger.debug(`serve: token issued for user ${user.user_id}`);
  sendOk(call.res, { token, user_id: user.user_id, expires_at, credits: availableCredits(ctx, user) });
}
