// The credit ledger: balances, charging a message once, and GET /api/credits/balance/simple.

import { createHash } from 'node:crypto';
import type { Call, ServerContext } from './context.js';
import { sendOk } from './http/respond.js';
import type { UserRecord } from './store/records.js';
import type { LedgerEntry } from './types.js';

/** Credits a user can still spend: the grant minus every charge. */
export function availableCredits(ctx: ServerContext, user: UserRecord): number {
  const spent = ctx.store.ledger.filter((e) => e.user_id === user.user_id).reduce((sum, e) => sum + e.credits, 0);
  return Math.max(0, user.granted - spent);
}

/** The hash a message is charged under. */
export const messageHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Charge one edit message and persist the entry before any work starts. A message already charged
 * in this session is charged again (as the real service would) and logged loudly: the ledger
 * keeps both entries, so a client that sent it twice is caught.
 */
export async function chargeMessage(ctx: ServerContext, user: UserRecord, sessionId: string, text: string): Promise<LedgerEntry> {
  const entry: LedgerEntry = {
    user_id: user.user_id,
    session_id: sessionId,
    message_sha256: messageHash(text),
    credits: ctx.options.messageCost,
    at: new Date().toISOString(),
  };
  if (ctx.store.ledger.some((e) => e.session_id === sessionId && e.message_sha256 === entry.message_sha256)) {
    ctx.logger.warn(`serve: session ${sessionId} sent the same message again; it is charged twice (ledger ${entry.message_sha256.slice(0, 12)})`);
  }
  ctx.store.ledger.push(entry);
  try {
    await ctx.store.saveLedger();
  } catch (error) {
    ctx.store.ledger.splice(ctx.store.ledger.indexOf(entry), 1);
    throw error;
  }
  return entry;
}

/** The balance as the protocol answers it. */
export function balanceOf(ctx: ServerContext, user: UserRecord): { available: number; frozen: number; total: number } {
  const available = availableCredits(ctx, user);
  return { available, frozen: 0, total: available };
}

/** GET /api/credits/balance/simple */
export async function getBalance(call: Call): Promise<void> {
  sendOk(call.res, balanceOf(call.ctx, call.principal.user));
}
