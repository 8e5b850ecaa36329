import { describe, expect, it } from 'vitest';
import { normaliseRotation, parseProbeOutput, parseRate, streamRotation, type FfprobeStream } from '../../src/media/probe-parse.js';

const h264 = (extra: Partial<FfprobeStream> = {}): FfprobeStream => ({
  codec_type: 'video', codec_name: 'h264', width: 1280, height: 720, pix_fmt: 'yuv420p',
  avg_frame_rate: '30000/1001', r_frame_rate: '30000/1001', ...extra,
});

describe('rotation', () => {
  it('takes the display matrix first, as ffprobe ≥ 5 prints it (counterclockwise)', () => {
    const matrix = (rotation: number): FfprobeStream => h264({ side_data_list: [{ side_data_type: 'Display Matrix', rotation }], tags: { rotate: '45' } });
    expect(streamRotation(matrix(90))).toBe(90);
    expect(streamRotation(matrix(-90))).toBe(270);
    expect(streamRotation(matrix(180))).toBe(180);
    expect(streamRotation(matrix(-180))).toBe(180);
  });

  it('reads old ffprobe\'s clockwise rotate tag as the same counterclockwise angle', () => {
    // ffprobe 4 printed rotate=270 (and matrix rotation 90) for one and the same file.
    expect(streamRotation(h264({ tags: { rotate: '270' } }))).toBe(90);
    expect(streamRotation(h264({ tags: { rotate: '90' } }))).toBe(270);
    expect(streamRotation(h264())).toBe(0);
  });

  it('snaps odd angles to quarter turns', () => {
    expect(normaliseRotation(89.9)).toBe(90);
    expect(normaliseRotation(-450)).toBe(270);
    expect(normaliseRotation(359)).toBe(0);
  });
});

describe('parseProbeOutput', () => {
  it('swaps the displayed size for quarter turns and keeps frame rates', () => {
    const probe = parseProbeOutput('a.mp4', {
      format: { format_name: 'mov,mp4,m4a,3gp,3g2,mj2', duration: '4.972', size: '2540705' },
      streams: [h264({ side_data_list: [{ rotation: 90 }], duration: '4.97' }), { codec_type: 'audio', codec_name: 'aac', sample_rate: '44100', channels: 2 }],
    });
    expect(probe).toEqual({
      file: 'a.mp4', formatName: 'mov,mp4,m4a,3gp,3g2,mj2', duration: 4.972, sizeBytes: 2540705,
      video: {
        codec: 'h264', width: 1280, height: 720, displayWidth: 720, displayHeight: 1280, rotation: 90,
        pixFmt: 'yuv420p', fps: 30000 / 1001, fpsFraction: '30000/1001', isImage: false, duration: 4.97,
      },
      audio: { codec: 'aac', sampleRate: 44100, channels: 2 },
    });
  });

  it('marks picture demuxers and single-frame picture codecs as images, not mjpeg video', () => {
    const image = (format: string, stream: Partial<FfprobeStream>): boolean | undefined =>
      parseProbeOutput('x', { format: { format_name: format }, streams: [h264(stream)] }).video?.isImage;
    expect(image('png_pipe', { codec_name: 'png' })).toBe(true);
    expect(image('image2', { codec_name: 'mjpeg' })).toBe(true);
    expect(image('webp_pipe', { codec_name: 'webp' })).toBe(true);
    expect(image('gif', { codec_name: 'gif', nb_frames: '1' })).toBe(true);
    expect(image('gif', { codec_name: 'gif', nb_frames: '10' })).toBe(false); // an animated GIF (a screen recorder's) is a video
    expect(image('mov,mp4,m4a,3gp,3g2,mj2', { codec_name: 'mjpeg', nb_frames: '15', duration: '1.5' })).toBe(false);
    expect(image('matroska,webm', { codec_name: 'mjpeg' })).toBe(false);
    expect(image('mov,mp4,m4a,3gp,3g2,mj2', { codec_name: 'png', nb_frames: '1' })).toBe(true);
  });

  it('ignores cover art and falls back to stream durations and r_frame_rate', () => {
    const probe = parseProbeOutput('song.m4a', {
      format: { format_name: 'mov,mp4' },
      streams: [
        { codec_type: 'audio', codec_name: 'aac', sample_rate: '48000', channels: 2, duration: '3.5' },
        { codec_type: 'video', codec_name: 'mjpeg', disposition: { attached_pic: 1 } },
      ],
    });
    expect(probe.video).toBeUndefined();
    expect(probe.duration).toBe(3.5);
    const vfr = parseProbeOutput('v.mkv', { streams: [h264({ avg_frame_rate: '0/0', r_frame_rate: '25/1' })] });
    expect(vfr.video).toMatchObject({ fps: 25, fpsFraction: '25/1' });
    expect(vfr.formatName).toBe('unknown');
  });

  it('parses rates', () => {
    expect(parseRate('30000/1001')).toBeCloseTo(29.97, 2);
    expect(parseRate('25')).toBe(25);
    expect(parseRate('0/0')).toBeUndefined();
    expect(parseRate(undefined)).toBeUndefined();
  });
});
