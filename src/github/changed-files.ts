// What a push changed: `git diff` of its before..after, fetching commits a shallow or force-pushed
// checkout lacks; when that cannot be known, every video counts as changed (and the log says why).

import type { ChangeSet } from './changed-items.js';
import { changedLines } from './diff-hunks.js';
import { git, hasCommit } from './git.js';

/** The push's changes, or why every video has to be treated as changed. */
export type PushChanges = { kind: 'changes'; change: ChangeSet } | { kind: 'all'; reason: string };

const ZERO = /^0+$/;

async function ensureCommit(root: string, sha: string, log: (line: string) => void): Promise<boolean> {
  if (await hasCommit(root, sha)) return true;
  log(`commit ${sha.slice(0, 12)} is not in the checkout (shallow clone or force push): fetching it`);
  await git(root, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha], log);
  return hasCommit(root, sha);
}

/** Changed files and changed config lines between `before` and `after` (paths relative to the repository root). */
export async function pushChanges(root: string, push: { before: string; after: string }, configRel: string, log: (line: string) => void): Promise<PushChanges> {
  const { before, after } = push;
  if (!before || ZERO.test(before)) return { kind: 'all', reason: 'the push created the branch (no previous commit to compare with), so every video counts as changed' };
  for (const sha of [before, after]) {
    if (!(await ensureCommit(root, sha, log))) {
      return { kind: 'all', reason: `commit ${sha.slice(0, 12)} could not be fetched (force push or missing history), so every video counts as changed` };
    }
  }
  const names = await git(root, ['diff', '--name-only', '--no-renames', '-z', before, after], log);
  if (names === undefined) return { kind: 'all', reason: `git diff ${before.slice(0, 7)}..${after.slice(0, 7)} failed, so every video counts as changed` };
  const files = names.split('\0').filter(Boolean);
  const configDiff = files.includes(configRel) ? await git(root, ['diff', '-U0', '--no-renames', '--no-color', before, after, '--', configRel], log) : '';
  return { kind: 'changes', change: { files, configLines: changedLines(configDiff ?? '') } };
}
