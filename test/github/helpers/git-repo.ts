// A real git repository for push events: commits, a bare origin, shallow clones.

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Run git in a folder; its stdout trimmed. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } });
  return stdout.trim();
}

/** A work tree with an identity, on branch main. */
export interface GitRepo {
  dir: string;
  write(rel: string, text: string | Buffer): Promise<string>;
  /** Stage everything and commit; the new commit's sha. */
  commit(message: string): Promise<string>;
}

/** `git init` a fresh repository. */
export async function initRepo(prefix = 'voiceover-git-'): Promise<GitRepo> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'config', 'user.email', 'test@example.com');
  await git(dir, 'config', 'user.name', 'Test');
  await git(dir, 'config', 'commit.gpgsign', 'false');
  return {
    dir,
    write: async (rel, text) => {
      const file = join(dir, rel);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
      return file;
    },
    commit: async (message) => {
      await git(dir, 'add', '-A');
      await git(dir, 'commit', '-q', '-m', message);
      return git(dir, 'rev-parse', 'HEAD');
    },
  };
}

/** A bare copy of `repo` and a `--depth 1` clone of it (as actions/checkout makes by default). */
export async function shallowClone(repo: GitRepo): Promise<string> {
  const base = await mkdtemp(join(tmpdir(), 'voiceover-clone-'));
  const origin = join(base, 'origin.git');
  await git(base, 'clone', '-q', '--bare', repo.dir, origin);
  const work = join(base, 'work');
  await git(base, 'clone', '-q', '--depth', '1', `file://${origin}`, work);
  return work;
}

/** A push event payload. */
export function pushEvent(before: string, after: string): { name: string; payload: object } {
  return { name: 'push', payload: { ref: 'refs/heads/main', before, after, forced: false, repository: { full_name: 'octo/demo', default_branch: 'main' } } };
}
