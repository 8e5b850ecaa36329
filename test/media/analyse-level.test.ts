import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipLoudness } from '../../src/media/analyse-level.js';
import { measureLoudnessEbur128 } from '../../src/media/analyse.js';
import { levelClip } from '../../src/render/narration.js';
import { synthesizeClip } from '../../src/tts/synthesize.js';
import { encodeWav } from '../../src/tts/wav.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'voiceover-level-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const TEXT = 'Create a project in one click, then invite your whole team to it.';

describe('clipLoudness', () => {
  it('agrees with ffmpeg ebur128 on real speech in two voices (within 0.5 LU)', async () => {
    for (const voice of ['slt', 'rms']) {
      const clip = await synthesizeClip({ text: TEXT, voice }, { cacheDir: dir });
      const file = join(dir, `${voice}.wav`);
      await writeFile(file, encodeWav({ samples: clip.samples, sampleRate: clip.sampleRate }));
      const ours = clipLoudness(clip.samples, clip.sampleRate);
      const ffmpeg = await measureLoudnessEbur128(file, { truePeak: false });
      expect(Math.abs(ours - ffmpeg.integrated_lufs), `${voice}: ${ours} vs ${ffmpeg.integrated_lufs}`).toBeLessThan(0.5);
    }
  });

  it('reads a 1 kHz sine at 48 kHz and 16 kHz the same (K-weighting follows the rate), silence as -Infinity', () => {
    const sine = (rate: number) => Float32Array.from({ length: rate * 2 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 1000 * i) / rate));
    const a = clipLoudness(sine(48000), 48000);
    const b = clipLoudness(sine(16000), 16000);
    // A full-scale 1 kHz sine on one channel reads about −3.01 LUFS; at half amplitude −9.03.
    expect(a).toBeCloseTo(-9.03, 0);
    expect(Math.abs(a - b)).toBeLessThan(0.1);
    expect(clipLoudness(new Float32Array(16000), 16000)).toBe(-Infinity);
    expect(clipLoudness(new Float32Array(0), 16000)).toBe(-Infinity);
  });
});

describe('levelClip', () => {
  it('brings voices several dB apart to the same level', async () => {
    const levels: { voice: string; before: number; after: number }[] = [];
    for (const voice of ['slt', 'rms', 'awb', 'kal']) {
      const clip = await synthesizeClip({ text: TEXT, voice }, { cacheDir: dir });
      const before = clipLoudness(clip.samples, clip.sampleRate);
      const levelled = levelClip({ start_s: 0, samples: clip.samples, sampleRate: clip.sampleRate });
      levels.push({ voice, before, after: clipLoudness(levelled.samples, levelled.sampleRate) });
    }
    const spread = (k: 'before' | 'after') => Math.max(...levels.map((l) => l[k])) - Math.min(...levels.map((l) => l[k]));
    expect(spread('before'), JSON.stringify(levels)).toBeGreaterThan(2);
    expect(spread('after'), JSON.stringify(levels)).toBeLessThan(0.1);
    for (const l of levels) expect(l.after).toBeCloseTo(-23, 1);
  });
});
