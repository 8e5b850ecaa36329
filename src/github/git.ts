// Run git in the workspace (no shell); failures resolve to undefined for callers that have a fallback.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Why git failed: the last `fatal:`/`error:` line of its stderr, else its last line, else the error's message. */
export function gitFailure(error: unknown): string {
  const stderr = String((error as { stderr?: unknown }).stderr ?? '');
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.filter((l) => /^(fatal|error):/.test(l)).at(-1) ?? lines.at(-1) ?? (error instanceof Error ? error.message : String(error));
}

/** git's stdout, or undefined when git failed (`log` then gets git's last line of stderr). */
export async function git(cwd: string, args: string[], log?: (line: string) => void): Promise<string | undefined> {
  try {
    const { stdout } = await exec('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    return stdout;
  } catch (error) {
    log?.(`git ${args[0] ?? ''} failed: ${gitFailure(error)}`);
    return undefined;
  }
}

/** Whether a commit is present in the local repository. */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])) !== undefined;
}
