// `voiceover run [CONFIG]`: narrate the config's videos.

import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { BackendName } from '../config/types.js';
import { DEFAULT_CONFIG } from './default-config.js';
import { plainView, terminalView } from './progress-view.js';

interface RunFlags {
  backend?: BackendName;
  out?: string;
  only?: string[];
  force?: boolean;
  json?: boolean;
}

/** Register `run`: exit 0 all delivered or skipped, 1 some item failed, 2 config invalid. */
export function registerRun(program: Command, setExit: (code: number) => void): void {
  program
    .command('run')
    .description('narrate the videos of a config and write MP4s, captions and report.json')
    .argument('[config]', 'config file', DEFAULT_CONFIG)
    .option('--backend <name>', 'auto | local | nemo (overrides the config)')
    .option('--out <dir>', 'output folder (overrides output.dir)')
    .option('--only <names...>', 'only these videos (names or globs)')
    .option('--force', 'redo videos even when unchanged')
    .option('--json', 'print report.json to stdout instead of progress')
    .action(async (file: string, flags: RunFlags) => setExit(await run(file, flags)));
}

async function run(file: string, flags: RunFlags): Promise<number> {
  const err = (line: string): void => void process.stderr.write(`${line}\n`);
  if (flags.backend && !['auto', 'local', 'nemo'].includes(flags.backend)) {
    err(`--backend ${flags.backend}: unknown backend (hint: use auto, local or nemo)`);
    return 2;
  }
  // Loaded on use, so registering the command (and running any other) stays quick.
  const [{ loadForCommand }, { selectItems }] = await Promise.all([import('./load.js'), import('../config/select.js')]);
  const config = await loadForCommand(file, err, { backend: flags.backend });
  if (!config) return 2;
  const selection = selectItems(config.items, flags.only ?? []);
  if ('error' in selection) {
    err(selection.error);
    return 2;
  }
  const items = selection.items;
  const { runItems } = await import('../runner/run.js');
  const controller = new AbortController();
  const stop = (): void => controller.abort(Object.assign(new Error('interrupted by signal'), { name: 'AbortError' }));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const view = flags.json ? undefined : process.stderr.isTTY ? terminalView(process.stderr) : plainView(err);
  // The service's replies and warnings as `[name] …` lines; under the redrawn terminal block they wait until it closes.
  const held: string[] = [];
  const say = (line: string): void => void (view && process.stderr.isTTY ? held.push(line) : err(line));
  const itemLogger = (name: string) => ({ debug() {}, info: (m: string) => say(`[${name}] ${m}`), warn: (m: string) => say(`[${name}] warning: ${m}`), error: (m: string) => say(`[${name}] error: ${m}`) });
  try {
    const { report, reportFile, saved } = await runItems(config, items, {
      backend: flags.backend,
      outDir: flags.out ? resolve(flags.out) : undefined,
      force: flags.force,
      signal: controller.signal,
      onProgress: (name, event) => view?.update(name, event),
      onItemDone: (item) => view?.done(item),
      itemLogger,
    });
    view?.close();
    for (const line of held) err(line);
    if (flags.json) {
      // What report.json holds (with `--only`, also the other videos' last results); the exit code is this run's.
      process.stdout.write(`${JSON.stringify(saved, null, 2)}\n`);
    } else {
      for (const item of report.items.filter((i) => i.status === 'failed')) {
        err(`${item.error?.file}:${item.error?.line ?? 1}: ${item.name}: ${item.error?.message}\n  hint: ${item.error?.hint}`);
      }
      const count = (s: string): number => report.items.filter((i) => i.status === s).length;
      err(`${count('delivered')} delivered, ${count('skipped')} skipped, ${count('failed')} failed; report: ${reportFile}`);
    }
    return report.items.some((i) => i.status === 'failed') ? 1 : 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
