// Pure choice of the videos a push touched: their video, script or music file, or their config entry.

import path from 'node:path';
import type { ItemConfig, ResolvedConfig } from '../config/types.js';
import { configLines, type ConfigLines } from './config-entries.js';

/** What changed between two commits, paths relative to the repository root. */
export interface ChangeSet {
  files: string[];
  /** Lines of the config file (new side) the change touched. */
  configLines: number[];
}

/** The files an item reads, relative to the repository root. */
export function itemFiles(item: ItemConfig, root: string): string[] {
  const files = [item.video.kind === 'file' ? item.video.path : undefined, item.script.path, item.music?.file];
  return files.filter((f): f is string => f !== undefined).map((f) => path.relative(root, f).split(path.sep).join('/'));
}

/** Why a config change changes every item (defaults, another top-level key), or undefined. */
function everyItemReason(lines: ConfigLines | undefined, touched: readonly number[], configRel: string): string | undefined {
  // Text that is not a YAML map (it loaded, so it should be): any config change counts for every item.
  if (!lines) return touched.length > 0 ? `${configRel} changed` : undefined;
  if (touched.some((l) => lines.defaults.own.has(l) || lines.defaults.shared.has(l))) return `the defaults of ${configRel} changed`;
  const other = touched.find((l) => lines.other.has(l));
  return other === undefined ? undefined : `${configRel} changed outside its videos (line ${other})`;
}

/**
 * Items whose files or config entry changed. Entries are told apart by the YAML parse tree of `configText`
 * (the config as this commit has it), wherever `defaults:` and the list stand: a changed `defaults:` (or
 * other top-level key) changes every item, and a changed anchored block changes every entry that uses it.
 */
export function changedItems(config: ResolvedConfig, items: readonly ItemConfig[], change: ChangeSet, configText: string): { changed: ItemConfig[]; reasons: Map<string, string> } {
  const configRel = path.relative(config.root, config.file).split(path.sep).join('/');
  const touched = change.files.includes(configRel) ? change.configLines : [];
  const lines = configLines(configText);
  const hits = (set: ReadonlySet<number> | undefined): number | undefined => touched.find((l) => set?.has(l));
  const all = everyItemReason(lines, touched, configRel);
  const files = new Set(change.files);
  const reasons = new Map<string, string>();
  for (const item of items) {
    const file = itemFiles(item, config.root).find((f) => files.has(f));
    // config.items follows the order of the `videos:` list.
    const entry = lines?.entries[config.items.indexOf(item)];
    const shared = hits(entry?.shared);
    if (file) reasons.set(item.name, `${file} changed`);
    else if (hits(entry?.own) !== undefined) reasons.set(item.name, `its entry in ${configRel} changed`);
    else if (shared !== undefined) reasons.set(item.name, `an anchored block its entry uses changed (${configRel}:${shared})`);
    else if (all) reasons.set(item.name, all);
  }
  return { changed: items.filter((i) => reasons.has(i.name)), reasons };
}
