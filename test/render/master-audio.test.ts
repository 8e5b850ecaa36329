import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdir, readdir } from 'node:fs/promises';
import { checkLoudness, masterMix, remuxArgs, renderMix, replaceAudio, type LoudnessTarget } from '../../src/render/master-audio.js';
import { measureLoudness, measureLoudnessEbur128 } from '../../src/media/analyse.js';
import { probeMedia } from '../../src/media/probe.js';
import { VoiceoverError } from '../../src/core/errors.js';
import { avClip, make, tempDir } from '../media/generate.js';
import { lavfiArgs } from '../../src/media/args.js';
import { expectFaststart, videoPackets } from '../helpers/media.js';

const target: LoudnessTarget = { integrated: -16, truePeak: -1, tolerance: 0.5 };

describe('replaceAudio', () => {
  let dir = '';
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('remux'));
  });
  afterAll(() => cleanup());

  it('swaps the soundtrack with the video stream copied packet for packet, in place', async () => {
    const output = await avClip(join(dir, 'out.mp4'), 3);
    const before = await videoPackets(output);
    const quiet = await make(join(dir, 'quiet.wav'), [...lavfiArgs('sine=frequency=1000:sample_rate=48000:duration=3'), '-af', 'volume=0.05', '-c:a', 'pcm_f32le']);
    const work = join(dir, 'work');
    await mkdir(work);
    const loudness = await replaceAudio(output, quiet, { workDir: work, duration_s: 3 });
    expect(await videoPackets(output)).toEqual(before);
    await expectFaststart(output);
    const measured = await measureLoudness(output);
    expect(loudness.integrated_lufs).toBeCloseTo(measured.integrated_lufs, 1);
    // A 1 kHz sine at 0.05 on both channels: about −26 + 3 = −23 LUFS, far below the −18-ish tone avClip wrote.
    expect(measured.integrated_lufs).toBeLessThan(-20);
    const probe = await probeMedia(output);
    expect(probe.audio).toMatchObject({ codec: 'aac', sampleRate: 48000, channels: 2 });
    expect(await readdir(work)).toEqual([]); // the temporary remux is gone
  });

  it('copies the video and encodes AAC like the first render', () => {
    const args = remuxArgs('in.mp4', 'a.wav', 'out.mp4', 12.3456);
    expect(args).toEqual(expect.arrayContaining(['-c:v', 'copy', '-map', '0:v:0', '-map', '1:a:0', '+faststart']));
    expect(args.join(' ')).toContain('-c:a aac -aac_coder fast -b:a 192k -ar 48000 -ac 2 -t 12.346');
    expect(args).not.toContain('libx264');
  });
});

describe('checkLoudness', () => {
  const loud = (integrated_lufs: number, true_peak_dbtp: number) => ({ integrated_lufs, true_peak_dbtp, lra: 0 });
  it('accepts a master within ±0.5 LU under the ceiling, and silence', () => {
    expect(() => checkLoudness(loud(-16.45, -1.2), target, 'out.mp4')).not.toThrow();
    expect(() => checkLoudness(loud(-Infinity, -Infinity), target, 'out.mp4')).not.toThrow();
  });
  it('fails with OUTPUT_INVALID, saying what is off, when the level or the peak misses', () => {
    const error = (() => {
      try {
        checkLoudness(loud(-15.2, -0.4), target, 'out.mp4');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(VoiceoverError);
    expect(error).toMatchObject({ code: 'OUTPUT_INVALID' });
    expect((error as Error).message).toMatch(/out\.mp4: .*-15\.20 LUFS is 0\.80 LU off.*true peak -0\.40 dBTP/);
    expect(() => checkLoudness(loud(-16, -0.9), target, 'out.mp4')).toThrow(/true peak/);
  });
});

describe('renderMix + masterMix', () => {
  let dir = '';
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('master'));
  });
  afterAll(() => cleanup());

  // A mono float "narration": `expr` (an aevalsrc expression of t) sounding in three 1.5 s lines with silence between.
  const narration = (name: string, expr: string) =>
    make(join(dir, name), [...lavfiArgs(`aevalsrc='(${expr})*(between(t,1,2.5)+between(t,4,5.5)+between(t,7,8.5))':s=48000:d=10`), '-c:a', 'pcm_f32le']);
  async function mixAtTarget(name: string, expr: string) {
    const file = await narration(`${name}.wav`, expr);
    const level = await measureLoudness(file, { truePeak: false });
    const work = join(dir, name);
    await mkdir(work);
    const mix = await renderMix({ duration_s: 10, narration: { file, gain: 10 ** ((target.integrated - level.integrated_lufs) / 20) }, duckExpression: '1' }, work);
    return { mix, work };
  }

  it('takes a narration laid at the target whose peaks stay under the limiter\'s ceiling as the master itself: no pass', async () => {
    // A sine has a crest of 3 dB: at −16 LUFS it peaks near −14 dBTP.
    const { mix, work } = await mixAtTarget('gentle', '0.1*sin(2*PI*440*t)');
    expect(Math.abs(mix.loudness.integrated_lufs - target.integrated)).toBeLessThan(0.1);
    const master = await masterMix(mix, work, target);
    expect(master).toMatchObject({ file: mix.file, passes: 0, gain_db: 0 });
    const reference = await measureLoudnessEbur128(master.file);
    expect(Math.abs(reference.integrated_lufs - target.integrated)).toBeLessThanOrEqual(0.15);
    expect(reference.true_peak_dbtp).toBeLessThan(target.truePeak - 1);
  });

  it('limits a narration whose peaks would pass the ceiling, and corrects the gain the limiter shaved', async () => {
    // Short bursts twice a second over a tone: peaks ~14 dB over the tone's crest.
    const { mix, work } = await mixAtTarget('peaky', '0.1*sin(2*PI*440*t)+0.5*sin(2*PI*3000*t)*lt(mod(t,0.5),0.003)');
    expect(mix.loudness.true_peak_dbtp).toBeGreaterThan(target.truePeak);
    const master = await masterMix(mix, work, target);
    expect(master.passes).toBeGreaterThanOrEqual(1);
    expect(master.file).not.toBe(mix.file);
    const reference = await measureLoudnessEbur128(master.file);
    expect(Math.abs(reference.integrated_lufs - target.integrated)).toBeLessThanOrEqual(0.15);
    expect(reference.true_peak_dbtp).toBeLessThanOrEqual(target.truePeak - 0.2);
  });
});
