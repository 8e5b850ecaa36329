// Pure translation of `ffprobe -print_format json -show_format -show_streams` into a ProbeResult.
import type { AudioStreamInfo, ProbeResult, VideoStreamInfo } from './types.js';

/** The parts of one ffprobe stream entry this module reads. */
export interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  pix_fmt?: string;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  sample_rate?: string;
  channels?: number;
  channel_layout?: string;
  duration?: string;
  nb_frames?: string;
  disposition?: Record<string, number>;
  tags?: Record<string, string>;
  side_data_list?: { side_data_type?: string; rotation?: number | string }[];
}

/** The parts of ffprobe's JSON this module reads. */
export interface FfprobeOutput {
  format?: { format_name?: string; duration?: string; size?: string; start_time?: string };
  streams?: FfprobeStream[];
}

// Demuxers that read single pictures (or picture sequences). A GIF is an image only when it holds
// one frame: an animated one (a screen recorder's) plays as the video it is.
const IMAGE_FORMAT = /^(image2|image2pipe|\w+_pipe)$/;
const IMAGE_CODECS = new Set(['png', 'mjpeg', 'jpegls', 'webp', 'gif', 'bmp', 'tiff', 'apng', 'jpeg2000', 'pam', 'ppm', 'pgm']);

function num(text: string | number | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = typeof text === 'number' ? text : Number.parseFloat(text);
  return Number.isFinite(value) ? value : undefined;
}

/** "30000/1001" → 29.97; "0/0" or junk → undefined. */
export function parseRate(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const [n, d] = text.split('/').map(Number);
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const value = d === undefined ? n : n / d;
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Snap any angle to 0, 90, 180 or 270. */
export function normaliseRotation(degrees: number): number {
  const snapped = Math.round(degrees / 90) * 90;
  return ((snapped % 360) + 360) % 360;
}

/**
 * Rotation of a video stream, counterclockwise degrees as ffprobe (≥ 5) prints the display
 * matrix. Old ffprobe exports the matrix as a clockwise `rotate` tag instead, so that is negated.
 */
export function streamRotation(stream: FfprobeStream): number {
  for (const entry of stream.side_data_list ?? []) {
    const rotation = num(entry.rotation);
    if (rotation !== undefined) return normaliseRotation(rotation);
  }
  const tag = num(stream.tags?.rotate);
  return tag === undefined ? 0 : normaliseRotation(-tag);
}

function isImageStream(stream: FfprobeStream, formatNames: string[]): boolean {
  if (formatNames.some((name) => IMAGE_FORMAT.test(name))) return true;
  if (formatNames.includes('gif')) return (num(stream.nb_frames) ?? 1) <= 1;
  return IMAGE_CODECS.has(stream.codec_name ?? '') && num(stream.nb_frames) === 1;
}

function videoInfo(stream: FfprobeStream, formatNames: string[]): VideoStreamInfo {
  const width = stream.width ?? 0;
  const height = stream.height ?? 0;
  const rotation = streamRotation(stream);
  const turned = rotation === 90 || rotation === 270;
  const avg = parseRate(stream.avg_frame_rate);
  const fpsFraction = avg !== undefined ? stream.avg_frame_rate ?? '0/1' : stream.r_frame_rate ?? '0/1';
  const info: VideoStreamInfo = {
    codec: stream.codec_name ?? 'unknown',
    width,
    height,
    displayWidth: turned ? height : width,
    displayHeight: turned ? width : height,
    rotation,
    pixFmt: stream.pix_fmt ?? 'unknown',
    fps: avg ?? parseRate(stream.r_frame_rate) ?? 0,
    fpsFraction,
    isImage: isImageStream(stream, formatNames),
  };
  const duration = num(stream.duration);
  if (duration !== undefined) info.duration = duration;
  return info;
}

function audioInfo(stream: FfprobeStream): AudioStreamInfo {
  const info: AudioStreamInfo = {
    codec: stream.codec_name ?? 'unknown',
    sampleRate: num(stream.sample_rate) ?? 0,
    channels: stream.channels ?? 0,
  };
  const duration = num(stream.duration);
  if (duration !== undefined) info.duration = duration;
  return info;
}

/** The ProbeResult of one file from ffprobe's JSON; cover art (attached pictures) is not video. */
export function parseProbeOutput(file: string, output: FfprobeOutput): ProbeResult {
  const streams = output.streams ?? [];
  const formatName = output.format?.format_name ?? 'unknown';
  const formatNames = formatName.split(',');
  const video = streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  const audio = streams.find((s) => s.codec_type === 'audio');
  const streamDurations = streams.map((s) => num(s.duration) ?? 0);
  const result: ProbeResult = {
    file,
    formatName,
    duration: num(output.format?.duration) ?? Math.max(0, ...streamDurations),
    sizeBytes: num(output.format?.size) ?? 0,
  };
  const start = num(output.format?.start_time);
  if (start !== undefined && start !== 0) result.start_s = start;
  if (video) result.video = videoInfo(video, formatNames);
  if (audio) result.audio = audioInfo(audio);
  return result;
}
