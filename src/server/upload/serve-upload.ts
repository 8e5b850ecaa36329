// GET /files/u/<session>/<file id>/<name>: an uploaded file at its cdn_url (no token: the ids are random).

import type { Call } from '../context.js';
import { notFound } from '../http/http-error.js';
import { sendFile } from '../http/send-file.js';

/** Serve one uploaded file. */
export async function serveUpload(call: Omit<Call, 'principal'>): Promise<void> {
  const [sessionId = '', fileId = '', name = ''] = call.params;
  const file = call.ctx.store.sessions.get(sessionId)?.files.find((f) => f.id === fileId && f.filename === name);
  if (!file) throw notFound('file');
  await sendFile(call.ctx, call.req, call.res, file.path, file.mime_type);
}
