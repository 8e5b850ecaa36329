// `voiceover voices` as a person runs it (the real launcher in a child process), against a mirror on 127.0.0.1
// serving a tiny real voice under a catalogued (trust-on-first-use) file name.

import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClip, tempRepo, writeText } from '../helpers/media.js';
import { makeTinyPiperArchive, makeTinyPiperRaw } from '../helpers/tiny-voice.js';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/voiceover.js');

async function voiceover(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NEMO_TOKEN: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('voiceover voices', () => {
  let root: string;
  let server: Server;
  let mirror: string;
  let env: NodeJS.ProcessEnv;
  const requests: string[] = [];

  beforeAll(async () => {
    await exec('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
    root = await mkdtemp(join(tmpdir(), 'voices-cli-'));
    const tiny = await makeTinyPiperArchive(join(root, 'build'), { name: 'fr_FR-siwis-medium', espeakVoice: 'fr' });
    const served = join(root, 'served');
    await exec('mkdir', ['-p', served]);
    await rename(tiny.archive, join(served, basename(tiny.archive)));
    server = createServer((req, res) => {
      requests.push(basename(req.url ?? '/'));
      const file = join(served, basename(req.url ?? '/'));
      stat(file).then(
        (info) => {
          res.writeHead(200, { 'content-length': String(info.size) });
          createReadStream(file).pipe(res);
        },
        () => res.writeHead(404).end(),
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/m`;
    env = { VOICEOVER_VOICES_DIR: join(root, 'store'), VOICEOVER_VOICES_URL: mirror };
  }, 180_000);

  afterAll(async () => {
    await new Promise((done) => server.close(done));
  });

  it('lists usable voices, then installable ones with engine, language, gender, quality, size, licence and rate', async () => {
    const { code, stdout } = await voiceover(['voices'], root, env);
    expect(code).toBe(0);
    const [usable, offered] = stdout.split(/^Installable/m);
    expect(usable).toMatch(/^slt\s+en/m);
    expect(offered).toMatch(/^piper:en_US-amy-medium\s+en-US\s+piper\s+female\s+medium\s+63\.2 MB\s+22050\s+see model card/m);
    expect(offered).toMatch(/^kokoro:af_heart\s+en-US\s+kokoro\s+female\s+high\s+\?\s+24000\s+Apache-2\.0/m);
    expect(offered).toMatch(/^kokoro:bm_george\s+en-GB\s+kokoro\s+male/m);
  });

  it('--json has both groups', async () => {
    const { code, stdout } = await voiceover(['voices', '--json'], root, env);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.store).toBe(join(root, 'store'));
    expect(parsed.usable.map((v: { id: string }) => v.id)).toContain('slt');
    expect(parsed.installable.find((v: { id: string }) => v.id === 'piper:de_DE-thorsten-medium')).toMatchObject({ engine: 'piper', language: 'de-DE', gender: 'male', quality: 'medium', size_mb: null, sample_rate: 22050 });
  });

  it('install ID downloads with a progress line, then the voice is usable; remove takes it away', async () => {
    const install = await voiceover(['voices', 'install', 'piper:fr_FR-siwis-medium'], root, env);
    expect(install.stderr).toMatch(/installing piper:fr_FR-siwis-medium: \d+\.\d\/\d+\.\d MB \(100 %, \d+\.\d MB\/s\)/);
    expect(install.code).toBe(0);
    expect(install.stdout).toContain('installed piper:fr_FR-siwis-medium (catalogue)');
    const listed = JSON.parse((await voiceover(['voices', '--json'], root, env)).stdout);
    expect(listed.usable.map((v: { id: string }) => v.id)).toContain('piper:fr_FR-siwis-medium');
    expect(listed.installable.map((v: { id: string }) => v.id)).not.toContain('piper:fr_FR-siwis-medium');
    const removed = await voiceover(['voices', 'remove', 'piper:fr_FR-siwis-medium'], root, env);
    expect(removed).toMatchObject({ code: 0, stdout: 'removed piper:fr_FR-siwis-medium\n' });
  }, 120_000);

  it('two processes installing the same voice at once: both succeed, one download', async () => {
    const shared = { ...env, VOICEOVER_VOICES_DIR: join(root, 'store-shared') };
    const before = requests.filter((r) => r === 'vits-piper-fr_FR-siwis-medium.tar.bz2').length;
    const [a, b] = await Promise.all([1, 2].map(() => voiceover(['voices', 'install', 'piper:fr_FR-siwis-medium'], root, shared)));
    expect([a!.code, b!.code]).toEqual([0, 0]);
    expect(a!.stdout).toBe(b!.stdout);
    expect(requests.filter((r) => r === 'vits-piper-fr_FR-siwis-medium.tar.bz2').length - before).toBe(1);
  }, 120_000);

  it('install --from a raw Piper pair makes a custom voice', async () => {
    const raw = await makeTinyPiperRaw(join(root, 'pair'), { name: 'en_US-own-medium' });
    const { code, stdout } = await voiceover(['voices', 'install', '--from', raw.model], root, env);
    expect(code).toBe(0);
    expect(stdout).toContain('installed piper:en_US-own-medium (custom)');
  }, 120_000);

  it('offline: exit 1 naming the URL and --from', async () => {
    const offline = { ...env, VOICEOVER_VOICES_URL: 'http://127.0.0.1:9/none' };
    const { code, stderr } = await voiceover(['voices', 'install', 'kokoro:af_heart'], root, offline);
    expect(code).toBe(1);
    expect(stderr).toContain('VOICE_DOWNLOAD: voice kokoro:af_heart could not be downloaded from http://127.0.0.1:9/none/kokoro-multi-lang-v1_0.tar.bz2');
    expect(stderr).toContain('voiceover voices install --from FILE');
  });

  it('run: a catalogued voice is installed at run time and speaks; offline, that video fails VOICE_DOWNLOAD naming the URL', async () => {
    const repo = await tempRepo();
    await makeClip(join(repo, 'clip.mp4'), { duration: 3, width: 320, height: 240, audio: 'silent' });
    await writeText(join(repo, 'voiceover.config.yml'), [
      'version: 1',
      'videos:',
      '  - name: french',
      '    video: clip.mp4',
      '    language: fr',
      '    voice: piper:fr_FR-siwis-medium',
      '    script: "[00:00.5] Bonjour."',
      '',
    ].join('\n'));
    const online = { ...env, VOICEOVER_VOICES_DIR: join(repo, 'store') };
    const ok = await voiceover(['run', '--backend', 'local', '--json'], repo, online);
    const report = JSON.parse(await readFile(join(repo, 'out/report.json'), 'utf8'));
    expect(report.items[0].status, ok.stderr).toBe('delivered');
    expect(report.items[0].lines[0].voice).toBe('piper:fr_FR-siwis-medium');
    const offline = { ...env, VOICEOVER_VOICES_DIR: join(repo, 'empty-store'), VOICEOVER_VOICES_URL: 'http://127.0.0.1:9/none' };
    const failed = await voiceover(['run', '--backend', 'local', '--force', '--json'], repo, offline);
    expect(failed.code).toBe(1);
    const item = JSON.parse(await readFile(join(repo, 'out/report.json'), 'utf8')).items[0];
    expect(item.status).toBe('failed');
    expect(item.error.code).toBe('VOICE_DOWNLOAD');
    expect(item.error.message).toContain('http://127.0.0.1:9/none/vits-piper-fr_FR-siwis-medium.tar.bz2');
    expect(item.error.hint).toContain('voices install --from');
  }, 180_000);

  it('check accepts a catalogued voice that is not installed, and refuses an unknown one', async () => {
    await writeFile(join(root, 'clip.mp4'), 'checked for existence only');
    const config = (voice: string) => `version: 1\nvideos:\n  - name: a\n    video: clip.mp4\n    script: Hello.\n    voice: ${voice}\n`;
    await writeFile(join(root, 'voiceover.config.yml'), config('kokoro:af_heart'));
    expect(await voiceover(['check', '--backend', 'local'], root, env)).toMatchObject({ code: 0, stderr: '' });
    await writeFile(join(root, 'voiceover.config.yml'), config('piper:en_US-nobody-medium'));
    const bad = await voiceover(['check', '--backend', 'local'], root, env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown voice `piper:en_US-nobody-medium`');
  });
});
