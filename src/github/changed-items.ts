// Pure choice of the videos a push touched: their video, script or music file, or their config entry.

import path from 'node:path';
import type { ItemConfig, ResolvedConfig } from '../config/types.js';

/** What changed between two commits, paths relative to the repository root. */
export interface ChangeSet {
  files: string[];
  /** Lines of the config file (new side) the change touched. */
  configLines: number[];
}

/** The config lines of each item's entry: from its line to the line before the next entry (the last runs to the end). */
export function entryRanges(items: readonly ItemConfig[]): Map<string, { from: number; to: number }> {
  const byLine = [...items].sort((a, b) => a.line - b.line);
  return new Map(byLine.map((item, i) => [item.name, { from: item.line, to: (byLine[i + 1]?.line ?? Number.POSITIVE_INFINITY) - 1 }]));
}

/** The files an item reads, relative to the repository root. */
export function itemFiles(item: ItemConfig, root: string): string[] {
  const files = [item.video.kind === 'file' ? item.video.path : undefined, item.script.path, item.music?.file];
  return files.filter((f): f is string => f !== undefined).map((f) => path.relative(root, f).split(path.sep).join('/'));
}

/**
 * Items whose files or config entry changed. A changed config line before the first entry (version,
 * defaults) changes every item, since defaults apply to all.
 */
export function changedItems(config: ResolvedConfig, items: readonly ItemConfig[], change: ChangeSet): { changed: ItemConfig[]; reasons: Map<string, string> } {
  const configRel = path.relative(config.root, config.file).split(path.sep).join('/');
  const configTouched = change.files.includes(configRel);
  const ranges = entryRanges(config.items);
  const firstEntry = Math.min(...config.items.map((i) => i.line));
  const touchesAll = configTouched && change.configLines.some((l) => l < firstEntry);
  const files = new Set(change.files);
  const reasons = new Map<string, string>();
  for (const item of items) {
    const file = itemFiles(item, config.root).find((f) => files.has(f));
    const range = ranges.get(item.name);
    const entry = configTouched && range !== undefined && change.configLines.some((l) => l >= range.from && l <= range.to);
    if (file) reasons.set(item.name, `${file} changed`);
    else if (entry) reasons.set(item.name, `its entry in ${configRel} changed`);
    else if (touchesAll) reasons.set(item.name, `the defaults of ${configRel} changed`);
  }
  return { changed: items.filter((i) => reasons.has(i.name)), reasons };
}
