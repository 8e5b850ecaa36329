// The `voiceover` command line: parse arguments, call the runner, print for people, set the exit code.

import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { registerRun } from './run-command.js';
import { registerCheck } from './check-command.js';
import { registerVoices } from './voices-command.js';
import { registerServe } from './serve-command.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Run the CLI with these arguments; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number): void => {
    exitCode = code;
  };
  const program = new Command('voiceover')
    .description('Add AI voiceovers to the videos listed in a voiceover.config.yml')
    .version(version)
    .exitOverride()
    .showHelpAfterError('(run voiceover --help for usage)');
  registerRun(program, setExit);
  registerCheck(program, setExit);
  registerVoices(program, setExit);
  registerServe(program, setExit);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return exitCode;
}
