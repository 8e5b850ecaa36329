// End to end with a neural voice: the real sherpa-onnx engine speaks a tiny Piper model of the real shape
// inside a whole `voiceover run` (the compiled CLI, so the child-process worker runs from lib/), and the
// MP4 has sound at the cue times; report.json names the voice and model of every line.

import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectSpeechOnsets } from '../../src/media/analyse.js';
import { probeMedia } from '../../src/media/probe.js';
import type { InstalledVoice } from '../../src/tts/neural-types.js';
import { makeClip, tempRepo, writeText } from '../helpers/media.js';
import { makeTinyKokoroArchive, makeTinyPiperArchive, tinyKokoroVoice, tinyPiperVoice } from '../helpers/tiny-voice.js';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/voiceover.js');
const CUES = [1, 4.5, 8];
const SCRIPT = ['[00:01] Welcome to the demo.', '[00:04.5] Create a project in one click.', '[00:08] Ship it today.'].join('\n');

/** Put an unpacked voice into a store folder the way the store lists it (`<store>/<folder>/voice.json`). */
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

describe('voiceover run with a Piper voice (sherpa-onnx, tiny model)', () => {
  let repo: string;
  let voice: InstalledVoice;
  let result: Awaited<ReturnType<typeof voiceover>>;
  let report: any;
  beforeAll(async () => {
    await exec('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
    repo = await tempRepo();
    const store = join(repo, 'store');
    voice = await tinyPiperVoice(await makeTinyPiperArchive(join(repo, 'voices')));
    await storeVoice(store, voice);
    // German, so that `auto` for English does not pick it.
    const broken = { ...(await tinyPiperVoice(await makeTinyPiperArchive(join(repo, 'broken'), { name: 'de_DE-broken-low' }))), language: 'de-DE' };
    await writeFile(broken.model, 'this is not an ONNX model');
    await storeVoice(store, broken);
    // A Kokoro archive gives one voice per speaker; the store lists each (German here, so auto for English keeps Piper).
    const kokoroArchive = await makeTinyKokoroArchive(join(repo, 'voices'), { speakers: 2 });
    for (const speaker of [0, 1]) await storeVoice(store, { ...(await tinyKokoroVoice(kokoroArchive, speaker)), language: 'de-DE' });
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
  - name: broken
    video: media/demo.mp4
    script: scripts/demo.txt
    voice: ${broken.id}
`);
    result = await voiceover(['run', '--json'], repo, { VOICEOVER_VOICES_DIR: store });
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

  it('voice auto picks the installed neural voice for English over Flite', () => {
    expect(item('auto').status).toBe('delivered');
    expect(item('auto').lines.map((l: { voice: string }) => l.voice)).toEqual(CUES.map(() => voice.id));
  });

  it('a broken voice fails its own video with TTS_UNAVAILABLE naming it; the others are delivered, exit 1', () => {
    expect(result.code).toBe(1);
    expect(item('broken')).toMatchObject({ status: 'failed', error: { code: 'TTS_UNAVAILABLE' } });
    expect(item('broken').error.message).toContain('piper:de_DE-broken-low');
    expect(report.items.filter((i: { status: string }) => i.status === 'delivered').map((i: { name: string }) => i.name).sort()).toEqual(['auto', 'kokoro', 'named']);
  });
});
