// Run git in the workspace (no shell); failures resolve to undefined for callers that have a fallback.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** git's stdout, or undefined when git failed. */
export async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await exec('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    return stdout;
  } catch {
    return undefined;
  }
}

/** Whether a commit is present in the local repository. */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])) !== undefined;
}
