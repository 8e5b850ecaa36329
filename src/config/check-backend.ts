// Backend-aware checks of one video: which backend it will run on, and what that backend cannot do.
import type { CheckContext } from './check-inputs.js';
import { isPlainObject } from './merge.js';
import type { BackendName } from './types.js';
import { diagnosticAt } from './yaml-source.js';

/** Turns a configured backend into the one that will run (`auto` decided by the environment). */
export type BackendResolver = (configured: BackendName) => 'local' | 'nemo';

const BACKENDS: readonly string[] = ['auto', 'local', 'nemo'];

/** The backend `videos[i]` will run on, or undefined when it depends on what is not known here (`auto` without a resolver). */
export function itemBackend(ctx: CheckContext, item: Record<string, unknown>, resolve?: BackendResolver): 'local' | 'nemo' | undefined {
  const fallback = isPlainObject(ctx.data.defaults) ? ctx.data.defaults.backend : undefined;
  const configured = item.backend ?? fallback ?? 'auto';
  if (typeof configured !== 'string' || !BACKENDS.includes(configured)) return undefined;
  const name = configured as BackendName;
  if (resolve) return resolve(name);
  return name === 'auto' ? undefined : name;
}

/** A `url:` video on the local backend fails at run time (it reads repository files): say so at the `url:` line. */
export function checkUrlBackend(ctx: CheckContext, i: number, item: Record<string, unknown>, backend: 'local' | 'nemo' | undefined): void {
  if (backend !== 'local' || typeof item.url !== 'string' || item.video !== undefined) return;
  const hint = 'commit the video and give its path in `video:`, or use the nemo backend (`backend: nemo`, or set NEMO_TOKEN with `backend: auto`)';
  ctx.diagnostics.push(diagnosticAt(ctx.source, ['videos', i, 'url'], '`url:` videos need the nemo backend; this video runs on the local backend, which reads files in the repository', { hint }));
}
