// Video names must be unique: they become output file names and artifact names.
import type { CheckContext } from './check-inputs.js';
import { isPlainObject } from './merge.js';
import { diagnosticAt, positionAt } from './yaml-source.js';

/** Report every repeated `name`, pointing at the repeat and naming the first one's line. */
export function checkDuplicateNames(ctx: CheckContext, videos: readonly unknown[]): void {
  const first = new Map<string, number>();
  for (const [i, item] of videos.entries()) {
    if (!isPlainObject(item) || typeof item.name !== 'string') continue;
    const seen = first.get(item.name);
    if (seen === undefined) {
      first.set(item.name, i);
      continue;
    }
    const line = positionAt(ctx.source, ['videos', seen, 'name']).line;
    const hint = 'names become output file and artifact names, so each must be unique';
    ctx.diagnostics.push(diagnosticAt(ctx.source, ['videos', i, 'name'], `duplicate video name \`${item.name}\` (first used on line ${line})`, { hint }));
  }
}
