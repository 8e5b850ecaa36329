// Per-video output check: `output.dir` must stay inside the repository (like every input path).
import path from 'node:path';
import type { CheckContext } from './check-inputs.js';
import { isPlainObject } from './merge.js';
import { isInside } from './repo-paths.js';
import { diagnosticAt, type DataPath } from './yaml-source.js';

/** Check the `output.dir` that applies to `videos[i]` (its own, else the default) stays inside the repository. */
export function checkOutputDir(ctx: CheckContext, i: number, item: Record<string, unknown>): void {
  const own = isPlainObject(item.output) ? item.output.dir : undefined;
  const fallback = isPlainObject(ctx.data.defaults) && isPlainObject(ctx.data.defaults.output) ? ctx.data.defaults.output.dir : undefined;
  const dir = own ?? fallback;
  if (typeof dir !== 'string' || dir === '') return;
  const abs = path.resolve(ctx.configDir, dir);
  if (isInside(ctx.root.dir, abs) || isInside(ctx.root.real, abs)) return;
  const at: DataPath = own !== undefined ? ['videos', i, 'output', 'dir'] : ['defaults', 'output', 'dir'];
  const hint = `write outputs inside the repository (${ctx.root.dir}), e.g. \`dir: out\`; to write elsewhere on purpose, pass \`voiceover run --out DIR\``;
  ctx.diagnostics.push(diagnosticAt(ctx.source, at, `output.dir \`${dir}\` is outside the repository (${abs})`, { hint }));
}
