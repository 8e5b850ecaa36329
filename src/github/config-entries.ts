// Pure: which lines of the config text each part stands on, from the YAML parse tree: `defaults`, every
// `videos[i]`, and the anchored blocks (`&name` … `*name`, `<<: *name`) each of them uses.

import { isAlias, isMap, isScalar, isSeq, visit, type Document, type LineCounter, type Node } from 'yaml';
import { parseYamlSource } from '../config/yaml-source.js';

/** The lines of one part of the config. */
export interface PartLines {
  /** Lines the part itself is written on. */
  own: Set<number>;
  /** Lines of anchored blocks written elsewhere that the part uses through an alias. */
  shared: Set<number>;
}

/** The config's lines by what they configure. */
export interface ConfigLines {
  /** `defaults:` (key and value) and what it uses: a change here changes every video. */
  defaults: PartLines;
  /** Other top-level keys (`version:`): a change there may change every video. */
  other: Set<number>;
  /** `videos[i]`, in the list's order. */
  entries: PartLines[];
}

type Range = readonly [number, number, number?];

/** Add the lines from `start` to the end of the range (exclusive end; a trailing newline is not a line of its own). */
function addLines(into: Set<number>, lines: LineCounter, range: Range | null | undefined): void {
  if (!range) return;
  const from = lines.linePos(range[0]).line;
  const to = lines.linePos(Math.max(range[0], range[1] - 1)).line;
  for (let l = from; l <= to; l++) into.add(l);
}

/** Every anchored node reached through aliases from `node`, and from those in turn. */
function aliasTargets(doc: Document.Parsed, node: unknown): Node[] {
  const found = new Set<Node>();
  const pending: unknown[] = [node];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || next === undefined) continue;
    const look = (alias: unknown) => {
      if (!isAlias(alias)) return;
      const target = alias.resolve(doc) as Node | undefined;
      if (target && !found.has(target)) {
        found.add(target);
        pending.push(target);
      }
    };
    if (isAlias(next)) look(next);
    // visit() walks a collection's pairs and items (keys too); a scalar holds no alias.
    else if (isMap(next) || isSeq(next)) visit(next, { Alias: (_key, alias) => void look(alias) });
  }
  return [...found];
}

/** The lines of a part: its own range and (as shared) those of the anchors it uses outside it. */
function partLines(doc: Document.Parsed, lines: LineCounter, ranges: (Range | null | undefined)[], node: unknown): PartLines {
  const own = new Set<number>();
  for (const range of ranges) addLines(own, lines, range);
  const shared = new Set<number>();
  for (const target of aliasTargets(doc, node)) addLines(shared, lines, target.range);
  for (const l of own) shared.delete(l);
  return { own, shared };
}

/** The lines of `defaults`, of each `videos[i]` and of the other top-level keys; undefined when the text is not a YAML map. */
export function configLines(text: string): ConfigLines | undefined {
  const { source } = parseYamlSource(text, 'config');
  const { doc, lines } = source;
  if (!isMap(doc.contents)) return undefined;
  const result: ConfigLines = { defaults: { own: new Set(), shared: new Set() }, other: new Set(), entries: [] };
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
    const value = pair.value as Node | null;
    if (key === 'videos' && isSeq(value)) {
      result.entries = value.items.map((entry) => partLines(doc, lines, [(entry as Node | null)?.range], entry));
    } else if (key === 'defaults') {
      result.defaults = partLines(doc, lines, [keyRange, value?.range], value);
    } else if (key !== 'videos') {
      addLines(result.other, lines, keyRange);
      addLines(result.other, lines, value?.range);
    }
  }
  return result;
}
