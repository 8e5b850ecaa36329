// `voiceover check [CONFIG]`: validate only.

import type { Command } from 'commander';
import { DEFAULT_CONFIG, loadForCommand } from './load.js';

/** Register `check`: prints FILE:LINE:COL per problem, exit 2 if any. */
export function registerCheck(program: Command, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('validate the config and its scripts without rendering')
    .argument('[config]', 'config file', DEFAULT_CONFIG)
    .action(async (file: string) => {
      const config = await loadForCommand(file, (line) => console.error(line));
      if (!config) return setExit(2);
      console.log(`${file}: ok (${config.items.length} video${config.items.length === 1 ? '' : 's'})`);
    });
}
