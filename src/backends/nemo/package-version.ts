// The tool's own version, sent as X-Skill-Version and in task links.

import { createRequire } from 'node:module';

/** The version in package.json (src/backends/nemo and lib/backends/nemo are both three levels down). */
export const PACKAGE_VERSION: string = (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;
