// Export (protocol §7): start a render with a unique id, poll it to completed or failed, and retry a
// failed render once with a new id. The status sits at the top level or under `data`; the file URL
// at `output.url` or `data.outputUrl`.

import { randomBytes } from 'node:crypto';
import { VoiceoverError } from '../../core/errors.js';
import type { NemoApi } from './api.js';
import type { NemoEventListener } from './events.js';
import { mapGuiPhrases } from './gui-phrases.js';
import { sleep } from './retry-policy.js';
import { ServiceFailure } from './service-failure.js';
import type { PollSettings } from './wait-state.js';

/** A render job as read from an answer. */
export interface RenderJob {
  /** The job's id as the service names it (an export answer's `data.id`). */
  id?: string;
  status?: string;
  url?: string;
  progress?: number;
  error?: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** Read status, URL, progress and error of a render answer body, wherever the two shapes put them. */
export function readRenderJob(body: unknown): RenderJob {
  const top = isObject(body) ? body : {};
  const data = isObject(top.data) ? top.data : {};
  const output = isObject(top.output) ? top.output : isObject(data.output) ? data.output : {};
  const status = str(top.status) ?? str(data.status);
  const url = str(output.url) ?? str(data.outputUrl) ?? str(top.outputUrl) ?? str(data.url);
  const progress = typeof top.progress === 'number' ? top.progress : typeof data.progress === 'number' ? data.progress : undefined;
  const error = str(top.error) ?? str(data.error) ?? (isObject(data.error) ? str(data.error.message) : undefined);
  const id = str(data.id) ?? str(top.id);
  return { ...(id ? { id } : {}), ...(status ? { status: status.toLowerCase() } : {}), ...(url ? { url } : {}), ...(progress !== undefined ? { progress } : {}), ...(error ? { error } : {}) };
}

/** A fresh render id: `render_<random>`. */
export function newRenderId(): string {
  return `render_${randomBytes(9).toString('hex')}`;
}

/** The export request, what to poll with, and where to report. */
export interface ExportRequest {
  sessionId: string;
  draft: unknown;
  quality: string;
  poll: PollSettings;
  taskLink: string;
  signal?: AbortSignal;
  onEvent?: NemoEventListener;
}

/** Cancel a render, best effort (a failed cancel changes nothing for the person). */
export async function cancelRender(api: NemoApi, id: string): Promise<void> {
  await api.json({ kind: 'cancel', method: 'POST', path: `/api/render/proxy/lambda/${encodeURIComponent(id)}/cancel`, idempotent: true }).catch(() => undefined);
}

type RenderOutcome = { ok: true; id: string; url?: string } | { ok: false; id: string; detail: string };

const COMPLETED = new Set(['completed', 'succeeded', 'done']);
const FAILED = new Set(['failed', 'error', 'canceled', 'cancelled']);

/** What a job's answer settles: done (with the file URL), failed (with why), or undefined while it runs. */
function terminal(id: string, job: RenderJob): RenderOutcome | undefined {
  if (job.status && COMPLETED.has(job.status)) return { ok: true, id, ...(job.url ? { url: job.url } : {}) };
  if (job.status && FAILED.has(job.status)) return { ok: false, id, detail: job.error ?? `render ${job.status}` };
  return undefined;
}

async function renderOnce(api: NemoApi, requested: string, req: ExportRequest): Promise<RenderOutcome> {
  const json = { id: requested, sessionId: req.sessionId, draft: req.draft, output: { format: 'mp4', quality: req.quality } };
  // Export is not repeated with the same id: a 5xx or a dropped answer here fails this attempt.
  const { body } = await api.json({ kind: 'export', method: 'POST', path: '/api/render/proxy/lambda', json, idempotent: false }, req.signal);
  // The service may name the job itself (poll that id), and may answer with a finished job at once.
  const started = readRenderJob(body);
  const id = started.id ?? requested;
  if (started.status) req.onEvent?.({ type: 'render-status', render_id: id, status: started.status, ...(started.progress !== undefined ? { progress: started.progress } : {}) });
  const now = terminal(id, started);
  if (now) return now;
  try {
    return await pollRender(api, id, req);
  } catch (error) {
    // Canceled runs leave no render behind (best effort, without the aborted signal).
    if (req.signal?.aborted) await cancelRender(api, id);
    throw error;
  }
}

async function pollRender(api: NemoApi, id: string, req: ExportRequest): Promise<RenderOutcome> {
  for (let n = 1; n <= req.poll.limit; n++) {
    await sleep(req.poll.intervalMs, req.signal);
    const { body } = await api.json({ kind: 'render-status', method: 'GET', path: `/api/render/proxy/lambda/${encodeURIComponent(id)}`, idempotent: true }, req.signal);
    const job = readRenderJob(body);
    req.onEvent?.({ type: 'render-status', render_id: id, status: job.status ?? 'unknown', ...(job.progress !== undefined ? { progress: job.progress } : {}) });
    const done = terminal(id, job);
    if (done) return done;
  }
  await cancelRender(api, id);
  throw new VoiceoverError('NEMO_TIMEOUT', { detail: `the export ${id} did not finish after ${req.poll.limit} status reads ${req.poll.intervalMs / 1000}s apart`, link: req.taskLink });
}

/** Export the draft and wait for the file: a failed render (or a failed start) is retried once with a new id. */
export async function exportDraft(api: NemoApi, req: ExportRequest): Promise<{ id: string; url?: string }> {
  let lastDetail = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    const id = newRenderId();
    req.onEvent?.({ type: 'export', render_id: id, attempt });
    let result: Awaited<ReturnType<typeof renderOnce>>;
    try {
      result = await renderOnce(api, id, req);
    } catch (error) {
      // Only an unanswered or 5xx start earns the one retry; refusals (402, 403, 1001…) are final.
      if (!(error instanceof ServiceFailure) || !error.transient || error.kind !== 'export' || attempt === 2) throw error;
      await cancelRender(api, id);
      lastDetail = mapGuiPhrases(error.message);
      continue;
    }
    if (result.ok) return { id: result.id, ...(result.url ? { url: result.url } : {}) };
    // The service's words about the failure reach a person: no GUI phrasing.
    lastDetail = mapGuiPhrases(result.detail);
  }
  throw new VoiceoverError('NEMO_RENDER_FAILED', { detail: lastDetail, link: req.taskLink });
}
