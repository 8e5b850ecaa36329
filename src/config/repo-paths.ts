// The repository root, and input paths checked to stay inside it and to exist.
import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Where the repository is: realpath too, so symlinks can be checked against it. */
export interface RepoRoot {
  /** Absolute root as found (or given). */
  dir: string;
  /** The root with symlinks resolved. */
  real: string;
}

/** Whether `p` is `dir` or below it (purely lexical). */
export function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

async function nearestGitFolder(start: string): Promise<string | undefined> {
  for (let at = start; ; ) {
    if (await exists(path.join(at, '.git'))) return at;
    const up = path.dirname(at);
    if (up === at) return undefined;
    at = up;
  }
}

/** `root` if given, else the nearest folder above `configDir` holding `.git`, else `configDir`. */
export async function findRepoRoot(configDir: string, root?: string): Promise<RepoRoot> {
  const dir = root === undefined ? ((await nearestGitFolder(configDir)) ?? configDir) : path.resolve(root);
  const real = await realpath(dir).catch(() => dir);
  return { dir, real };
}

/** What checking one input path found. */
export type InputCheck =
  | { ok: true; abs: string }
  | { ok: false; abs: string; problem: 'outside' | 'symlink-outside' | 'missing' | 'directory'; real?: string };

/** Resolve `written` against `baseDir` and check it is an existing file inside the repository. */
export async function checkInputPath(written: string, baseDir: string, root: RepoRoot): Promise<InputCheck> {
  const abs = path.resolve(baseDir, written);
  if (!isInside(root.dir, abs) && !isInside(root.real, abs)) return { ok: false, abs, problem: 'outside' };
  const real = await realpath(abs).catch(() => undefined);
  if (real === undefined) return { ok: false, abs, problem: 'missing' };
  if (!isInside(root.real, real)) return { ok: false, abs, problem: 'symlink-outside', real };
  if ((await stat(real)).isDirectory()) return { ok: false, abs, problem: 'directory' };
  return { ok: true, abs };
}
