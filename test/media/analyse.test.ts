import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lavfiArgs } from '../../src/media/args.js';
import { detectSceneCuts, detectSilences, detectSpeechOnsets, measureLoudness } from '../../src/media/analyse.js';
import { ffmpegCapabilities } from '../../src/media/capabilities.js';
import { resolveFfmpeg } from '../../src/media/locate.js';
import { colourCut, make, tempDir, toneWav } from './generate.js';

let dir: string;
let cleanup: () => Promise<void>;
const files: Record<string, string> = {};

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('analyse'));
  const at = (name: string): string => join(dir, name);
  // A 1 kHz mono sine of peak 0.1 (-20 dBFS) measures -23.0 LUFS: 20·log10(0.1) - 3.01 + K-weighting at 1 kHz (≈ 0).
  files.tone = await toneWav(at('tone.wav'), 5, '1');
  // Sound only between 1 s and 2 s of 4 s.
  files.middle = await toneWav(at('middle.wav'), 4, 'between(t,1,2)');
  // Sound, 2 s of silence, sound again.
  files.gap = await toneWav(at('gap.wav'), 4, 'not(between(t,1,3))');
  // A 0.2 s pause inside 2 s of sound.
  files.short = await toneWav(at('short-pause.wav'), 2, 'not(between(t,1,1.2))');
  files.silent = await make(at('silent.wav'), [...lavfiArgs('anullsrc=sample_rate=48000:channel_layout=mono'), '-t', '2']);
  // Video first, then the same -23 LUFS tone between 1 and 2 s, as AAC in MP4.
  files.video = await make(at('video.mp4'), [
    ...lavfiArgs('testsrc2=size=160x120:rate=25:duration=4'), '-i', files.middle,
    '-map', '0:v', '-map', '1:a', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '128k',
  ]);
  files.cut = await colourCut(at('cut.mp4'), 'red', 'blue', 2, 4);
  files.still = await colourCut(at('still.mp4'), 'gray', 'gray', 2, 4);
}, 60_000);
afterAll(() => cleanup());

describe('measureLoudness', () => {
  it('measures a -23 LUFS tone within 0.2 LU, its -20 dBTP peak and no loudness range', async () => {
    const loudness = await measureLoudness(files.tone!);
    expect(Math.abs(loudness.integrated_lufs - -23)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(loudness.true_peak_dbtp - -20)).toBeLessThanOrEqual(0.2);
    expect(loudness.lra).toBeLessThanOrEqual(0.5);
  });

  it('finds the audio stream behind a video stream', async () => {
    const [inVideo, source] = await Promise.all([measureLoudness(files.video!), measureLoudness(files.middle!)]);
    // Same tone as the WAV it was muxed from, give or take what AAC changes.
    expect(Math.abs(inVideo.integrated_lufs - source.integrated_lufs)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(inVideo.true_peak_dbtp - source.true_peak_dbtp)).toBeLessThanOrEqual(0.5);
  });

  it('reports digital silence as -Infinity', async () => {
    expect(await measureLoudness(files.silent!)).toEqual({ integrated_lufs: -Infinity, true_peak_dbtp: -Infinity, lra: 0 });
  });

  it('fails with FFMPEG_FAILED when the file has no audio', async () => {
    await expect(measureLoudness(files.cut!)).rejects.toMatchObject({ code: 'FFMPEG_FAILED' });
  });
});

describe('detectSilences and detectSpeechOnsets', () => {
  it('finds the silences around a tone between 1 s and 2 s', async () => {
    const silences = await detectSilences(files.middle!);
    expect(silences).toHaveLength(2);
    expect(silences[0]?.start_s).toBeCloseTo(0, 1);
    expect(silences[0]?.end_s).toBeCloseTo(1, 1);
    expect(silences[1]?.start_s).toBeCloseTo(2, 1);
    expect(silences[1]?.end_s).toBeCloseTo(4, 1);
    const onsets = await detectSpeechOnsets(files.middle!);
    expect(onsets).toHaveLength(1);
    expect(onsets[0]).toBeCloseTo(1, 1);
  });

  it('counts sound at the very start as an onset at 0', async () => {
    const onsets = await detectSpeechOnsets(files.gap!);
    expect(onsets).toHaveLength(2);
    expect(onsets[0]).toBe(0);
    expect(onsets[1]).toBeCloseTo(3, 1);
  });

  it('ignores pauses shorter than min_s and honours a smaller one', async () => {
    expect(await detectSilences(files.short!)).toEqual([]);
    const silences = await detectSilences(files.short!, { min_s: 0.1 });
    expect(silences).toHaveLength(1);
    expect(silences[0]?.start_s).toBeCloseTo(1, 1);
    expect(silences[0]?.end_s).toBeCloseTo(1.2, 1);
  });

  it('honours noise_db: a -20 dBFS tone is "silence" under a -10 dB threshold', async () => {
    const silences = await detectSilences(files.tone!, { noise_db: -10 });
    expect(silences).toHaveLength(1);
    expect(silences[0]?.start_s).toBe(0);
    expect(silences[0]?.end_s).toBeCloseTo(5, 1);
  });

  it('reads the audio of a video file', async () => {
    const onsets = await detectSpeechOnsets(files.video!);
    expect(onsets).toHaveLength(1);
    expect(onsets[0]).toBeCloseTo(1, 1);
  });
});

describe('detectSceneCuts', () => {
  // The suite runs Debian's ffmpeg 5.1, which has scdet; both methods are tested whatever 'auto' picks.
  const methods = ['auto', 'scdet', 'select'] as const;

  it('runs on an ffmpeg with scdet (the system ffmpeg: apt-get install ffmpeg)', async () => {
    const { filters } = await ffmpegCapabilities(resolveFfmpeg().ffmpeg);
    expect(filters.has('scdet'), `${resolveFfmpeg().ffmpeg} has no scdet: the test suite needs the system ffmpeg (apt-get install ffmpeg)`).toBe(true);
  });

  it.each(methods)('finds the hard cut from red to blue at 2.0 s (%s)', async (method) => {
    const cuts = await detectSceneCuts(files.cut!, { method });
    expect(cuts).toHaveLength(1);
    expect(cuts[0]).toBeCloseTo(2, 2);
  });

  it.each(methods)('finds no cut in a still picture (%s)', async (method) => {
    expect(await detectSceneCuts(files.still!, { method })).toEqual([]);
  });

  it('respects the threshold', async () => {
    expect(await detectSceneCuts(files.cut!, { threshold: 1 })).toEqual([]);
  });
});
