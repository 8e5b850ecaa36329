// Aliases and merge keys checked before the YAML becomes data: the `yaml` library throws (not reports) on an alias
// with no anchor (`script: *intro` without `&intro`), on nested aliases that multiply ("Excessive alias count"), and on
// `<<:` over anything but maps. Issue 7 item 7: each of these crashed the CLI with a stack trace.
import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Alias, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../core/diagnostics.js';
import { didYouMean } from './suggest.js';

/** What a YAML document needs for these checks. */
interface Parsed {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

const ANCHOR_HINT = 'set the anchor on the value first (`shared: &intro …`), then reuse it below with `*intro`; or write the value out';

/** A `<<` merge key (the yaml library parses a plain `<<` to a symbol when `merge` is on; a quoted "<<" is a plain key). */
export const isMergeKey = (key: unknown): boolean => isScalar(key) && typeof key.value === 'symbol' && key.value.description === '<<';

/** Every anchor of the document (in order) and every alias. */
function anchorsAndAliases(doc: Document.Parsed): { anchors: { name: string; node: Node }[]; aliases: Alias[] } {
  const anchors: { name: string; node: Node }[] = [];
  const aliases: Alias[] = [];
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) aliases.push(node);
      else if (node.anchor) anchors.push({ name: node.anchor, node });
    },
  });
  return { anchors, aliases };
}

const kindOf = (node: unknown): string => (isSeq(node) ? 'a list' : isScalar(node) ? (node.value === null ? 'empty' : `the value \`${String(node.value)}\``) : 'not a mapping');

/** Problems with aliases (no such anchor, anchor set after its use) and with `<<:` values that are not mappings. */
export function aliasDiagnostics(source: Parsed): Diagnostic[] {
  const { doc, lines, file } = source;
  const at = (node: { range?: [number, number, number] | null }, message: string, hint: string): Diagnostic => {
    const { line, col } = lines.linePos(node.range?.[0] ?? 0);
    return { file, line, col, message, hint, severity: 'error' };
  };
  const { anchors, aliases } = anchorsAndAliases(doc);
  const out: Diagnostic[] = [];
  const unresolved = new Set<Alias>();
  for (const alias of aliases) {
    if (alias.resolve(doc) !== undefined) continue;
    unresolved.add(alias);
    const later = anchors.find((a) => a.name === alias.source);
    if (later) {
      const line = lines.linePos(later.node.range?.[0] ?? 0).line;
      out.push(at(alias, `alias \`*${alias.source}\` comes before its anchor \`&${alias.source}\` (line ${line})`, 'an anchor must be set before the aliases that use it: move the anchored value above this line'));
    } else {
      const names = [...new Set(anchors.map((a) => a.name))];
      const known = names.length > 0 ? ` (this file's anchors: ${names.map((n) => `&${n}`).join(', ')})` : ' (this file sets no anchors)';
      out.push(at(alias, `alias \`*${alias.source}\` refers to no anchor: there is no \`&${alias.source}\`${didYouMean(alias.source, names)}${known}`, ANCHOR_HINT));
    }
  }
  visit(doc, {
    Pair: (_key, pair: Pair) => {
      if (!isMergeKey(pair.key)) return;
      const value = pair.value as Node | null;
      const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
      const where = value ?? (pair.key as Node);
      if (isAlias(value) && unresolved.has(value)) return;
      const target = resolve(value);
      const items = isSeq(target) ? target.items : [value];
      for (const item of items) {
        if (isAlias(item) && unresolved.has(item)) continue;
        const merged = resolve(item);
        if (isMap(merged)) continue;
        const node = (isPair(item) ? undefined : (item as Node | null)) ?? where;
        out.push(at(node, `\`<<:\` merges mappings only, and this is ${kindOf(merged)}`, 'write `<<: *name` where `&name` is set on a mapping (indented `key: value` lines), or `<<: [*a, *b]`'));
      }
    },
  });
  return out;
}

/**
 * Where to point when the aliases multiply past the library's limit: the first alias whose anchored value itself
 * holds aliases (nested aliases are what multiplies), else the first alias.
 */
export function aliasBombAt(source: Parsed): Diagnostic {
  const { aliases } = anchorsAndAliases(source.doc);
  const nested = aliases.find((alias) => {
    const target = alias.resolve(source.doc);
    let inner = false;
    if (isMap(target) || isSeq(target)) visit(target, { Alias: () => ((inner = true), visit.BREAK) });
    return inner;
  });
  const node = nested ?? aliases[0];
  const { line, col } = source.lines.linePos(node?.range?.[0] ?? 0);
  return {
    file: source.file,
    line,
    col,
    message: 'aliases nested inside anchored values repeat each other too many times (the YAML reader stops at 100 uses of an anchor × the aliases inside it)',
    hint: 'write the repeated values out, or use an alias of a value that holds no aliases itself',
    severity: 'error',
  };
}
