// The timeline summary and the service's (mapped) replies reach a person: the runner hands each
// item a logger, and `voiceover run` prints its lines as `[name] …` (library code prints nothing).
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../src/core/logger.js';
import { runItems } from '../../../src/runner/run.js';
import type { RunningServer } from '../../../src/server/index.js';
import { demoVideo, loadItems, makeRepo, startTestServer, stubNemoEnv } from './harness.js';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');

describe('lines for people', () => {
  let server: RunningServer;
  let repo: string;
  let configDir: string;
  beforeAll(async () => {
    server = await startTestServer();
    repo = await makeRepo();
    configDir = await mkdtemp(join(tmpdir(), 'nemo-cfg-'));
    await stubNemoEnv(server.url, configDir);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.close();
  });

  it("the runner gives each item its own logger; the nemo item's timeline summary and reply arrive there", async () => {
    const lines: string[] = [];
    const itemLogger = (name: string): Logger => ({ debug() {}, info: (m) => lines.push(`${name}|${m}`), warn: (m) => lines.push(`${name}|${m}`), error() {} });
    const { config, items } = await loadItems(repo, demoVideo('people'));
    const { report } = await runItems(config, items, { backend: 'nemo', concurrency: 1, itemLogger });
    expect(report.items[0]?.status, JSON.stringify(report.items[0]?.error)).toBe('delivered');
    expect(lines.some((l) => l.startsWith('people|nemo: Timeline ('))).toBe(true);
    expect(lines.filter((l) => l.startsWith('people|nemo: ')).length).toBeGreaterThanOrEqual(2);
  });

  it('`voiceover run` prints them as [name] lines on stderr', async () => {
    await exec('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
    await loadItems(repo, demoVideo('cli'));
    const { stderr } = await exec(process.execPath, [join(ROOT, 'bin/voiceover.js'), 'run', '--backend', 'nemo'], {
      cwd: repo,
      env: { ...process.env, NEMO_API_URL: server.url, NEMO_WEB_URL: 'https://web.test', NEMO_TOKEN: '', NEMO_CLIENT_ID: '', VOICEOVER_CONFIG_DIR: configDir },
    });
    expect(stderr).toMatch(/^\[cli\] nemo: Timeline \(\d+ tracks?\): 1\. Video/m);
    expect(stderr).toContain('1 delivered');
  }, 240_000);
});
