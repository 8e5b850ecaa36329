import { describe, expect, it } from 'vitest';
import { duckAmount, duckSpans, duckVolumeExpression } from '../../src/render/envelope.js';
import { outputSize } from '../../src/render/geometry.js';
import { decideVideo, holdFilter, usableHolds, videoArgs, type VideoJob } from '../../src/render/video-args.js';
import { captionText } from '../../src/render/captions.js';
import { audioHoldChains, mixArgs, masterArgs } from '../../src/render/audio-args.js';
import type { ProbeResult } from '../../src/media/types.js';

const probe = (over: Partial<NonNullable<ProbeResult['video']>> = {}): ProbeResult => ({
  file: 'in.mp4',
  formatName: 'mov,mp4,m4a,3gp,3g2,mj2',
  duration: 20,
  sizeBytes: 1000,
  video: { codec: 'h264', width: 1920, height: 1080, displayWidth: 1920, displayHeight: 1080, rotation: 0, pixFmt: 'yuv420p', fps: 30, fpsFraction: '30/1', isImage: false, ...over },
  audio: { codec: 'aac', sampleRate: 48000, channels: 2 },
});

const job = (over: Partial<VideoJob> = {}): VideoJob => ({
  input: 'in.mp4', kind: 'video', probe: probe(), audio: 'master.wav', output: 'out.mp4', duration_s: 20, extend_s: 0,
  resolution: '1080p', aspect: 'keep', quality: 'high', ...over,
});

describe('duck envelope', () => {
  const spans = duckSpans([{ start_s: 2, end_s: 4 }, { start_s: 4.2, end_s: 5 }, { start_s: 10, end_s: 11 }]);
  it('merges lines whose ramps touch', () => {
    expect(spans).toEqual([{ start_s: 2, end_s: 5 }, { start_s: 10, end_s: 11 }]);
  });
  it('is fully ducked during speech, open between, ramped around', () => {
    expect(duckAmount(3, spans)).toBe(1);
    expect(duckAmount(7.5, spans)).toBe(0);
    expect(duckAmount(2 - 0.075, spans)).toBeCloseTo(0.5, 5);
    expect(duckAmount(5 + 0.15, spans)).toBeCloseTo(0.5, 5);
  });
  it('builds a gain expression ffmpeg can evaluate', () => {
    const expr = duckVolumeExpression(spans, 12);
    expect(expr.startsWith('pow(10,-12*max(')).toBe(true);
    expect(duckVolumeExpression([], 12)).toBe('1');
  });
});

describe('output geometry', () => {
  it.each([
    [{ width: 1920, height: 1080 }, '1080p', 'keep', 1920, 1080],
    [{ width: 1280, height: 720 }, '1080p', 'keep', 1920, 1080],
    [{ width: 1920, height: 1080 }, '1080p', '9:16', 1080, 1920],
    [{ width: 1920, height: 1080 }, '720p', '1:1', 720, 720],
    [{ width: 720, height: 1080 }, '1080p', 'keep', 1080, 1620],
    [{ width: 161, height: 121 }, 'keep', 'keep', 162, 122],
    [undefined, '1080p', 'keep', 1920, 1080],
  ] as const)('%o %s %s → %dx%d', (source, resolution, aspect, width, height) => {
    expect(outputSize(source, resolution, aspect)).toEqual({ width, height });
  });
});

describe('copy or encode', () => {
  it('copies H.264 yuv420p at the output size', () => {
    const { args, decision } = videoArgs(job());
    expect(decision.copy).toBe(true);
    expect(args).toContain('copy');
    expect(args.join(' ')).toContain('-movflags +faststart');
  });
  it.each([
    ['another codec', job({ probe: probe({ codec: 'vp8' }) }), 'codec vp8'],
    ['another pixel format', job({ probe: probe({ pixFmt: 'yuv444p' }) }), 'pixel format'],
    ['a rotation', job({ probe: probe({ rotation: 90, displayWidth: 1080, displayHeight: 1920 }) }), 'rotation'],
    ['another size', job({ probe: probe({ width: 1280, height: 720, displayWidth: 1280, displayHeight: 720 }) }), 'size'],
    ['an aspect change', job({ aspect: '9:16' }), 'size'],
    ['burned captions', job({ burn: { file: '/tmp/c.srt', fontsDir: '/fonts' } }), 'burned'],
    ['a held last frame', job({ extend_s: 2 }), 'last frame'],
    ['an image', job({ kind: 'image' }), 'image'],
  ])('encodes for %s', (_name, j, reason) => {
    const decision = decideVideo(j);
    expect(decision.copy).toBe(false);
    expect(decision.reason).toContain(reason);
    expect(videoArgs(j).args).toContain('libx264');
  });
  it('fills a vertical frame with a blurred copy, and holds the last frame with tpad', () => {
    expect(videoArgs(job({ aspect: '9:16' })).args.join(' ')).toContain('boxblur');
    expect(videoArgs(job({ extend_s: 2.5 })).args.join(' ')).toContain('tpad=stop_mode=clone:stop_duration=2.500');
  });
});

describe('captions and audio arguments', () => {
  it('writes SRT and WebVTT from planned times', () => {
    const lines = [{ text: 'Hello there.', start_s: 1, end_s: 2.5 }];
    expect(captionText(lines, 'srt')).toContain('00:00:01,000 --> 00:00:02,500');
    expect(captionText(lines, 'vtt')).toMatch(/^WEBVTT/);
  });
  it('mixes original, narration and music with one amix and undoes its scaling', () => {
    const { args, graph } = mixArgs({ duration_s: 10, original: { file: 'a.mp4', gain: 1 }, narration: { file: 'n.wav', gain: 2 }, music: { file: 'm.mp3', gain: 0.3, fadeOut_s: 3 }, duckExpression: '1', output: 'mix.wav' }, 'g.txt');
    expect(graph).toContain('amix=inputs=3');
    expect(graph).toContain('volume=3[mix]');
    expect(args).toContain('-stream_loop');
    expect(masterArgs('mix.wav', 'out.wav', 3, -2).join(' ')).toContain('alimiter=limit=0.79433');
  });
});

describe('mid-video holds', () => {
  const holds = [{ at_s: 2.9, d_s: 1.187 }, { at_s: 8.9, d_s: 1.318 }];

  it('encode, saying the picture holds frames mid-video (a copy cannot hold a frame)', () => {
    const decision = decideVideo(job({ holds }));
    expect(decision).toMatchObject({ copy: false });
    expect(decision.reason).toContain('holds frames mid-video');
    expect(videoArgs(job({ holds })).args).toContain('libx264');
    expect(decideVideo(job({ holds: [] })).copy).toBe(true);
  });

  it('split the picture at each hold, pad each part with clones of its last frame, and join the parts', () => {
    expect(holdFilter('[0:v]', holds, undefined, 'held')).toBe(
      '[0:v]split=3[hold0][hold1][hold2];' +
        '[hold0]trim=end=2.900,tpad=stop_mode=clone:stop_duration=1.187000,setpts=PTS-STARTPTS[held0];' +
        '[hold1]trim=start=2.900:end=8.900,tpad=stop_mode=clone:stop_duration=1.318000,setpts=PTS-STARTPTS[held1];' +
        '[hold2]trim=start=8.900,setpts=PTS-STARTPTS[held2];' +
        '[held0][held1][held2]concat=n=3:v=1:a=0[held]',
    );
  });

  it('round holds to whole frames on their running sum, so they never drift by half a frame', () => {
    // 1.187 s → 35.61 frames → 36 (1.2 s); 2.505 s in all → 75.15 → 75 frames: the second holds 39 frames.
    const graph = holdFilter('[0:v]', holds, 30, 'held');
    expect(graph).toContain('stop_duration=1.200000,');
    expect(graph).toContain('stop_duration=1.300000,');
  });

  it('hold before fitting and burning in, so burned captions run on the output clock', () => {
    const graph = videoArgs(job({ holds, burn: { file: '/tmp/c.srt', fontsDir: '/fonts' } })).args.join(' ');
    expect(graph).toMatch(/^.*\[0:v\]split=3.*concat=n=3:v=1:a=0\[held\];\[held\]scale=1920:1080.*subtitles=/);
  });

  it('leave a still or an audio input alone (their picture is made as long as the output)', () => {
    expect(videoArgs(job({ kind: 'image', holds })).args.join(' ')).not.toContain('split=');
    expect(videoArgs(job({ kind: 'audio', holds })).args.join(' ')).not.toContain('split=');
  });

  it('are sorted and merged, and a draft from outside cannot slip in unusable ones', () => {
    const messy = [{ at_s: 8.9, d_s: 1 }, { at_s: 2.9, d_s: 0.5 }, { at_s: 2.9, d_s: 0.25 }, { at_s: -1, d_s: 1 }, { at_s: 4, d_s: 0 }, { at_s: Number.NaN, d_s: 1 }, { at_s: 5, d_s: Number.POSITIVE_INFINITY }];
    expect(usableHolds(messy)).toEqual([{ at_s: 2.9, d_s: 0.75 }, { at_s: 8.9, d_s: 1 }]);
    expect(usableHolds(undefined)).toEqual([]);
    expect(decideVideo(job({ holds: [{ at_s: 4, d_s: 0 }] })).copy).toBe(true);
  });

  it('pause the original sound as long, sample-exact, at the same points', () => {
    expect(audioHoldChains('[in]', holds, 'out')).toEqual([
      '[in]asplit=3[ahold0][ahold1][ahold2]',
      '[ahold0]atrim=end=2.900,apad=pad_len=56976,asetpts=PTS-STARTPTS[aheld0]',
      '[ahold1]atrim=start=2.900:end=8.900,apad=pad_len=63264,asetpts=PTS-STARTPTS[aheld1]',
      '[ahold2]atrim=start=8.900,asetpts=PTS-STARTPTS[aheld2]',
      '[aheld0][aheld1][aheld2]concat=n=3:v=0:a=1[out]',
    ]);
    const held = mixArgs({ duration_s: 22.5, original: { file: 'a.mp4', gain: 1, holds }, narration: { file: 'n.wav', gain: 1 }, duckExpression: '1', output: 'mix.wav' }, 'g.txt').graph;
    expect(held).toContain('[0:a:0]aresample=48000:async=1:min_hard_comp=0.01:first_pts=0,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[orig_in]');
    expect(held).toContain('[orig_held]apad,atrim=0:22.500,volume=');
    const plain = mixArgs({ duration_s: 20, original: { file: 'a.mp4', gain: 1 }, narration: { file: 'n.wav', gain: 1 }, duckExpression: '1', output: 'mix.wav' }, 'g.txt').graph;
    expect(plain).not.toContain('[ahold0]');
  });
});
