// Never render a path a request names unless it is one of this user's own files in the data folder.

import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { ServerContext } from '../context.js';
import { HttpError } from '../http/http-error.js';

/** Where a source may live: <uploads|clips>/<a session of this user>/… */
const AREAS = ['uploads', 'clips'] as const;

/** Check every source path; a 400 naming the first bad one. */
export async function checkSources(ctx: ServerContext, userId: string, sources: readonly string[]): Promise<void> {
  const roots = { uploads: await realpath(ctx.paths.uploads).catch(() => ctx.paths.uploads), clips: await realpath(ctx.paths.clips).catch(() => ctx.paths.clips) };
  for (const src of new Set(sources)) {
    const refuse = (why: string): HttpError => new HttpError(400, 400, `draft source ${JSON.stringify(src.slice(0, 300))} ${why}`);
    if (!isAbsolute(src) || src.includes('\0')) throw refuse('is not an absolute path');
    let real: string;
    try {
      real = await realpath(src);
    } catch {
      throw refuse('does not exist on this server');
    }
    const owned = AREAS.some((area) => {
      const rel = relative(roots[area], real);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
      const sessionId = rel.split(sep)[0] ?? '';
      return rel.includes(sep) && ctx.store.sessions.get(sessionId)?.user_id === userId;
    });
    if (!owned) throw refuse("is not one of this account's files on this server");
    if (!(await stat(real)).isFile()) throw refuse('is not a file');
  }
}
