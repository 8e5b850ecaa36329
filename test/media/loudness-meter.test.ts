// The JS loudness meter against ffmpeg's own ebur128 on real signals: speech with silences (narration),
// a tone, digital silence, pink noise, a music-like mix, a tone near Nyquist, 5.1 and a short 8 kHz file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureLoudness, measureLoudnessEbur128 } from '../../src/media/analyse.js';
import { channelWeights, createLoudnessMeter } from '../../src/media/loudness-meter.js';
import { createWavReader } from '../../src/media/pcm-stream.js';
import { synthesizeClip } from '../../src/tts/synthesize.js';
import { encodeWav } from '../../src/tts/wav.js';
import { make, tempDir } from './generate.js';

let dir = '';
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('meter'));
});
afterAll(() => cleanup());

const lavfi = (source: string, extra: string[] = []): string[] => ['-f', 'lavfi', '-i', source, ...extra];

/** Narration as the pipeline lays it: lines of real speech at their times, digital silence between (where ebur128 slows down). */
async function narration(file: string): Promise<string> {
  const lines = ['Welcome to the new dashboard.', 'Every project shows its latest build here.', 'Thanks for watching.'];
  const clips = await Promise.all(lines.map((text) => synthesizeClip({ text, voice: 'slt' }, { cacheDir: join(dir, 'cache') })));
  const rate = clips[0]!.sampleRate;
  const track = new Float32Array(rate * 20);
  clips.forEach((clip, i) => track.set(clip.samples.subarray(0, Math.min(clip.samples.length, rate * 5)), rate * (1 + 6 * i)));
  const mono = join(dir, 'narration-mono.wav');
  await writeFile(mono, encodeWav({ samples: track, sampleRate: rate }));
  // As the mix writes it: 48 kHz stereo float, 6 dB up so the peaks come near full scale.
  return make(file, ['-i', mono, '-af', 'volume=6dB,aresample=48000', '-ac', '2', '-c:a', 'pcm_f32le']);
}

describe('measureLoudness (decode + JS meter)', () => {
  it('agrees with ffmpeg ebur128 within 0.1 LU and 0.1 dB true peak on speech, tone, silence, noise, music-like, HF, 5.1 and AAC', async () => {
    const files = {
      narration: await narration(join(dir, 'narration.wav')),
      tone: await make(join(dir, 'tone.wav'), lavfi('sine=f=997:r=48000:d=8', ['-af', 'volume=0.5'])),
      silence: await make(join(dir, 'silence.wav'), lavfi('anullsrc=r=48000:cl=stereo:d=5')),
      pink: await make(join(dir, 'pink.wav'), lavfi('anoisesrc=c=pink:r=44100:a=0.3:d=10:seed=3', ['-ac', '2'])),
      music: await make(join(dir, 'music.wav'), lavfi(
        "aevalsrc='0.3*sin(2*PI*220*t)*(0.5+0.5*sin(2*PI*0.5*t))+0.2*sin(2*PI*3520*t+sin(2*PI*5*t))|0.25*sin(2*PI*330*t)*gt(sin(2*PI*0.3*t),0)':s=48000:d=12",
      )),
      hf: await make(join(dir, 'hf.wav'), ['-f', 'lavfi', '-i', 'sine=f=1000:r=48000:d=5', '-f', 'lavfi', '-i', 'sine=f=19000:r=48000:d=5',
        '-filter_complex', '[0][1]amix=inputs=2:normalize=0,volume=0.6']),
      surround: await make(join(dir, 'surround.wav'), lavfi('anoisesrc=c=white:r=48000:a=0.1:d=6:seed=2', ['-af', 'pan=5.1|FL=c0|FR=c0|FC=c0|LFE=c0|BL=c0|BR=c0'])),
      aac: await make(join(dir, 'narration.m4a'), ['-i', join(dir, 'narration.wav'), '-c:a', 'aac', '-b:a', '192k']),
    };
    for (const [name, file] of Object.entries(files)) {
      const [ours, ffmpeg] = await Promise.all([measureLoudness(file), measureLoudnessEbur128(file)]);
      const what = `${name}: ours ${JSON.stringify(ours)} ffmpeg ${JSON.stringify(ffmpeg)}`;
      if (Number.isFinite(ffmpeg.integrated_lufs)) expect(Math.abs(ours.integrated_lufs - ffmpeg.integrated_lufs), what).toBeLessThanOrEqual(0.1);
      else expect(ours.integrated_lufs, what).toBe(-Infinity);
      if (Number.isFinite(ffmpeg.true_peak_dbtp)) expect(Math.abs(ours.true_peak_dbtp - ffmpeg.true_peak_dbtp), what).toBeLessThanOrEqual(0.1);
      else expect(ours.true_peak_dbtp, what).toBe(-Infinity);
      expect(Math.abs(ours.lra - ffmpeg.lra), what).toBeLessThanOrEqual(0.2);
    }
  });

  it('without truePeak reads the same loudness and an unknown (-Infinity) peak', async () => {
    const file = await make(join(dir, 'tone2.wav'), lavfi("aevalsrc='0.9*sin(2*PI*440*t)':s=48000:d=3"));
    const [withPeak, without] = await Promise.all([measureLoudness(file), measureLoudness(file, { truePeak: false })]);
    expect(without.integrated_lufs).toBeCloseTo(withPeak.integrated_lufs, 9); // sums grouped by the pipe's chunks
    expect(without.true_peak_dbtp).toBe(-Infinity);
    expect(Math.abs(withPeak.true_peak_dbtp - 20 * Math.log10(0.9))).toBeLessThan(0.01); // a 440 Hz sine peaks between no samples by much
  });
});

describe('createLoudnessMeter', () => {
  it('reads the same whatever the chunking (one frame at a time, odd sizes, all at once)', async () => {
    const file = await make(join(dir, 'chunks.wav'), [...lavfi("aevalsrc='0.4*sin(2*PI*300*t)*lt(mod(t,2),1)|0.2*sin(2*PI*5000*t)':s=48000:d=6"), '-c:a', 'pcm_f32le']);
    const bytes = new Uint8Array(await readFile(file));
    let samples = new Float32Array(0);
    let channels = 0;
    createWavReader((f) => (channels = f.channels), (s) => (samples = Float32Array.from([...samples, ...s]))).push(bytes);
    const measure = (sizes: (i: number) => number) => {
      const meter = createLoudnessMeter({ sampleRate: 48000, channels });
      for (let at = 0, i = 0; at < samples.length / channels; i++) {
        const n = sizes(i);
        meter.push(samples.subarray(at * channels, (at + n) * channels));
        at += n;
      }
      return meter.finish();
    };
    const whole = measure(() => samples.length);
    for (const chunked of [measure(() => 1), measure((i) => [7, 4800, 333, 64, 65][i % 5]!)]) {
      // The same up to the rounding of sums grouped differently.
      expect(chunked.integrated_lufs).toBeCloseTo(whole.integrated_lufs, 9);
      expect(chunked.lra).toBeCloseTo(whole.lra, 9);
      expect(chunked.true_peak_dbtp).toBe(whole.true_peak_dbtp);
    }
    expect(whole.integrated_lufs).toBeGreaterThan(-20);
  });

  it('weighs channels as BS.1770 does: LFE left out, surround at 1.41, unknown layouts at 1', () => {
    expect(channelWeights(0x3f, 6)).toEqual([1, 1, 1, 0, 1.41, 1.41]); // 5.1: FL FR FC LFE BL BR
    expect(channelWeights(0x60f, 6)).toEqual([1, 1, 1, 0, 1.41, 1.41]); // 5.1(side)
    expect(channelWeights(0, 2)).toEqual([1, 1]);
  });
});

describe('createWavReader', () => {
  it('reads ffmpeg\'s streamed float WAV fed a few bytes at a time: its format, then exactly the samples of a raw decode', async () => {
    const source = await make(join(dir, 'stereo.wav'), lavfi("aevalsrc='sin(2*PI*440*t)|0.5*sin(2*PI*660*t)':s=44100:d=1"));
    const wav = await make(join(dir, 'piped.wav'), ['-i', source, '-c:a', 'pcm_f32le', '-f', 'wav']);
    const raw = await make(join(dir, 'raw.f32'), ['-i', source, '-c:a', 'pcm_f32le', '-f', 'f32le']);
    const bytes = new Uint8Array(await readFile(wav));
    const formats: unknown[] = [];
    const read: number[] = [];
    const reader = createWavReader((f) => formats.push(f), (s) => {
      expect(s.length % 2).toBe(0); // whole frames only
      read.push(...s);
    });
    for (let at = 0, step = 1; at < bytes.length; at += step, step = (step % 7) + 1) reader.push(bytes.subarray(at, at + step));
    expect(formats).toEqual([{ sampleRate: 44100, channels: 2, channelMask: 3 }]);
    const expected = new Float32Array(new Uint8Array(await readFile(raw)).buffer);
    expect(read.length).toBe(expected.length);
    expect(Float32Array.from(read)).toEqual(expected);
  });

  it('refuses what is not a 32-bit float WAV', async () => {
    const s16 = await make(join(dir, 's16.wav'), lavfi('sine=f=440:r=8000:d=0.1', ['-c:a', 'pcm_s16le']));
    const bytes = new Uint8Array(await readFile(s16));
    const reader = createWavReader(() => undefined, () => undefined);
    expect(() => reader.push(new Uint8Array(Buffer.from('not a wav at all')))).toThrow(/WAV header/);
    expect(() => createWavReader(() => undefined, () => undefined).push(bytes)).toThrow(/32-bit float/);
  });
});
