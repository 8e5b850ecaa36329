// The recordings people commit (screen recorders, browsers, OBS, phones, GIFs), made with ffmpeg:
// each probes to its real size, orientation and duration and passes the decode check; truncated
// and corrupt copies still fail it with the error they always got.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceoverError } from '../../src/core/errors.js';
import { planTailCheck, scanPackets, TAIL_DECODE_MAX_S } from '../../src/media/packets.js';
import { probeMedia, verifyDecodable } from '../../src/media/probe.js';
import { FfmpegError } from '../../src/media/ffmpeg-error.js';
import { runFfmpeg } from '../../src/media/run.js';
import { tempDir, truncateTo } from './generate.js';
import { makeGnomeScreencast, makeRecordings, type Recording } from './recordings.js';

let dir: string;
let cleanup: () => Promise<void>;
let recordings: Recording[];
const SECONDS = 5;
const recording = (name: string): Recording => recordings.find((r) => r.name === name)!;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('recordings'));
  recordings = await makeRecordings(dir, SECONDS);
}, 120_000);
afterAll(() => cleanup());

async function rejection(promise: Promise<unknown>): Promise<VoiceoverError> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(VoiceoverError);
  return error as VoiceoverError;
}

async function copyOf(source: string, name: string, change: (bytes: Buffer) => Buffer): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, change(await readFile(source)));
  return file;
}

describe('the recordings as made', () => {
  it('the GNOME-style screencast misleads a seek near its end, yet decodes cleanly from its start', async () => {
    const file = recording('gnome').file;
    const near = await runFfmpeg(['-v', 'error', '-ss', String(SECONDS - 1), '-i', file, '-f', 'null', '-']).then(
      () => 'decoded',
      (error: unknown) => (error instanceof FfmpegError ? error.stderr : String(error)),
    );
    expect(near).toMatch(/Invalid data found/);
    const whole = await runFfmpeg(['-v', 'error', '-i', file, '-f', 'null', '-']);
    expect(whole.stderr.trim()).toBe('');
  });

  it('the MediaRecorder-style WebM has no duration in its header', async () => {
    const { stdout } = await runFfmpeg(['-show_entries', 'format=duration:stream=duration', '-of', 'csv=p=0', recording('mediarecorder').file], { program: 'ffprobe' });
    expect(stdout.replace(/[\s,]|N\/A/g, '')).toBe('');
  });
});

describe('probeMedia and verifyDecodable on each recording', () => {
  it.each(['gnome', 'kooha', 'mediarecorder', 'obs-mkv', 'obs-fmp4', 'iphone', 'android', 'odd-timebase', 'gif'])('%s: real size, orientation and duration, and it decodes', async (name) => {
    const r = recording(name);
    const probe = await probeMedia(r.file);
    expect(probe.video).toMatchObject({ codec: r.codec, displayWidth: r.display.width, displayHeight: r.display.height, rotation: r.rotation, isImage: false });
    expect(Boolean(probe.audio)).toBe(r.audio);
    expect(Math.abs(probe.duration - r.duration_s), `duration ${probe.duration}`).toBeLessThan(0.1);
    expect(probe.durationFrom).toBe(r.noDuration ? 'packets' : undefined);
    await expect(verifyDecodable(r.file, probe)).resolves.toBeUndefined();
  });

  it('reads the iPhone clip as 10-bit HEVC at a variable frame rate', async () => {
    const probe = await probeMedia(recording('iphone').file);
    expect(probe.video?.pixFmt).toBe('yuv420p10le');
    expect(probe.video?.fpsFraction).not.toBe('30/1');
  });
});

describe('the end-of-file rule on real files', () => {
  it('accepts a 37 s single-keyframe screencast from its packets alone (no decode of its one 37 s GOP)', async () => {
    const file = await makeGnomeScreencast(join(dir, 'gnome-37s.webm'), 37.13, '320x240');
    const probe = await probeMedia(file);
    expect(probe.duration).toBeCloseTo(37.13, 1);
    const scan = await scanPackets(file, { video: true, audio: false }, { from_s: probe.duration - TAIL_DECODE_MAX_S - 1 });
    expect(scan.lastKey_s).toBeUndefined(); // no keyframe in the last 11 s: its one keyframe is at 0
    expect(scan.errors).toBe('');
    expect(planTailCheck(scan, probe.duration, probe.start_s)).toEqual({ action: 'accept' });
    await expect(verifyDecodable(file, probe)).resolves.toBeUndefined();
  });

  it('decodes only the last GOP of a file with keyframes every 2 s', async () => {
    const r = recording('obs-mkv');
    const probe = await probeMedia(r.file);
    const scan = await scanPackets(r.file, { video: true, audio: true }, { from_s: probe.duration - TAIL_DECODE_MAX_S - 1 });
    const plan = planTailCheck(scan, probe.duration, probe.start_s);
    expect(plan.action).toBe('decode');
    expect(plan.action === 'decode' && plan.from_s).toBeCloseTo(4, 1); // the keyframe at 4 s, not one at 0 or 2
  });
});

describe('truncated and corrupt recordings still fail', () => {
  it.each(['gnome', 'kooha', 'obs-mkv'])('%s cut in half: INPUT_CORRUPT, nothing decodes near its claimed end', async (name) => {
    const cut = await copyOf(recording(name).file, `cut-${name}.${recording(name).file.split('.').pop()}`, (b) => b);
    await truncateTo(cut, 0.5);
    const probe = await probeMedia(cut);
    expect(probe.duration).toBeCloseTo(SECONDS, 1);
    const error = await rejection(verifyDecodable(cut, probe));
    expect(error.code).toBe('INPUT_CORRUPT');
    expect(error.message).toMatch(/nothing decodes near 4s of the 5(\.\d+)?s it claims \(its packets stop at [12](\.\d+)?s/);
  });

  it('an iPhone .mov cut before its index: INPUT_CORRUPT from the probe', async () => {
    const cut = await copyOf(recording('iphone').file, 'cut-iphone.mov', (b) => b.subarray(0, Math.floor(b.length / 2)));
    const error = await rejection(probeMedia(cut));
    expect(error.code).toBe('INPUT_CORRUPT');
    expect(error.message).toMatch(/moov atom not found/);
  });

  it('a screencast whose last third is overwritten with noise: INPUT_CORRUPT', async () => {
    const file = await copyOf(recording('gnome').file, 'noisy-gnome.webm', (b) => {
      let seed = 7;
      for (let i = Math.floor(b.length * 0.66); i < b.length; i++) b[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
      return b;
    });
    const probe = await probeMedia(file);
    const error = await rejection(verifyDecodable(file, probe));
    expect(error.code).toBe('INPUT_CORRUPT');
    expect(error.message).toMatch(/nothing decodes near 4s of the 5(\.\d+)?s it claims/);
  });
});
