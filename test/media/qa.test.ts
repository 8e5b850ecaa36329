// The delivered-file QA pass on files made with ffmpeg whose sound is where we put it, not where a plan says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { measureLoudness, measureLoudnessEbur128 } from '../../src/media/analyse.js';
import { measureDelivered } from '../../src/media/qa.js';
import { createPcmMeter } from '../../src/media/qa-pcm.js';
import { runFfmpeg } from '../../src/media/run.js';
import { make, tempDir } from './generate.js';

// Three 1 s bursts of a 1 kHz tone sounding at `at` (seconds), in an H.264 + AAC MP4 of 8 s.
function bursts(output: string, at: readonly number[], amp = 0.3): Promise<string> {
  const on = at.map((t) => `between(t,${t},${t + 1})`).join('+') || '0';
  return make(output, [
    '-f', 'lavfi', '-i', 'color=black:s=160x120:r=25:d=8',
    '-f', 'lavfi', '-i', `aevalsrc='${amp}*sin(2*PI*1000*t)*(${on})|${amp}*sin(2*PI*1000*t)*(${on})':s=48000:d=8`,
    '-map', '0:v', '-map', '1:a', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '192k',
  ]);
}

const PLANNED = [1, 3, 5].map((s) => ({ start_s: s, end_s: s + 1 }));

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('qa'));
});
afterAll(() => cleanup());

describe('measureDelivered', () => {
  it('reads each line where its sound is: a file 200 ms later than the plan reads ≈ +200 ms, every line off', async () => {
    const late = await bursts(join(dir, 'late.mp4'), [1.2, 3.2, 5.2]);
    const { qa, onsets } = await measureDelivered(late, PLANNED);
    for (const [i, onset] of onsets.entries()) expect(Math.abs(onset! - (PLANNED[i]!.start_s + 0.2))).toBeLessThan(0.005);
    expect(Math.abs(qa.onset_error_ms!.max - 200)).toBeLessThanOrEqual(5);
    expect(Math.abs(qa.onset_error_ms!.mean - 200)).toBeLessThanOrEqual(5);
    expect(qa.lines_off).toBe(3);
  });

  it('signs the error (early is negative) and counts only the lines past 40 ms as off', async () => {
    const mixed = await bursts(join(dir, 'mixed.mp4'), [0.9, 3.01, 5]);
    const { qa, onsets } = await measureDelivered(mixed, PLANNED);
    expect(onsets.map((o) => Math.round(o! * 100) / 100)).toEqual([0.9, 3.01, 5]);
    expect(Math.abs(qa.onset_error_ms!.max - -100)).toBeLessThanOrEqual(5);
    expect(qa.lines_off).toBe(1);
  });

  it('a line with no sound near its planned start is not found and counts as off', async () => {
    const two = await bursts(join(dir, 'two.mp4'), [1, 3]);
    const { qa, onsets } = await measureDelivered(two, PLANNED);
    expect(onsets[2]).toBeNull();
    expect(Math.abs(qa.onset_error_ms!.max)).toBeLessThanOrEqual(5);
    expect(qa.lines_off).toBe(1);
  });

  it('gives the loudness and true peak ebur128 gives, and no onset figures without line times', async () => {
    const file = await bursts(join(dir, 'level.mp4'), [1, 3, 5]);
    const [{ qa, loudness }, ours, reference] = await Promise.all([measureDelivered(file, []), measureLoudness(file), measureLoudnessEbur128(file)]);
    // The same meter as measureLoudness (up to sums grouped by the pipe's chunks), within 0.1 of ffmpeg's ebur128.
    expect(loudness.integrated_lufs).toBeCloseTo(ours.integrated_lufs, 6);
    expect(loudness.true_peak_dbtp).toBe(ours.true_peak_dbtp);
    expect(Math.abs(loudness.integrated_lufs - reference.integrated_lufs)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(loudness.true_peak_dbtp - reference.true_peak_dbtp)).toBeLessThanOrEqual(0.1);
    expect(qa.integrated_lufs).toBe(Math.round(loudness.integrated_lufs * 100) / 100);
    expect(qa.true_peak_dbtp).toBe(Math.round(loudness.true_peak_dbtp * 100) / 100);
    expect(qa.onset_error_ms).toBeNull();
    expect(qa.lines_off).toBeNull();
    expect(qa.clipped_samples).toBe(0);
  });

  it('counts samples at full scale: exactly the half second of a ±1 square wave in a float WAV, both channels', async () => {
    const square = `if(lt(mod(t,0.002),0.001),1,-1)*between(t,1,1.5-1/96000)`;
    const wav = await make(join(dir, 'square.wav'), [
      '-f', 'lavfi', '-i', `aevalsrc='${square}|${square}':s=48000:d=3`, '-c:a', 'pcm_f32le',
    ]);
    const { qa } = await measureDelivered(wav, [{ start_s: 1, end_s: 1.5 }]);
    expect(qa.clipped_samples).toBe(2 * 24_000);
  });

  it('counts the decoded AAC overshoot of a tone driven past full scale as clipped', async () => {
    const loud = await bursts(join(dir, 'clipped.mp4'), [1], 1.5);
    const { qa } = await measureDelivered(loud, [{ start_s: 1, end_s: 2 }]);
    expect(qa.clipped_samples).toBeGreaterThan(0);
    expect(qa.true_peak_dbtp).toBeGreaterThan(0);
  });

  it('a silent file has null loudness figures and its lines are not found', async () => {
    const silent = await bursts(join(dir, 'silent.mp4'), [], 0);
    const { qa } = await measureDelivered(silent, PLANNED);
    expect(qa).toEqual({ onset_error_ms: null, lines_off: 3, integrated_lufs: null, true_peak_dbtp: null, clipped_samples: 0 });
  });
});

describe('runFfmpeg with a binary stdout consumer', () => {
  it('hands over the raw bytes, and a consumer that throws stops ffmpeg: the run rejects with that error as its cause', async () => {
    const args = ['-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=mono:d=1', '-f', 'f32le', 'pipe:1'];
    let bytes = 0;
    const { stdout } = await runFfmpeg(args, { onStdoutData: (chunk) => (bytes += chunk.length) });
    expect(stdout).toBe('');
    expect(bytes).toBe(48_000 * 4);
    const refusal = new Error('meter full');
    const failed = await runFfmpeg([...args.slice(0, 4).map((a) => a.replace('d=1', 'd=600')), ...args.slice(4)], {
      onStdoutData: () => {
        throw refusal;
      },
    }).then(() => undefined, (e: unknown) => e as Error & { cause?: unknown });
    expect(failed).toBeInstanceOf(Error);
    expect(failed?.cause).toBe(refusal);
  });
});

describe('createPcmMeter', () => {
  // Interleaved stereo: left a 4 kHz tone at 0.5, right a 100 Hz tone at 1 (full scale at its crests).
  const tones = (frames: number): Float32Array => Float32Array.from({ length: 2 * frames }, (_, i) => {
    const t = Math.floor(i / 2) / 48_000;
    return i % 2 ? Math.sin(2 * Math.PI * 100 * t + Math.PI / 2) : 0.5 * Math.sin(2 * Math.PI * 4000 * t);
  });

  it('takes frames split across chunks at any sample, and counts every full-scale sample', () => {
    const samples = tones(4800);
    const meter = createPcmMeter(48_000, 2);
    for (let at = 0; at < samples.length; at += 7) meter.pushSamples(samples.subarray(at, Math.min(samples.length, at + 7)));
    const pcm = meter.finish();
    expect(pcm.frames).toBe(4800);
    expect(pcm.bins.length).toBe(100);
    // The 100 Hz crest (sin = 1 at t = k/100 s) is and trough (−1) are each sampled exactly once per period: 10 periods.
    expect(pcm.clipped).toBe(20);
  });

  it('takes the envelope through the high-pass: a 4 kHz tone passes, a 100 Hz hum is 40 dB down', () => {
    const meter = createPcmMeter(48_000, 2);
    meter.pushSamples(tones(48_000));
    const { bins } = meter.finish();
    const steady = bins.subarray(100);
    const mean = steady.reduce((s, x) => s + x, 0) / steady.length;
    // Mean square over both channels: (0.5² / 2 + 1² / 2 × 10^-4) / 2 for a second-order high-pass at 1 kHz.
    expect(10 * Math.log10(mean)).toBeCloseTo(10 * Math.log10(0.0625), 0);
  });
});
