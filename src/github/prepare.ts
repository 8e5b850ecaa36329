// Load the config and pick the videos of this run: `only` names/globs, then changed-only on push.

import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { selectItems } from '../config/select.js';
import type { ItemConfig, ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../core/diagnostics.js';
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

/** Load, validate and select. `log` receives what a person reading the log should know. */
export async function prepare(inputs: Pick<ActionInputs, 'config' | 'only' | 'changedOnly'>, ctx: EventContext, log: (line: string) => void): Promise<Prepared> {
  const file = path.resolve(ctx.workspace, inputs.config);
  const configRel = path.relative(ctx.workspace, file).split(path.sep).join('/');
  const { config, diagnostics } = await loadConfig(file, { voices: await loadVoiceCatalogue() });
  if (!config) return { ok: false, configRel, diagnostics, message: `${configRel} is invalid: nothing was run` };

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
      const { changed, reasons } = changedItems(config, items, changes.change);
      for (const item of items) log(`changed-only: ${item.name}: ${reasons.get(item.name) ?? 'unchanged'}`);
      notRun.push(...items.filter((i) => !reasons.has(i.name)).map((i) => ({ name: i.name, reason: 'unchanged in this push' })));
      items = changed;
    }
  } else if (changedOnly) {
    notes.push(`changed-only applies to push events; this is a ${ctx.eventName || 'local'} event, so every selected video runs.`);
  }
  return { ok: true, config, configRel, items, notRun, notes, diagnostics };
}
