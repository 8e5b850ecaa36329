// A parsed YAML config with the means to turn a data path into a FILE:LINE:COL position.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../core/diagnostics.js';
import { aliasBombAt, aliasDiagnostics, isMergeKey } from './yaml-aliases.js';

/** A path into the config data: keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** A parsed config file: the YAML document, its line index and the file name diagnostics show. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The YAML text itself (for columns inside block scalars). */
  text?: string;
}

/** Extra fields of a diagnostic made at a path. */
export interface DiagnosticOptions {
  /** Point at the key rather than the value (unknown keys, duplicate keys). */
  key?: boolean;
  hint?: string;
  severity?: Diagnostic['severity'];
}

/**
 * Where every line of `text` starts. Not the parser's own `lineCounter`: when it recovers from some syntax errors
 * (a flow collection left open) it misses the newlines inside the tokens it skips, and positions drift past line ends.
 */
function lineIndex(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/** Parse YAML text; syntax errors and warnings come back as diagnostics. */
export function parseYamlSource(text: string, file: string): { source: YamlSource; diagnostics: Diagnostic[] } {
  const lines = lineIndex(text);
  // `merge`: YAML 1.1 merge keys (`<<: *shared`), so videos can share an anchored block of settings.
  // `logLevel: 'error'`: the library would print its own warnings (process.emitWarning); library code never prints.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, merge: true, logLevel: 'error' });
  const toDiagnostic = (e: { message: string; pos: [number, number] }, severity: Diagnostic['severity']): Diagnostic => {
    const { line, col } = lines.linePos(e.pos[0]);
    const message = severity === 'error' ? `YAML syntax error: ${e.message}` : `YAML: ${e.message}`;
    return { file, line, col, message, severity };
  };
  const diagnostics = [
    ...doc.errors.map((e) => toDiagnostic(e, 'error')),
    ...doc.warnings.map((e) => toDiagnostic(e, 'warning')),
  ];
  const source: YamlSource = { file, doc, lines, text };
  if (doc.errors.length === 0) diagnostics.push(...aliasDiagnostics(source));
  return { source, diagnostics };
}

/**
 * The config as plain data, or diagnostics when the YAML cannot become data. `aliasDiagnostics` (run by
 * `parseYamlSource`) finds what `yaml` would throw on, except aliases that multiply past its limit; anything else it
 * throws is still a diagnostic, never an exception.
 */
export function yamlData(source: YamlSource): { data: unknown } | { diagnostics: Diagnostic[] } {
  try {
    return { data: source.doc.toJS() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/excessive alias count/i.test(message)) return { diagnostics: [aliasBombAt(source)] };
    return { diagnostics: [{ file: source.file, line: 1, col: 1, message: `YAML: ${message}`, hint: 'check the anchors (&name), aliases (*name) and merge keys (<<:) of this file', severity: 'error' }] };
  }
}

const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));

/** The pair for `segment` in a map: its own key first, else (in order) the maps its `<<` merge keys name. */
function findPair(source: YamlSource, map: YAMLMap, segment: string, depth = 0): Pair | undefined {
  const own = map.items.find((p) => keyText(p.key) === segment && !isMergeKey(p.key));
  if (own || depth > 8) return own;
  for (const merge of map.items.filter((p) => isMergeKey(p.key))) {
    const sources = isSeq(merge.value) ? merge.value.items : [merge.value];
    for (const from of sources) {
      const target = isAlias(from) ? from.resolve(source.doc) : from;
      const found = isMap(target) ? findPair(source, target, segment, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/** The deepest node along `path` (its key node when `key`), and whether the whole path exists; keys merged in by `<<` are found where they are written. */
export function nodeAt(source: YamlSource, path: DataPath, key = false): { node: Node | null; exact: boolean } {
  let node: unknown = source.doc.contents;
  for (const [i, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(source.doc);
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = findPair(source, node, String(segment));
      keyNode = pair?.key;
      next = pair ? (pair.value ?? pair.key) : undefined;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (next === undefined || next === null) return { node: node as Node | null, exact: false };
    if (key && i === path.length - 1 && keyNode) return { node: keyNode as Node, exact: true };
    node = next;
  }
  return { node: node as Node | null, exact: true };
}

/** 1-based line and column of the value (or key) at `path`, or of its deepest existing ancestor. */
export function positionAt(source: YamlSource, path: DataPath, key = false): { line: number; col: number } {
  const { node } = nodeAt(source, path, key);
  const offset = node?.range?.[0];
  return offset === undefined ? { line: 1, col: 1 } : source.lines.linePos(offset);
}

/** A diagnostic pointing at the value (or key) at `path`. */
export function diagnosticAt(source: YamlSource, path: DataPath, message: string, options: DiagnosticOptions = {}): Diagnostic {
  const { line, col } = positionAt(source, path, options.key);
  const d: Diagnostic = { file: source.file, line, col, message, severity: options.severity ?? 'error' };
  if (options.hint) d.hint = options.hint;
  return d;
}

/** Whether the config writes `path` explicitly (not inherited). */
export function hasPath(source: YamlSource, path: DataPath): boolean {
  return nodeAt(source, path).exact;
}

/** Lines before the first text line of the string at `path`: a block scalar's text starts below its `|`. */
export function textLineOffset(source: YamlSource, path: DataPath): number {
  const { node } = nodeAt(source, path);
  const line = positionAt(source, path).line;
  const block = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
  return block ? line : line - 1;
}

/** Columns before a script's text on each config line: a block scalar's indentation, or where a one-line value starts (after its quote). */
export function textColumnOffset(source: YamlSource, path: DataPath): number {
  const { node } = nodeAt(source, path);
  if (!isScalar(node) || !node.range) return 0;
  const [start, end] = node.range;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    if (source.text === undefined) return 0;
    const body = source.text.slice(start, end).split('\n').slice(1);
    const indents = body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
    return indents.length > 0 ? Math.min(...indents) : 0;
  }
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return source.lines.linePos(start).col - 1 + (quoted ? 1 : 0);
}
