// Load and validate the config for a command, printing every diagnostic as FILE:LINE:COL.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDiagnostic } from '../core/diagnostics.js';
import { loadConfig } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { loadVoiceCatalogue } from '../tts/registry.js';

/** The config file a command uses when none is named. */
export const DEFAULT_CONFIG = 'voiceover.config.yml';

/** The validated config, or undefined after printing why it is not valid. */
export async function loadForCommand(file: string | undefined, stderr: (line: string) => void): Promise<ResolvedConfig | undefined> {
  const path = file ?? DEFAULT_CONFIG;
  if (!existsSync(resolve(path))) {
    stderr(`${path}: config file not found (hint: create it from voiceover.config.example.yml, or pass its path: voiceover run path/to/config.yml)`);
    return undefined;
  }
  const voices = await loadVoiceCatalogue();
  const { config, diagnostics } = await loadConfig(path, { voices });
  for (const d of diagnostics) stderr(formatDiagnostic(d));
  if (!config || diagnostics.some((d) => d.severity === 'error')) return undefined;
  return config;
}
