// The CLI as a person runs it: the real launcher in a child process (after `npm run build`, as `npm ci` does).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
  it('parses every script: times going backwards, malformed times and unknown or uninstalled {voice=…} at FILE:LINE:COL; run refuses too', async () => {
    const repo = await tempRepo();
    await writeText(join(repo, 'clip.mp4'), 'checked for existence only');
    await writeText(join(repo, 'scripts/intro.txt'), '[00:00.5] One.\n[00:00.2] {voice=nosuch} Two.\n[00:61] Three.\n');
    await writeText(
      join(repo, 'voiceover.config.yml'),
      [
        'version: 1',
        'videos:',
        '  - name: file-script',
        '    video: clip.mp4',
        '    script: scripts/intro.txt',
        '  - name: inline',
        '    video: clip.mp4',
        '    script: |',
        '      [00:00.5] Hello.',
        '      [00:01] {voice=espeak:de} Hallo.',
        '  - name: one-line',
        '    video: clip.mp4',
        '    script: "[00:01] {voice=rmss} Hi."',
        '',
      ].join('\n'),
    );
    // An empty PATH hides espeak-ng, as on a machine without it.
    const noPrograms = await tempRepo('voiceover-path-');
    const { code, stdout, stderr } = await voiceover(['check'], repo, { PATH: noPrograms });
    expect(code).toBe(2);
    expect(stdout).not.toContain('ok');
    expect(stderr).toContain('scripts/intro.txt:2:1 time [00:00.2] on line 2 is not after [00:00.5] on line 1 (hint:');
    expect(stderr).toContain('scripts/intro.txt:2:11 {voice=nosuch}: unknown voice "nosuch" (hint:');
    expect(stderr).toContain('scripts/intro.txt:3:1 [00:61] is not a valid time');
    expect(stderr).toMatch(/voiceover\.config\.yml:10:15 \{voice=espeak:de\}: voice "espeak:de" needs espeak-ng.*\(hint: install it: /);
    expect(stderr).toContain('voiceover.config.yml:13:22 {voice=rmss}: unknown voice "rmss" (hint: did you mean "rms"?');
    expect(stderr.trim().split('\n')).toHaveLength(5);

    const run = await voiceover(['run', '--out', 'build'], repo, { PATH: noPrograms });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('scripts/intro.txt:2:1 time [00:00.2]');
    expect(existsSync(join(repo, 'build/report.json'))).toBe(false);
  });
  it('judges url: videos and voices by the backend that will run (--backend, NEMO_TOKEN)', async () => {
    const repo = await tempRepo();
    await writeText(join(repo, 'clip.mp4'), 'checked for existence only');
    const config = [
      'version: 1',
      'videos:',
      '  - name: remote',
      '    url: https://example.com/v.mp4',
      '    script: Hello.',
      '  - name: german',
      '    video: clip.mp4',
      '    script: "{voice=narrator-9} Hallo."',
      '    language: de',
      '    voice: narrator-9',
      '',
    ].join('\n');
    await writeText(join(repo, 'voiceover.config.yml'), config);
    const local = await voiceover(['check'], repo);
    expect(local.code).toBe(2);
    expect(local.stderr).toContain('voiceover.config.yml:4:10 `url:` videos need the nemo backend');
    expect(local.stderr).toContain('voiceover.config.yml:10:12 unknown voice `narrator-9`');
    const nemo = await voiceover(['check'], repo, { NEMO_TOKEN: 'nmv_usr_x' });
    expect(nemo.stderr).toBe('');
    expect(nemo.code).toBe(0);
    const forced = await voiceover(['check', '--backend', 'local'], repo, { NEMO_TOKEN: 'nmv_usr_x' });
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('voiceover.config.yml:4:10 `url:` videos need the nemo backend');
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
    // report.json keeps the last result of the videos --only left out; how long `bad` took to fail is recorded.
    expect(report.items[1].timings_s.total).toBeGreaterThan(0);
    const kept = JSON.parse(await readFile(join(repo, 'build/report.json'), 'utf8'));
    expect(kept.items.map((i: { name: string; status: string }) => `${i.name}:${i.status}`)).toEqual(['good:skipped', 'bad:failed']);
    expect(kept.items[1].error.code).toBe('INPUT_CORRUPT');

    // A video removed from the config leaves the report.
    await writeText(
      join(repo, 'voiceover.config.yml'),
      'version: 1\ndefaults:\n  output: { resolution: keep }\nvideos:\n  - name: good\n    video: clip.mp4\n    script: "[00:00.5] Hello."\n',
    );
    const third = await voiceover(['run', '--only', 'good', '--out', 'build', '--json'], repo);
    expect(third.code).toBe(0);
    expect(JSON.parse(third.stdout).items.map((i: { name: string }) => i.name)).toEqual(['good']);
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
