// Run one export in the background: renderDraft with progress, cancellable, the partial file removed on failure.

import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft } from '../../backends/local/draft.js';
import { renderDraft } from '../../backends/local/render-draft.js';
import type { ProgressEvent } from '../../core/progress.js';
import type { ServerContext } from '../context.js';
import type { JobRecord } from '../store/records.js';
import { reshapeExport } from './export-faults.js';

/** Job progress (0..100) for a pipeline progress event. */
function progressOf(event: ProgressEvent): number {
  if (event.stage === 'mix') return 10;
  if (event.stage === 'render') return 15 + Math.round((event.ratio ?? 0) * 75);
  if (event.stage === 'verify') return 92;
  return 5;
}

/** The final and temporary output paths of a job. */
export const jobOutput = (ctx: ServerContext, id: string): { file: string; partial: string } => ({
  file: join(ctx.paths.outputs, `${id}.mp4`),
  partial: join(ctx.paths.outputs, `${id}.partial.mp4`),
});

/** Start the job; it is registered in ctx.exports until it ends. */
export function startExportJob(ctx: ServerContext, job: JobRecord, draft: Draft): void {
  const controller = new AbortController();
  const signal = AbortSignal.any([controller.signal, ctx.signal]);
  const done = ctx.tasks
    .track(run(ctx, job, draft, signal))
    .catch((error: unknown) => ctx.logger.error(`serve: export ${job.id} could not record its end: ${String(error)}`))
    .finally(() => ctx.exports.delete(job.id));
  ctx.exports.set(job.id, { controller, done });
}

async function run(ctx: ServerContext, job: JobRecord, draft: Draft, signal: AbortSignal): Promise<void> {
  const { file, partial } = jobOutput(ctx, job.id);
  const workDir = join(ctx.paths.work, job.id);
  const update = (patch: Partial<JobRecord>): Promise<void> => {
    Object.assign(job, patch, { updated_at: new Date().toISOString() });
    return ctx.store.saveJobs();
  };
  try {
    await update({ status: 'processing', progress: 1 });
    if (ctx.faults.takeRenderFailure()) throw new Error('the renderer crashed (injected fault)');
    await mkdir(workDir, { recursive: true });
    await mkdir(ctx.paths.outputs, { recursive: true });
    const result = await renderDraft(draft, {
      output: partial,
      captions: {},
      workDir,
      signal,
      onProgress: (event) => {
        job.progress = Math.max(job.progress, progressOf(event));
      },
    });
    await reshapeExport(ctx.faults.current.exportFile, partial, workDir, signal);
    await rename(partial, file);
    const { size } = await stat(file);
    await update({ status: 'completed', progress: 100, file, size, duration_s: result.duration_s });
    ctx.logger.info(`serve: export ${job.id} done (${size} bytes, ${result.video.copied ? 'video copied' : 'video encoded'})`);
  } catch (error) {
    await rm(partial, { force: true });
    const canceled = signal.aborted;
    const message = canceled ? (ctx.signal.aborted ? 'the server stopped during the export' : 'canceled') : error instanceof Error ? error.message : String(error);
    await update({ status: 'failed', canceled: canceled || undefined, error: { message } });
    if (!canceled) ctx.logger.warn(`serve: export ${job.id} failed: ${message}`);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
