// Diagnostics collected by parsers (config, scripts): a problem at a file position with a hint.

/** One problem found in a user's file. `line` and `col` are 1-based. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** `FILE:LINE:COL message (hint)` as `voiceover check` and annotations print it. */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (hint: ${d.hint})` : '';
  const level = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.col} ${level}${d.message}${hint}`;
}

/** Line and column (1-based) of a character offset in a text. */
export function positionOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart + 1 };
}
