// The CLI as a person runs it: the real launcher in a child process (after `npm run build`, as `npm ci` does).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { makeClip, tempRepo, writeText } from '../helpers/media.js';
import { startServer } from '../../src/server/index.js';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/voiceover.js');

async function voiceover(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NEMO_TOKEN: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  // The launcher runs the compiled CLI; build it from the current sources.
  await exec('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
}, 120_000);

describe('voiceover check', () => {
  it('prints FILE:LINE:COL per problem and exits 2', async () => {
    const repo = await tempRepo();
    await writeText(join(repo, 'voiceover.config.yml'), 'version: 1\ndefaults:\n  voise: slt\nvideos:\n  - name: a\n    video: missing.mp4\n    script: hello\n');
    const { code, stderr } = await voiceover(['check'], repo);
    expect(code).toBe(2);
    expect(stderr).toContain('voiceover.config.yml:3:3 unknown key `voise` in `defaults`; did you mean `voice`?');
    expect(stderr).toMatch(/voiceover\.config\.yml:6:12 video file `missing\.mp4` does not exist/);
  });
  it('says ok for a valid config and exits 0', async () => {
    const { code, stdout } = await voiceover(['check', 'voiceover.config.example.yml'], ROOT);
    expect(code).toBe(0);
    expect(stdout).toContain('ok (3 videos)');
  });
  it('names a missing config file with a hint, exit 2', async () => {
    const { code, stderr } = await voiceover(['check'], await tempRepo());
    expect(code).toBe(2);
    expect(stderr).toContain('voiceover.config.yml: config file not found (hint:');
  });
});

describe('voiceover run', () => {
  it('delivers, writes --json report to stdout, skips on re-run, exits 1 when one video fails', async () => {
    const repo = await tempRepo();
    await makeClip(join(repo, 'clip.mp4'), { duration: 4, width: 640, height: 360 });
    await writeText(join(repo, 'bad.mp4'), 'not a video');
    await writeText(
      join(repo, 'voiceover.config.yml'),
      'version: 1\ndefaults:\n  output: { resolution: keep }\nvideos:\n  - name: good\n    video: clip.mp4\n    script: "[00:00.5] Hello."\n  - name: bad\n    video: bad.mp4\n    script: "[00:00.5] Hello."\n',
    );
    const first = await voiceover(['run', '--json', '--out', 'build'], repo);
    expect(first.code).toBe(1);
    const report = JSON.parse(first.stdout);
    expect(report.items.map((i: { status: string }) => i.status)).toEqual(['delivered', 'failed']);
    expect(report.items[1].error).toMatchObject({ code: 'INPUT_CORRUPT', file: 'voiceover.config.yml', line: 8 });
    expect(existsSync(join(repo, 'build/good.mp4'))).toBe(true);

    const again = await voiceover(['run', '--only', 'go*', '--out', 'build'], repo);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('good: skipped');
    expect(again.stderr).toContain('0 delivered, 1 skipped, 0 failed');
  });
  it('refuses an --only that matches nothing, exit 2', async () => {
    const { code, stderr } = await voiceover(['run', 'voiceover.config.example.yml', '--only', 'nope'], ROOT);
    expect(code).toBe(2);
    expect(stderr).toContain('nope');
  });
  it('runs the nemo backend when a token is set (auto), and never prints the token', async () => {
    const server = await startServer({ port: 0, dataDir: await tempRepo('voiceover-serve-'), tokens: ['nmv_usr_secret'], grantCredits: 0 });
    try {
      const { code, stderr } = await voiceover(['run', 'voiceover.config.example.yml', '--only', 'tour-timed', '--out', await tempRepo()], ROOT, {
        NEMO_TOKEN: 'nmv_usr_secret',
        NEMO_API_URL: server.url,
        NEMO_WEB_URL: 'https://nemo.example',
        VOICEOVER_CONFIG_DIR: await tempRepo(),
      });
      expect(code).toBe(1);
      expect(stderr).toContain('tour-timed: failed');
      expect(stderr).toMatch(/credits/i);
      expect(stderr).not.toContain('nmv_usr_secret');
      expect(server.ledger()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('voiceover voices and --help', () => {
  it('lists the Flite voices', async () => {
    const { code, stdout } = await voiceover(['voices'], ROOT);
    expect(code).toBe(0);
    for (const id of ['slt', 'rms', 'awb', 'kal']) expect(stdout).toMatch(new RegExp(`^${id}\\s+en`, 'm'));
  });
  it('shows usage', async () => {
    const { code, stdout } = await voiceover(['--help'], ROOT);
    expect(code).toBe(0);
    expect(stdout).toContain('run [options] [config]');
  });
});
