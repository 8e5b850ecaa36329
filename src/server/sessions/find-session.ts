// Look up the session a call names: 1002 when it is unknown, someone else's, or lost (fault).

import { rm } from 'node:fs/promises';
import type { Principal, ServerContext } from '../context.js';
import { sessionNotFound } from '../http/http-error.js';
import { sessionClipDir, sessionUploadDir } from '../store/data-paths.js';
import type { SessionRecord } from '../store/records.js';

/** The caller's session `id`, or a thrown 1002. */
export async function requireSession(ctx: ServerContext, principal: Principal, id: string): Promise<SessionRecord> {
  const session = ctx.store.sessions.get(id);
  if (!session || session.user_id !== principal.user.user_id) throw sessionNotFound(id);
  if (ctx.faults.take('loseSessionOnce')) {
    ctx.logger.debug(`serve: fault loseSessionOnce drops session ${id}`);
    await forgetSession(ctx, session);
    throw sessionNotFound(id);
  }
  return session;
}

/** Remove a session with its uploads and clips (not while work on it runs). */
export async function forgetSession(ctx: ServerContext, session: SessionRecord): Promise<void> {
  await ctx.store.deleteSession(session.id);
  if (session.work) return;
  await rm(sessionUploadDir(ctx.paths, session.id), { recursive: true, force: true });
  await rm(sessionClipDir(ctx.paths, session.id), { recursive: true, force: true });
}

/** The `user` path part ("me", or the caller's own id); anything else names no session of the caller. */
export function checkUserPart(principal: Principal, part: string, sessionId: string): void {
  if (part !== 'me' && part !== principal.user.user_id) throw sessionNotFound(sessionId);
}
