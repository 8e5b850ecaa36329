// `voiceover voices`: the voices usable on this machine, and engines that could add more.

import type { Command } from 'commander';
import { loadVoiceCatalogue } from '../tts/registry.js';

/** Register `voices`. */
export function registerVoices(program: Command, _setExit: (code: number) => void): void {
  program
    .command('voices')
    .description('list the voices usable here (id, language, engine)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const catalogue = await loadVoiceCatalogue();
      if (options.json) {
        console.log(JSON.stringify(catalogue, null, 2));
        return;
      }
      for (const v of catalogue.voices) console.log(`${v.id.padEnd(24)} ${v.language.padEnd(8)} ${v.engine}`);
      for (const m of catalogue.missing) console.log(`\n${m.engine} is not installed; it would add: ${m.languages}\n  install: ${m.install}`);
    });
}
