import { describe, expect, it } from 'vitest';
import { duckAmount, duckSpans, duckVolumeExpression } from '../../src/render/envelope.js';
import { outputSize } from '../../src/render/geometry.js';
import { decideVideo, videoArgs, type VideoJob } from '../../src/render/video-args.js';
import { captionText } from '../../src/render/captions.js';
import { mixArgs, masterArgs } from '../../src/render/audio-args.js';
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
