// The error `loadConfigOrThrow` throws: CONFIG_INVALID (or CONFIG_NOT_FOUND) carrying every diagnostic.
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.js';
import { VoiceoverError } from '../core/errors.js';

/** A config that could not be loaded; `diagnostics` holds every problem (errors and warnings). */
export class ConfigError extends VoiceoverError {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[], options: { notFound?: boolean; file: string }) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0] ?? diagnostics[0];
    const location = first ? { file: first.file, line: first.line, col: first.col } : { file: options.file };
    if (options.notFound) {
      super('CONFIG_NOT_FOUND', { file: options.file }, { location });
    } else {
      const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
      const detail = [`${count} in ${options.file}:`, ...errors.map(formatDiagnostic)].join('\n');
      const generic = 'fix the lines above; `voiceover check` lists every problem';
      const hint = errors.length === 1 ? (first?.hint ?? generic) : generic;
      super('CONFIG_INVALID', { detail, hint }, { location });
    }
    this.name = 'ConfigError';
    this.diagnostics = diagnostics;
  }
}
