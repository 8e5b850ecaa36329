// The tool's own version, sent as X-Skill-Version and in task links.

import { createRequire } from 'node:module';

/**
 * The version in package.json (src/backends/nemo and lib/backends/nemo are both three levels down);
 * inside the action's bundle there is no package.json beside the code, so the action passes it
 * in VOICEOVER_VERSION.
 */
export const PACKAGE_VERSION: string =
  process.env['VOICEOVER_VERSION'] || (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;
