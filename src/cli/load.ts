// Load and validate the config and its scripts for a command, printing every diagnostic as FILE:LINE:COL.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveBackendName } from '../backends/registry.js';
import { formatDiagnostic } from '../core/diagnostics.js';
import { loadConfig } from '../config/load.js';
import type { BackendName, ResolvedConfig } from '../config/types.js';
import { loadVoiceCatalogue } from '../tts/registry.js';
import { checkScripts } from '../runner/check-scripts.js';
import { DEFAULT_CONFIG } from './default-config.js';

export { DEFAULT_CONFIG };

/** How a command will run the config: the checks follow the backend each item really gets. */
export interface CommandLoadOptions {
  /** `--backend`, overriding every item's. */
  backend?: BackendName;
  /** Where NEMO_TOKEN is read to decide `auto` (default: the process's). */
  env?: NodeJS.ProcessEnv;
}

/** The validated config, or undefined after printing why it (or one of its scripts) is not valid. */
export async function loadForCommand(file: string | undefined, stderr: (line: string) => void, options: CommandLoadOptions = {}): Promise<ResolvedConfig | undefined> {
  const path = file ?? DEFAULT_CONFIG;
  if (!existsSync(resolve(path))) {
    stderr(`${path}: config file not found (hint: create it from voiceover.config.example.yml, or pass its path: voiceover run path/to/config.yml)`);
    return undefined;
  }
  const effective = (configured: BackendName) => resolveBackendName(options.backend ?? configured, options.env);
  const voices = await loadVoiceCatalogue();
  const { config, diagnostics } = await loadConfig(path, { voices, backend: effective });
  for (const d of diagnostics) stderr(formatDiagnostic(d));
  if (!config || diagnostics.some((d) => d.severity === 'error')) return undefined;
  const scripts = await checkScripts(config, { backendOf: (item) => effective(item.backend) });
  for (const d of scripts) stderr(formatDiagnostic(d));
  if (scripts.some((d) => d.severity === 'error')) return undefined;
  return config;
}
