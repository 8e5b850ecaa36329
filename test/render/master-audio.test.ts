import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdir, readdir } from 'node:fs/promises';
import { checkLoudness, remuxArgs, replaceAudio, type LoudnessTarget } from '../../src/render/master-audio.js';
import { measureLoudness } from '../../src/media/analyse.js';
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
