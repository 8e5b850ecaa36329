// An export job as the render endpoints answer it.

import type { JobRecord } from '../store/records.js';

/** Public URL of a finished job's MP4 (no token needed: the key is random). */
export const outputUrl = (base: string, job: JobRecord): string => `${base}/files/o/${job.key}/${job.id}.mp4`;

/** `data` of a job: status, progress (0..100), output.url / outputUrl when completed, error when failed. */
export function jobView(base: string, job: JobRecord): Record<string, unknown> {
  const url = job.status === 'completed' ? outputUrl(base, job) : undefined;
  return {
    id: job.id,
    sessionId: job.session_id,
    status: job.status,
    progress: job.progress,
    output: { ...job.output, ...(url ? { url, size: job.size, duration: job.duration_s } : {}) },
    ...(url ? { outputUrl: url, downloadUrl: `${base}/api/render/proxy/${encodeURIComponent(job.id)}/download` } : {}),
    ...(job.error ? { error: job.error.message } : {}),
    ...(job.canceled ? { canceled: true } : {}),
    createdAt: job.created_at,
    updatedAt: job.updated_at,
  };
}
