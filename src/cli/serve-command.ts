// `voiceover serve`: the local backend behind the NemoVideo protocol, until interrupted.

import type { Command } from 'commander';
import { once } from 'node:events';
import { toVoiceoverError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { ServeFlags } from '../server/index.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Register `serve`: logs its address and requests to stderr, stops on SIGINT/SIGTERM. */
export function registerServe(program: Command, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the local backend through the NemoVideo protocol (for the nemo backend, tests and self-hosting)')
    .option('--port <n>', 'port (0 picks a free one)', '8787')
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .option('--token <token>', 'accept this fixed token besides issued anonymous ones (repeatable)', collect)
    .option('--no-anonymous', 'issue no anonymous tokens: only --token ones are accepted')
    .option('--anonymous-per-hour <n>', 'new anonymous tokens one client address may get per hour (0: no limit)', '20')
    .option('--data-dir <dir>', 'where sessions, uploads and outputs are kept', '.voiceover-serve')
    .option('--grant <credits>', 'credits each new user gets', '100')
    .option('--cost <credits>', 'credits one edit message costs', '50')
    .option('--max-upload-mb <mb>', 'largest upload accepted', '500')
    .option('--web-url <url>', 'base of the links shown to people')
    .option('--allow-private-urls', 'allow URL uploads from loopback/private addresses')
    .action(async (flags: ServeFlags) => {
      const logger: Logger = {
        debug: () => undefined,
        info: (m) => console.error(m),
        warn: (m) => console.error(`warning: ${m}`),
        error: (m) => console.error(`error: ${m}`),
      };
      try {
        // Loaded on use: the server's modules would slow every other command's start.
        const { serverOptionsFromFlags, startServer } = await import('../server/index.js');
        // The server logs its address ("serve: listening on …") through the logger.
        const server = await startServer(serverOptionsFromFlags(flags, { logger }));
        await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
        await server.close();
      } catch (error) {
        const e = toVoiceoverError(error);
        console.error(`voiceover serve: ${e.message}\n  hint: ${e.hint}`);
        setExit(e.exitCode);
      }
    });
}
