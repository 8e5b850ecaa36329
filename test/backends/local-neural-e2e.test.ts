// End to end with neural voices: the real sherpa-onnx engine speaks tiny Piper and Kokoro models of the real shape
// inside a whole `voiceover run` (the compiled CLI, so the child-process worker runs from lib/), and the
// MP4 has sound at the cue times; report.json names the voice and model of every line.

import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectSpeechOnsets } from '../../src/media/analyse.js';
import { probeMedia } from '../../src/media/probe.js';
import type { InstalledVoice } from '../../src/tts/neural-types.js';
import { makeClip, tempRepo, writeText } from '../helpers/media.js';
import { listInstalledVoices } from '../../src/tts/voice-store.js';
import { makeTinyKokoroArchive, makeTinyPiperArchive, makeTinyPiperRaw, tinyPiperVoice } from '../helpers/tiny-voice.js';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/voiceover.js');
const CUES = [1, 4.5, 8];
const SCRIPT = ['[00:01] Welcome to the demo.', '[00:04.5] Create a project in one click.', '[00:08] Ship it today.'].join('\n');

/** Put a voice into the store by hand, bypassing the install (`<store>/<folder>/voice.json`, which the store lists). */
async function storeVoice(store: string, voice: InstalledVoice): Promise<void> {
  const dir = join(store, voice.id.replace(/[^A-Za-z0-9_.-]/g, '_'));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'voice.json'), JSON.stringify(voice));
}

async function voiceover(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NEMO_TOKEN: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('voiceover run with Piper and Kokoro voices (sherpa-onnx, tiny models)', () => {
  let repo: string;
  let voice: InstalledVoice;
  let installed: InstalledVoice[];
  let result: Awaited<ReturnType<typeof voiceover>>;
  let report: any;
  let mirror: Server;
  let mirrorUrl: string;
  let mirrorRequests: string[];
  afterAll(() => new Promise<void>((done) => (mirror ? mirror.close(() => done()) : done())));
  beforeAll(async () => {
    await exec('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
    repo = await tempRepo();
    const store = join(repo, 'store');
    // Installed the way a person does it: voiceover voices install --from ARCHIVE (unpacked, proven, listed).
    const env = { VOICEOVER_VOICES_DIR: store };
    const piperArchive = await makeTinyPiperArchive(join(repo, 'voices'));
    const kokoroArchive = await makeTinyKokoroArchive(join(repo, 'voices'), { speakers: 2 });
    for (const archive of [piperArchive.archive, kokoroArchive.archive]) {
      const installed = await voiceover(['voices', 'install', '--from', archive], repo, env);
      expect(installed.code, installed.stderr).toBe(0);
    }
    installed = await listInstalledVoices({ ...process.env, ...env });
    voice = installed.find((v) => v.engine === 'piper')!;
    // Placed by hand (the store would refuse it: it proves every voice it installs); German, so `auto` for English never picks it.
    const broken = { ...(await tinyPiperVoice(await makeTinyPiperArchive(join(repo, 'broken'), { name: 'de_DE-broken-low' }))), language: 'de-DE' };
    await writeFile(broken.model, 'this is not an ONNX model');
    await storeVoice(store, broken);
    await makeClip(join(repo, 'media/demo.mp4'), { duration: 11, width: 640, height: 360, audio: 'silent' });
    await writeText(join(repo, 'scripts/demo.txt'), SCRIPT);
    await writeText(join(repo, 'voiceover.config.yml'), `version: 1
defaults:
  output: { resolution: keep }
videos:
  - name: named
    video: media/demo.mp4
    script: scripts/demo.txt
    voice: ${voice.id}
  - name: auto
    video: media/demo.mp4
    script: scripts/demo.txt
  - name: kokoro
    video: media/demo.mp4
    script: scripts/demo.txt
    voice: kokoro:am_tiny1
  - name: offline
    video: media/demo.mp4
    script: scripts/demo.txt
    voice: piper:en_US-lessac-medium
  - name: mismatch
    video: media/demo.mp4
    script: scripts/demo.txt
    voice: piper:en_US-amy-medium
  - name: broken
    video: media/demo.mp4
    script: scripts/demo.txt
    voice: ${broken.id}
`);
    // The voice mirror: a tiny raw Piper pair under the name of a catalogued one (not the pinned bytes), nothing else.
    const impostor = await makeTinyPiperRaw(join(repo, 'impostor'), { name: 'en_US-amy-medium' });
    const served: Record<string, Buffer> = { '/en_US-amy-medium.onnx': await readFile(impostor.model), '/en_US-amy-medium.onnx.json': await readFile(impostor.config) };
    const requested: string[] = [];
    mirror = createServer((request, response) => {
      requested.push(request.url ?? '');
      const body = served[request.url ?? ''];
      if (body) response.end(body);
      else response.writeHead(404).end('not here');
    });
    await new Promise<void>((done) => mirror.listen(0, '127.0.0.1', done));
    mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}`;
    result = await voiceover(['run', '--json'], repo, { VOICEOVER_VOICES_DIR: store, VOICEOVER_VOICES_URL: mirrorUrl });
    mirrorRequests = requested;
    report = JSON.parse(await readFile(join(repo, 'out/report.json'), 'utf8'));
  }, 240_000);

  const item = (name: string) => report.items.find((i: { name: string }) => i.name === name);

  it('delivers the named-voice video with speech starting at each cue', async () => {
    expect(item('named').status, JSON.stringify(item('named').error)).toBe('delivered');
    const out = join(repo, 'out/named.mp4');
    const probe = await probeMedia(out);
    expect(probe.audio).toMatchObject({ codec: 'aac' });
    const onsets = await detectSpeechOnsets(out);
    expect(onsets).toHaveLength(CUES.length);
    onsets.forEach((onset, i) => expect(Math.abs(onset - CUES[i]!)).toBeLessThan(0.1));
  });

  it('report.json names the voice and the model (with its checksum) of every line', () => {
    for (const line of item('named').lines) {
      expect(line.voice).toBe(voice.id);
      expect(line.model).toBe(`vits-piper-en_US-tiny-x_low/en_US-tiny-x_low.onnx sha256:${voice.modelSha256.slice(0, 12)}`);
    }
  });

  it('a Kokoro speaker speaks its video at the cue times', async () => {
    expect(item('kokoro').status, JSON.stringify(item('kokoro').error)).toBe('delivered');
    const onsets = await detectSpeechOnsets(join(repo, 'out/kokoro.mp4'));
    expect(onsets).toHaveLength(CUES.length);
    onsets.forEach((onset, i) => expect(Math.abs(onset - CUES[i]!)).toBeLessThan(0.1));
    expect(item('kokoro').lines.map((l: { voice: string }) => l.voice)).toEqual(CUES.map(() => 'kokoro:am_tiny1'));
    expect(item('kokoro').lines[0].model).toMatch(/^kokoro-tiny-en\/model\.onnx sha256:[0-9a-f]{12}$/);
  });

  it('a catalogued voice that is not installed is installed at run time; when it cannot be had, only its video fails, saying what to do', () => {
    expect(mirrorRequests).toEqual(expect.arrayContaining(['/en_US-lessac-medium.onnx', '/en_US-amy-medium.onnx']));
    expect(item('offline')).toMatchObject({ status: 'failed', error: { code: 'VOICE_DOWNLOAD' } });
    expect(item('offline').error.message).toContain(`${mirrorUrl}/en_US-lessac-medium.onnx`);
    expect(item('offline').error.hint).toContain('voiceover voices install --from FILE');
    expect(item('mismatch')).toMatchObject({ status: 'failed', error: { code: 'VOICE_CHECKSUM' } });
    expect(item('mismatch').error.message).toContain('piper:en_US-amy-medium');
  });

  it('voice auto picks an installed neural voice for English over Flite (Kokoro before Piper at an equal language match)', () => {
    expect(item('auto').status).toBe('delivered');
    expect(item('auto').lines.map((l: { voice: string }) => l.voice)).toEqual(CUES.map(() => 'kokoro:af_tiny0'));
  });

  it('a broken voice fails its own video with TTS_UNAVAILABLE naming it; the others are delivered, exit 1', () => {
    expect(result.code).toBe(1);
    expect(item('broken')).toMatchObject({ status: 'failed', error: { code: 'TTS_UNAVAILABLE' } });
    expect(item('broken').error.message).toContain('piper:de_DE-broken-low');
    expect(report.items.filter((i: { status: string }) => i.status === 'delivered').map((i: { name: string }) => i.name).sort()).toEqual(['auto', 'kokoro', 'named']);
  });
});
