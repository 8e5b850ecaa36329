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
