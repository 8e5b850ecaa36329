// `voiceover check [CONFIG]`: validate only.

import type { Command } from 'commander';
import type { BackendName } from '../config/types.js';
import { DEFAULT_CONFIG } from './default-config.js';

/** Register `check`: prints FILE:LINE:COL per problem, exit 2 if any. */
export function registerCheck(program: Command, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('validate the config and its scripts without rendering')
    .argument('[config]', 'config file', DEFAULT_CONFIG)
    .option('--backend <name>', 'check as this backend will run: auto | local | nemo (overrides the config)')
    .action(async (file: string, flags: { backend?: BackendName }) => {
      if (flags.backend && !['auto', 'local', 'nemo'].includes(flags.backend)) {
        console.error(`--backend ${flags.backend}: unknown backend (hint: use auto, local or nemo)`);
        return setExit(2);
      }
      const { loadForCommand } = await import('./load.js');
      const config = await loadForCommand(file, (line) => console.error(line), { backend: flags.backend });
      if (!config) return setExit(2);
      console.log(`${file}: ok (${config.items.length} video${config.items.length === 1 ? '' : 's'})`);
    });
}
