// GET /api/state/nemo_agent/me/<session_id>/latest

import { apiBase, type Call } from '../context.js';
import { sendOk } from '../http/respond.js';
import { checkUserPart, requireSession } from './find-session.js';
import { stateView } from './session-state.js';

/** Answer the session's latest state. */
export async function getState(call: Call): Promise<void> {
  const [, userPart = '', sessionId = ''] = call.params;
  checkUserPart(call.principal, userPart, sessionId);
  const session = await requireSession(call.ctx, call.principal, sessionId);
  sendOk(call.res, {
    session_id: session.id,
    task_id: session.task_id,
    state: stateView(apiBase(call), session),
    updated_at: session.state.updated_at,
  });
}
