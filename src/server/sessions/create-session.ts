// POST /api/tasks/me/with-session/nemo_agent: a task with its session and an empty timeline.

import { randomBytes, randomUUID } from 'node:crypto';
import type { Call } from '../context.js';
import { badRequest } from '../http/http-error.js';
import { isRecord, readJsonBody } from '../http/read-body.js';
import { sendOk } from '../http/respond.js';
import type { SessionRecord } from '../store/records.js';
import { emptyState } from './session-state.js';

/** Create a session for the caller. */
export async function createSession(call: Call): Promise<void> {
  const { ctx, principal } = call;
  const [userPart = ''] = call.params;
  if (userPart !== 'me' && userPart !== principal.user.user_id) throw badRequest('the path must name user "me"');
  const body = await readJsonBody(call.req);
  if (!isRecord(body)) throw badRequest('the body must be a JSON object');
  const taskName = typeof body.task_name === 'string' && body.task_name.trim() !== '' ? body.task_name.trim().slice(0, 200) : 'voiceover';
  const language = typeof body.language === 'string' && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(body.language) ? body.language : 'en';
  const now = new Date().toISOString();
  const session: SessionRecord = {
    id: randomUUID(),
    task_id: `task_${randomBytes(8).toString('hex')}`,
    user_id: principal.user.user_id,
    task_name: taskName,
    language,
    created_at: now,
    files: [],
    state: emptyState(),
    edits: 0,
  };
  ctx.store.sessions.set(session.id, session);
  await ctx.store.saveSession(session);
  sendOk(call.res, { task_id: session.task_id, session_id: session.id, user_id: principal.user.user_id, task_name: taskName, language });
}
