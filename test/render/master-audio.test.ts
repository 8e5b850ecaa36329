import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { checkLoudness, masterMix, narrationAsMix, remuxArgs, renderMix, replaceAudio, type LoudnessTarget } from '../../src/render/master-audio.js';
import { renderVideo } from '../../src/render/render-video.js';
import { measureLoudness, measureLoudnessEbur128 } from '../../src/media/analyse.js';
import { probeMedia } from '../../src/media/probe.js';
import { decodePcm } from '../../src/media/pcm-stream.js';
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

  it('takes a narration with nothing under it as its own mix: the same figures as the mix pass, the gain applied as it is encoded', async () => {
    // 16 kHz, as Flite speaks: ffmpeg resamples it once, in the mix pass before, in the encode now.
    const file = await make(join(dir, 'alone.wav'), [...lavfiArgs(`aevalsrc='0.1*sin(2*PI*440*t)*(between(t,1,2.5)+between(t,4,5.5))':s=16000:d=8`), '-c:a', 'pcm_f32le']);
    const speech = await measureLoudness(file);
    const alone = narrationAsMix(file, speech, target);
    expect(alone.file).toBe(file);
    expect(alone.pending_db).toBeCloseTo(target.integrated - speech.integrated_lufs, 6);
    const work = join(dir, 'alone');
    await mkdir(work);
    const passed = await renderMix({ duration_s: 8, narration: { file, gain: 10 ** (alone.pending_db! / 20) }, duckExpression: '1' }, work);
    // The figures the mix pass measures, without the pass: loudness equal, true peak 3 dB under the mono one.
    expect(Math.abs(alone.loudness.integrated_lufs - passed.loudness.integrated_lufs)).toBeLessThan(0.02);
    expect(Math.abs(alone.loudness.true_peak_dbtp - passed.loudness.true_peak_dbtp)).toBeLessThan(0.1);
    const master = await masterMix(alone, work, target);
    expect(master).toMatchObject({ file, passes: 0, pending_db: alone.pending_db });
    const video = await make(join(dir, 'alone.mp4'), [...lavfiArgs('testsrc2=size=320x240:rate=25:duration=8'), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p']);
    const output = join(dir, 'alone-out.mp4');
    await renderVideo({ input: { file: video, kind: 'video', probe: await probeMedia(video) }, audio: master.file, audioGain_db: master.pending_db, output, duration_s: 8, extend_s: 0,
      settings: { resolution: 'keep', aspect: 'keep', quality: 'high' } });
    const delivered = await measureLoudnessEbur128(output);
    expect(Math.abs(delivered.integrated_lufs - target.integrated)).toBeLessThanOrEqual(0.15);
    expect(Math.abs(delivered.true_peak_dbtp - alone.loudness.true_peak_dbtp)).toBeLessThan(0.5); // AAC moves peaks a little
    expect((await probeMedia(output)).audio).toMatchObject({ channels: 2, sampleRate: 48000 });
  });

  it('masters a narration standing in for the mix with its pending gain when its peaks need the limiter', async () => {
    const file = await make(join(dir, 'alone-peaky.wav'), [...lavfiArgs(`aevalsrc='(0.1*sin(2*PI*440*t)+0.5*sin(2*PI*3000*t)*lt(mod(t,0.5),0.003))*between(t,1,7)':s=16000:d=8`), '-c:a', 'pcm_f32le']);
    const alone = narrationAsMix(file, await measureLoudness(file), target);
    expect(alone.loudness.true_peak_dbtp).toBeGreaterThan(target.truePeak - 1);
    const work = join(dir, 'alone-peaky');
    await mkdir(work);
    const master = await masterMix(alone, work, target);
    expect(master.passes).toBeGreaterThanOrEqual(1);
    expect(master.pending_db).toBeUndefined();
    const reference = await measureLoudnessEbur128(master.file);
    expect(Math.abs(reference.integrated_lufs - target.integrated)).toBeLessThanOrEqual(0.15);
    expect(reference.true_peak_dbtp).toBeLessThanOrEqual(target.truePeak - 0.2);
    expect((await probeMedia(master.file)).audio).toMatchObject({ channels: 2, sampleRate: 48000 });
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

describe('renderMix: the original plays by its timestamps', () => {
  let dir = '';
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('mix-timed'));
  });
  afterAll(() => cleanup());

  // A 1 kHz burst of 100 ms at `at` s (sample-exact, peak 0.5) in an AAC file of `seconds`.
  const burst = (file: string, seconds: number, at: number) =>
    make(join(dir, file), [...lavfiArgs(`aevalsrc='0.5*sin(2*PI*1000*t)*between(t,${at},${at + 0.1})':s=48000:d=${seconds}`), '-c:a', 'aac']);

  /** Where each burst starts in the mix (seconds): the first 1 ms block over 0.1 after one under 0.01. */
  async function burstsIn(original: string, duration_s: number): Promise<number[]> {
    const work = join(dir, `work-${original.replace(/\W/g, '')}`);
    await mkdir(work);
    const silence = await make(join(work, 'narration.wav'), [...lavfiArgs(`anullsrc=r=48000:cl=mono:d=${duration_s}`), '-c:a', 'pcm_f32le']);
    const mix = await renderMix({ duration_s, original: { file: join(dir, original), gain: 1 }, narration: { file: silence, gain: 1 }, duckExpression: '1' }, work);
    const samples: number[] = [];
    let channels = 1;
    await decodePcm(mix.file, (f) => (channels = f.channels), (chunk) => {
      for (let i = 0; i < chunk.length; i += channels) samples.push(Math.abs(chunk[i]!));
    });
    const starts: number[] = [];
    let on = false;
    for (let i = 0; i < samples.length; i += 48) {
      const peak = Math.max(...samples.slice(i, i + 48));
      if (!on && peak > 0.1) (on = true, starts.push(i / 48000));
      else if (on && peak < 0.01) on = false;
    }
    return starts;
  }

  it('puts a soundtrack that starts after the picture where its timestamps say, not at 0', async () => {
    await burst('late-audio.m4a', 3, 1);
    // The picture starts at 0, the sound 0.5 s later (as screen recorders often write it).
    await make(join(dir, 'late.mp4'), [...lavfiArgs('color=c=gray:s=64x64:r=30:d=4'), '-itsoffset', '0.5', '-i', join(dir, 'late-audio.m4a'),
      '-map', '0:v', '-map', '1:a', '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'copy']);
    const starts = await burstsIn('late.mp4', 4);
    expect(starts).toHaveLength(1);
    // The burst sits 1.0 s into the audio, which starts at 0.5 s.
    expect(Math.abs(starts[0]! - 1.5)).toBeLessThan(0.015); // sample after sample it came 0.48 s early
  });

  it('keeps a soundtrack stitched from AAC segments in place: no drift of a priming per joint', async () => {
    await burst('segment.m4a', 1, 0.5);
    await writeFile(join(dir, 'segments.txt'), Array.from({ length: 8 }, () => "file 'segment.m4a'\n").join(''));
    // The concat demuxer copies each segment's priming samples: 1024 more samples than the timestamps allow, per joint.
    await make(join(dir, 'stitched.m4a'), ['-f', 'concat', '-safe', '0', '-i', join(dir, 'segments.txt'), '-c', 'copy']);
    const starts = await burstsIn('stitched.m4a', 8);
    expect(starts).toHaveLength(8);
    // One second apart, as the timestamps have them (the first segment's own priming sits at 0, so all are 21 ms in);
    // sample after sample, each joint added 21 ms and the 8th burst came 0.15 s late.
    starts.forEach((start, k) => expect(Math.abs(start - starts[0]! - k)).toBeLessThan(0.01));
  });
});
