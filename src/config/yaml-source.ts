// A parsed YAML config with the means to turn a data path into a FILE:LINE:COL position.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../core/diagnostics.js';

/** A path into the config data: keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** A parsed config file: the YAML document, its line index and the file name diagnostics show. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Extra fields of a diagnostic made at a path. */
export interface DiagnosticOptions {
  /** Point at the key rather than the value (unknown keys, duplicate keys). */
  key?: boolean;
  hint?: string;
  severity?: Diagnostic['severity'];
}

/** Parse YAML text; syntax errors and warnings come back as diagnostics. */
export function parseYamlSource(text: string, file: string): { source: YamlSource; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const toDiagnostic = (e: { message: string; pos: [number, number] }, severity: Diagnostic['severity']): Diagnostic => {
    const { line, col } = lines.linePos(e.pos[0]);
    const message = severity === 'error' ? `YAML syntax error: ${e.message}` : `YAML: ${e.message}`;
    return { file, line, col, message, severity };
  };
  const diagnostics = [
    ...doc.errors.map((e) => toDiagnostic(e, 'error')),
    ...doc.warnings.map((e) => toDiagnostic(e, 'warning')),
  ];
  return { source: { file, doc, lines }, diagnostics };
}

/** The deepest node along `path` (its key node when `key`), and whether the whole path exists. */
export function nodeAt(source: YamlSource, path: DataPath, key = false): { node: Node | null; exact: boolean } {
  let node: unknown = source.doc.contents;
  for (const [i, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(source.doc);
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
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
