// Load the config and pick the videos of this run: `only` names/globs, then changed-only on push.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveBackendName } from '../backends/registry.js';
import { loadConfig } from '../config/load.js';
import { selectItems } from '../config/select.js';
import type { BackendName, ItemConfig, ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { ERRORS } from '../core/errors.js';
import { checkScripts } from '../runner/check-scripts.js';
import { loadVoiceCatalogue } from '../tts/registry.js';
import { changedItems } from './changed-items.js';
import { pushChanges } from './changed-files.js';
import type { EventContext } from './event-context.js';
import type { ActionInputs } from './inputs.js';
import type { NotRun } from './results.js';

/** The config and the videos to run, or why there are none. */
export type Prepared =
  | { ok: true; config: ResolvedConfig; configRel: string; items: ItemConfig[]; notRun: NotRun[]; notes: string[]; diagnostics: Diagnostic[] }
  | { ok: false; configRel: string; diagnostics: Diagnostic[]; message: string; title?: string };

/**
 * Load, validate (the scripts too) and select. `log` receives what a person reading the log should know;
 * `env` holds NEMO_TOKEN (from the nemo-token input), which with the backend input decides each item's backend.
 */
export async function prepare(
  inputs: Pick<ActionInputs, 'config' | 'only' | 'changedOnly'> & Partial<Pick<ActionInputs, 'backend'>>,
  ctx: EventContext,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Prepared> {
  const file = path.resolve(ctx.workspace, inputs.config);
  const configRel = path.relative(ctx.workspace, file).split(path.sep).join('/');
  // The checks follow the backend each item will really run on, as `voiceover run --backend` does.
  const effective = (configured: BackendName) => resolveBackendName(inputs.backend ?? configured, env);
  const loaded = await loadConfig(file, { voices: await loadVoiceCatalogue(), backend: effective });
  const { config } = loaded;
  if (!config) return { ok: false, configRel, diagnostics: loaded.diagnostics, message: `${configRel} is invalid: nothing was run` };
  const scripts = await checkScripts(config, { backendOf: (item) => effective(item.backend) });
  const diagnostics = [...loaded.diagnostics, ...scripts];
  if (scripts.some((d) => d.severity === 'error')) {
    const broken = new Set(scripts.filter((d) => d.severity === 'error').map((d) => d.file));
    const message = `${broken.size === 1 ? `the script ${[...broken][0]} is invalid` : `${broken.size} scripts are invalid`}: nothing was run`;
    return { ok: false, configRel, diagnostics, message, title: ERRORS.SCRIPT_INVALID.title };
  }

  const selection = selectItems(config.items, inputs.only);
  if ('error' in selection) {
    const d: Diagnostic = { file: configRel, line: 1, col: 1, message: `input only: ${selection.message}`, hint: selection.hint, severity: 'error' };
    return { ok: false, configRel, diagnostics: [d], message: selection.message, title: 'No video matches `only`' };
  }
  const notRun: NotRun[] = config.items.filter((i) => !selection.items.includes(i)).map((i) => ({ name: i.name, reason: 'not in `only`' }));
  const notes: string[] = [];
  let items = selection.items;
  const changedOnly = inputs.changedOnly ?? ctx.eventName === 'push';
  if (changedOnly && ctx.push) {
    const changes = await pushChanges(config.root, ctx.push, path.relative(config.root, config.file).split(path.sep).join('/'), log);
    if (changes.kind === 'all') {
      notes.push(`changed-only: ${changes.reason}.`);
      log(`changed-only: ${changes.reason}`);
    } else {
      const { changed, reasons } = changedItems(config, items, changes.change, await readFile(config.file, 'utf8'));
      for (const item of items) log(`changed-only: ${item.name}: ${reasons.get(item.name) ?? 'unchanged'}`);
      notRun.push(...items.filter((i) => !reasons.has(i.name)).map((i) => ({ name: i.name, reason: 'unchanged in this push' })));
      items = changed;
    }
  } else if (changedOnly) {
    notes.push(`changed-only applies to push events; this is a ${ctx.eventName || 'local'} event, so every selected video runs.`);
  }
  return { ok: true, config, configRel, items, notRun, notes, diagnostics };
}
