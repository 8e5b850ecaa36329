// Run the built action (dist/index.js) as a runner does: a child process with INPUT_*, GITHUB_* and the
// file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), then read back what it wrote.

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root and the committed bundle. */
export const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST = join(ROOT, 'dist/index.js');

let copied: Promise<string> | undefined;

/**
 * dist/ copied to a folder with no node_modules above it, as a runner has the action: run in place, the
 * bundle could still resolve what it failed to carry from the repository's node_modules.
 */
export function distCopy(): Promise<string> {
  copied ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'voiceover-action-'));
    await cp(dirname(DIST), join(dir, 'dist'), { recursive: true });
    return join(dir, 'dist', 'index.js');
  })();
  return copied;
}

/** What one step run left. */
export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Lines of stdout that are workflow commands (`::error …`, not `::debug::`), in order. */
  commands: string[];
  outputs: Record<string, string>;
  summary: string;
}

/** How to run a step. */
export interface StepOptions {
  cwd: string;
  inputs?: Record<string, string>;
  event?: { name: string; payload: object };
  env?: NodeJS.ProcessEnv;
}

/** Parse the GITHUB_OUTPUT file (`name<<delimiter` … `delimiter`, or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** The variables a runner sets for every step (no artifact service unless the test adds it). */
export function runnerEnv(dir: string): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9', // nothing listens: a test that comments sets its stand-in
    GITHUB_SHA: '0000000000000000000000000000000000000001',
    RUNNER_TEMP: dir,
    RUNNER_TOOL_CACHE: join(dir, 'toolcache'),
  };
}

/** Run the bundle (a copy of dist/) once in `cwd` as a step of a job. */
export async function runStep(options: StepOptions): Promise<StepResult> {
  const dir = await mkdtemp(join(tmpdir(), 'voiceover-step-'));
  const files = { output: join(dir, 'output.txt'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') };
  await Promise.all([writeFile(files.output, ''), writeFile(files.summary, ''), writeFile(files.event, JSON.stringify(options.event?.payload ?? {}))]);
  const inputs = Object.fromEntries(Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...runnerEnv(dir),
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_EVENT_NAME: options.event?.name ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    ...inputs,
    ...options.env,
  };
  const main = await distCopy();
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [main], { cwd: options.cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
  return {
    code,
    stdout,
    stderr,
    commands: stdout.split('\n').filter((l) => l.startsWith('::') && !l.startsWith('::debug::')),
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
  };
}
