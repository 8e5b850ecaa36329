// Collects a script parser's diagnostics, shifting line numbers for scripts embedded in a config.

import type { Diagnostic } from '../core/diagnostics.js';

/** Where a parser reports problems; lines it is given are 1-based lines of the script text. */
export class ScriptDiagnostics {
  readonly list: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly lineOffset = 0,
  ) {}

  /** The line as a person sees it in the file (script line + offset). */
  line(scriptLine: number): number {
    return scriptLine + this.lineOffset;
  }

  /** Record an error at a script line and 1-based column. */
  error(line: number, col: number, message: string, hint: string): void {
    this.list.push({ file: this.file, line: this.line(line), col, message, hint, severity: 'error' });
  }

  /** Record a warning at a script line and 1-based column. */
  warn(line: number, col: number, message: string, hint: string): void {
    this.list.push({ file: this.file, line: this.line(line), col, message, hint, severity: 'warning' });
  }
}
