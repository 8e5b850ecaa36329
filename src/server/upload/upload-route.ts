// POST /api/upload-video/nemo_agent/me/<session_id>: multipart files or {"urls": [...], "source_type": "url"}.

import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { apiBase, type Call } from '../context.js';
import { badRequest, HttpError } from '../http/http-error.js';
import { isRecord, readJsonBody } from '../http/read-body.js';
import { sendOk } from '../http/respond.js';
import { checkUserPart, requireSession } from '../sessions/find-session.js';
import { describeFile } from '../sessions/session-state.js';
import { sessionUploadDir } from '../store/data-paths.js';
import type { UploadedFile } from '../store/records.js';
import { fetchUrl } from './fetch-url.js';
import { receiveMultipart, type ReceivedFile, MAX_FILES_PER_UPLOAD } from './receive-multipart.js';
import { registerFile } from './register-file.js';

/** Store the uploaded files in the session and list them. */
export async function uploadFiles(call: Call): Promise<void> {
  const { ctx, req } = call;
  const [, userPart = '', sessionId = ''] = call.params;
  checkUserPart(call.principal, userPart, sessionId);
  const session = await requireSession(ctx, call.principal, sessionId);
  if (ctx.faults.take('uploadServerErrorOnce')) {
    req.resume();
    throw new HttpError(500, 500, 'internal error while storing the upload (injected fault)');
  }
  const dir = sessionUploadDir(ctx.paths, session.id);
  await mkdir(dir, { recursive: true });
  const contentType = String(req.headers['content-type'] ?? '').toLowerCase();
  let received: ReceivedFile[];
  let source: UploadedFile['source'];
  if (contentType.startsWith('multipart/form-data')) {
    received = await receiveMultipart(req, dir, ctx.options.maxUploadBytes, ctx.signal);
    source = 'upload';
  } else if (contentType.startsWith('application/json')) {
    received = await fetchAll(call, await readJsonBody(req), dir);
    source = 'url';
  } else {
    req.resume();
    throw badRequest('send multipart/form-data (field "files") or JSON {"urls": [...], "source_type": "url"}');
  }
  const files: UploadedFile[] = [];
  try {
    for (const file of received) files.push(await registerFile(file, dir, source, ctx.signal));
  } catch (error) {
    // One bad file refuses the whole request: nothing of it stays.
    await Promise.all(received.map((f) => rm(f.temp, { force: true })));
    await Promise.all(files.map((f) => rm(dirname(f.path), { recursive: true, force: true })));
    throw error;
  }
  session.files.push(...files);
  ctx.faults.putOnTimeline(session);
  await ctx.store.saveSession(session);
  ctx.logger.debug(`serve: session ${session.id} received ${files.map((f) => f.filename).join(', ')}`);
  sendOk(call.res, { session_id: session.id, files: files.map((f) => describeFile(apiBase(call), session, f)) });
}

async function fetchAll(call: Call, body: unknown, dir: string): Promise<ReceivedFile[]> {
  if (!isRecord(body) || !Array.isArray(body.urls) || body.urls.length === 0 || !body.urls.every((u) => typeof u === 'string')) {
    throw badRequest('the JSON body must be {"urls": ["https://…"], "source_type": "url"}');
  }
  if (body.urls.length > MAX_FILES_PER_UPLOAD) throw badRequest(`at most ${MAX_FILES_PER_UPLOAD} URLs per upload`);
  const { ctx } = call;
  const received: ReceivedFile[] = [];
  try {
    for (const url of body.urls as string[]) {
      received.push(await fetchUrl(url, { dir, maxBytes: ctx.options.maxUploadBytes, allowPrivate: ctx.options.allowPrivateUrls, signal: ctx.signal }));
    }
  } catch (error) {
    await Promise.all(received.map((f) => rm(f.temp, { force: true })));
    throw error;
  }
  return received;
}
