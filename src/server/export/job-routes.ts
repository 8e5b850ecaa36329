// GET …/lambda/<id> (status), POST …/lambda/<id>/cancel, GET /api/render/proxy/<id>/download, and the public output file.

import { apiBase, type Call } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { sendRenderOk } from '../http/respond.js';
import { sendFile } from '../http/send-file.js';
import type { JobRecord } from '../store/records.js';
import { jobView } from './job-view.js';

/** The caller's job `id`, or 404. */
function ownJob(call: Call, id: string): JobRecord {
  const job = call.ctx.store.jobs.get(id);
  if (!job || job.user_id !== call.principal.user.user_id) throw notFound(`render ${id}`);
  return job;
}

/** Status of an export. */
export async function getJob(call: Call): Promise<void> {
  sendRenderOk(call.res, jobView(apiBase(call), ownJob(call, call.params[0] ?? '')));
}

/** Cancel a running export; answers once it has stopped and its partial file is gone. */
export async function cancelJob(call: Call): Promise<void> {
  const job = ownJob(call, call.params[0] ?? '');
  const running = call.ctx.exports.get(job.id);
  if (running) {
    running.controller.abort(new DOMException('export canceled', 'AbortError'));
    await running.done;
  }
  sendRenderOk(call.res, jobView(apiBase(call), job));
}

/** The finished MP4 (token needed). */
export async function downloadJob(call: Call): Promise<void> {
  const job = ownJob(call, call.params[0] ?? '');
  if (job.status !== 'completed' || !job.file) throw new HttpError(409, 409, `render ${job.id} is ${job.status}, not completed`);
  await sendFile(call.ctx, call.req, call.res, job.file, 'video/mp4', `${job.id}.mp4`);
}

/** The finished MP4 at its public URL /files/o/<key>/<id>.mp4 (no token: the key is the secret). */
export async function serveOutput(call: Omit<Call, 'principal'>): Promise<void> {
  const [key = '', name = ''] = call.params;
  const job = [...call.ctx.store.jobs.values()].find((j) => j.key === key && `${j.id}.mp4` === name);
  if (!job || job.status !== 'completed' || !job.file) throw notFound('file');
  await sendFile(call.ctx, call.req, call.res, job.file, 'video/mp4');
}
