// On start: whatever was running when the server stopped is over. Interrupted edits and exports are
// marked failed, partial files and temp folders removed; finished outputs stay.

import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { settleAfterRestart } from './sessions/session-state.js';
import type { DataPaths } from './store/data-paths.js';
import type { Store } from './store/store.js';

/** Bring loaded records back to a consistent, idle state. */
export async function recoverAfterRestart(store: Store, paths: DataPaths): Promise<void> {
  await rm(paths.work, { recursive: true, force: true });
  for (const session of store.sessions.values()) {
    if (settleAfterRestart(session)) await store.saveSession(session);
    const dir = join(paths.uploads, session.id);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (name.startsWith('.incoming-')) await rm(join(dir, name), { force: true });
    }
  }
  let changed = false;
  for (const job of store.jobs.values()) {
    if (job.status !== 'pending' && job.status !== 'processing') continue;
    Object.assign(job, { status: 'failed', error: { message: 'the server restarted during the export' }, updated_at: new Date().toISOString() });
    changed = true;
  }
  for (const name of await readdir(paths.outputs).catch(() => [] as string[])) {
    if (name.endsWith('.partial.mp4')) await rm(join(paths.outputs, name), { force: true });
  }
  if (changed) await store.saveJobs();
}
