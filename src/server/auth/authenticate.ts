// Bearer tokens: issued anonymous ones and fixed ones (`--token`); 1001 when unknown or expired, 403 without the scope.

import type { IncomingMessage } from 'node:http';
import type { Principal, ServerContext } from '../context.js';
import { HttpError, tokenInvalid } from '../http/http-error.js';
import { ALL_SCOPES, type Scope, type UserRecord } from '../store/records.js';
import { sha256Hex } from './token-hash.js';

const FAR_FUTURE = '9999-12-31T00:00:00.000Z';

/** Check the request's token and scope; the principal, or a thrown 1001 / 403. */
export async function authenticate(ctx: ServerContext, req: IncomingMessage, scope: Scope): Promise<Principal> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''));
  if (!match) throw tokenInvalid('no Authorization: Bearer token');
  const token = match[1]!;
  const fixedScopes = ctx.options.fixedTokens.get(token);
  const principal = fixedScopes ? await fixedPrincipal(ctx, token, fixedScopes) : await anonymousPrincipal(ctx, token);
  if (!principal.scopes.includes(scope)) {
    throw new HttpError(403, 403, `this token lacks the "${scope}" scope`, {}, { scope });
  }
  return principal;
}

async function anonymousPrincipal(ctx: ServerContext, token: string): Promise<Principal> {
  if (!ctx.options.anonymous) throw tokenInvalid('this server accepts only its fixed tokens (it runs with --no-anonymous); ask its operator for a token and set NEMO_TOKEN');
  const record = ctx.store.tokens.get(sha256Hex(token));
  if (!record) throw tokenInvalid('unknown token');
  if (record.expired || Date.parse(record.expires_at) <= Date.now()) throw tokenInvalid('the token has expired');
  const user = ctx.store.users.get(record.user_id);
  if (!user) throw tokenInvalid('the token has no user');
  if (ctx.faults.takeTokenExpiry()) {
    record.expired = true;
    await ctx.store.saveTokens();
    throw tokenInvalid('the token has expired');
  }
  return { user, anonymous: true, scopes: ALL_SCOPES };
}

async function fixedPrincipal(ctx: ServerContext, token: string, scopes: Scope[]): Promise<Principal> {
  const userId = `usr_fixed_${sha256Hex(token).slice(0, 16)}`;
  let user = ctx.store.users.get(userId);
  if (!user) {
    user = { user_id: userId, kind: 'fixed', created_at: new Date().toISOString(), window_ends_at: FAR_FUTURE, granted: ctx.options.grantCredits } satisfies UserRecord;
    ctx.store.users.set(userId, user);
    await ctx.store.saveUsers();
  }
  return { user, anonymous: false, scopes };
}

/** Parse `--token` values: `TOKEN` (every scope) or `TOKEN:read,render`. */
export function parseFixedTokens(values: readonly string[]): Map<string, Scope[]> {
  const map = new Map<string, Scope[]>();
  for (const value of values) {
    const match = /^(.+):([a-z]+(?:,[a-z]+)*)$/.exec(value);
    const listed = match?.[2]?.split(',') ?? [];
    const scoped = match && listed.every((s) => (ALL_SCOPES as readonly string[]).includes(s));
    const token = scoped ? match[1]! : value;
    if (token.trim() === '') continue;
    map.set(token, scoped ? (listed as Scope[]) : [...ALL_SCOPES]);
  }
  return map;
}
