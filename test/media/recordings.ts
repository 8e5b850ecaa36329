// The screen and phone recordings people commit, remade with ffmpeg (never committed fixtures):
// what each recorder's files look like to a demuxer — missing Cues, missing duration, one keyframe,
// keyframe flags that mislead a seek, fragments, 10-bit HEVC with a rotation, variable frame rates,
// odd timebases, GIFs.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { lavfiArgs } from '../../src/media/args.js';
import { resolveFfmpeg } from '../../src/media/locate.js';
import { make, rotate90 } from './generate.js';

/** One recording kind, as a test makes and checks it. */
export interface Recording {
  name: string;
  file: string;
  /** The picture as displayed (after rotation). */
  display: { width: number; height: number };
  rotation: number;
  duration_s: number;
  audio: boolean;
  codec: string;
  /** The header gives no duration (it must come from the packets). */
  noDuration?: boolean;
}

const EBML_VOID = 0xec;
const CUES_ID = [0x1c, 0x53, 0xbb, 0x6b];
const SEGMENT = 0x18538067;
const CLUSTER = 0x1f43b675;
const SIMPLE_BLOCK = 0xa3;

// An EBML variable-length number at `pos`: its length in bytes and value (the ID keeps its marker bit; -1 is "unknown size").
function vint(bytes: Buffer, pos: number, keepMarker: boolean): { len: number; value: number } {
  const first = bytes[pos] ?? 0;
  let len = 1;
  while (len <= 8 && !(first & (0x80 >> (len - 1)))) len++;
  let value = keepMarker ? first : first & (0xff >> len);
  for (let i = 1; i < len; i++) value = value * 256 + (bytes[pos + i] ?? 0);
  const unknown = !keepMarker && value === 2 ** (7 * len) - 1;
  return { len, value: unknown ? -1 : value };
}

/**
 * Overwrite a Matroska file's Cues (its seek index) with an EBML Void element of the same size: a
 * file with a duration but no Cues, as recorders that stop without rewriting the header leave.
 */
export async function dropCues(file: string): Promise<void> {
  const bytes = await readFile(file);
  const at = bytes.lastIndexOf(Buffer.from(CUES_ID)); // the element itself comes after the SeekHead's mention of its ID
  if (at < 0) throw new Error(`${file} has no Cues`);
  const size = vint(bytes, at + 4, false);
  const total = 4 + size.len + size.value;
  const filler = Buffer.alloc(total);
  filler[0] = EBML_VOID;
  filler[1] = 0x01; // an 8-byte size field
  filler.writeUIntBE(total - 9, 3, 6);
  filler.copy(bytes, at);
  await writeFile(file, bytes);
}

/**
 * Set the keyframe flag of every SimpleBlock: a seek then lands on a block in the middle of a GOP,
 * whose keyframe it skipped, and the decoder answers "Invalid data found" — what a GNOME
 * screencast does to `ffmpeg -ss`. The bitstream is untouched: a decode from the start is clean.
 */
export async function flagEveryBlockAsKey(file: string): Promise<void> {
  const bytes = await readFile(file);
  const walk = (start: number, end: number): void => {
    for (let pos = start; pos < end;) {
      const id = vint(bytes, pos, true);
      const size = vint(bytes, pos + id.len, false);
      const data = pos + id.len + size.len;
      const stop = size.value < 0 ? end : data + size.value;
      if (id.value === SEGMENT || id.value === CLUSTER) walk(data, Math.min(stop, end));
      else if (id.value === SIMPLE_BLOCK) {
        const track = vint(bytes, data, false);
        bytes[data + track.len + 2]! |= 0x80;
      }
      pos = stop;
    }
  };
  walk(0, bytes.length);
  await writeFile(file, bytes);
}

/**
 * Run ffmpeg writing to a real pipe (a non-seekable output, like a browser's MediaRecorder stream;
 * ffmpeg seeks back into a `pipe:1` that is a regular file) and copy the stream into `output`.
 */
export async function makeThroughPipe(output: string, args: string[]): Promise<string> {
  const { ffmpeg } = resolveFfmpeg();
  const child = spawn(ffmpeg, ['-hide_banner', '-nostdin', '-v', 'error', ...args, 'pipe:1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}: ${stderr}`))));
  });
  await Promise.all([pipeline(child.stdout, createWriteStream(output)), exited]);
  return output;
}

const picture = (size: string, rate: number, seconds: number): string[] => lavfiArgs(`testsrc2=size=${size}:rate=${rate}:duration=${seconds}`);
const silence = (seconds: number): string[] => lavfiArgs(`anullsrc=r=48000:cl=stereo:d=${seconds}`);
const AV = ['-map', '0:v', '-map', '1:a'];
const H264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
const ONE_KEYFRAME = ['-g', '100000', '-keyint_min', '100000'];
const VP8 = ['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '400k'];
// Frame intervals of 1/30 s plus 0, 10 or 20 ms: a variable frame rate, as phones record.
const JITTER = ['-vf', 'settb=1/600,setpts=(N/30+0.01*mod(N\\,3))/TB', '-fps_mode', 'vfr', '-enc_time_base', '1/600'];

/**
 * A GNOME Screencast-like WebM: VP8 at 15 fps, one keyframe, a cluster a second, no Cues, and
 * block flags that make a seek land mid-GOP (flagEveryBlockAsKey).
 */
export async function makeGnomeScreencast(output: string, seconds: number, size = '640x480'): Promise<string> {
  const file = await make(output, [...picture(size, 15, seconds), ...VP8, ...ONE_KEYFRAME, '-cluster_time_limit', '1000']);
  await dropCues(file);
  await flagEveryBlockAsKey(file);
  return file;
}

/** Every recording kind, `seconds` long, made in `dir`. */
export async function makeRecordings(dir: string, seconds = 5): Promise<Recording[]> {
  const at = (name: string): string => join(dir, name);
  const s = seconds;
  const makers: (() => Promise<Recording>)[] = [
    // GNOME Screencast: VP8, 15 fps, one keyframe, a cluster a second, no Cues, seek-misleading keyframe flags.
    async () => {
      const file = await makeGnomeScreencast(at('gnome-screencast.webm'), s);
      return { name: 'gnome', file, display: { width: 640, height: 480 }, rotation: 0, duration_s: s, audio: false, codec: 'vp8' };
    },
    // Kooha: VP9 + Opus, one keyframe, no Cues.
    async () => {
      const file = await make(at('kooha.webm'), [...picture('640x360', 30, s), ...silence(s), ...AV, '-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '300k', ...ONE_KEYFRAME, '-c:a', 'libopus', '-t', String(s)]);
      await dropCues(file);
      return { name: 'kooha', file, display: { width: 640, height: 360 }, rotation: 0, duration_s: s, audio: true, codec: 'vp9' };
    },
    // A browser's MediaRecorder: VP8 + Opus streamed out, so no duration and no Cues in the header.
    async () => {
      const file = await makeThroughPipe(at('mediarecorder.webm'), [...picture('640x360', 30, s), ...silence(s), ...AV, ...VP8, ...ONE_KEYFRAME, '-c:a', 'libopus', '-f', 'webm']); // no -t: the muxer would write it as the duration
      return { name: 'mediarecorder', file, display: { width: 640, height: 360 }, rotation: 0, duration_s: s, audio: true, codec: 'vp8', noDuration: true };
    },
    // OBS: Matroska, H.264 + AAC, a keyframe every 2 s.
    async () => {
      const file = await make(at('obs.mkv'), [...picture('640x360', 30, s), ...silence(s), ...AV, ...H264, '-g', '60', '-c:a', 'aac', '-t', String(s)]);
      return { name: 'obs-mkv', file, display: { width: 640, height: 360 }, rotation: 0, duration_s: s, audio: true, codec: 'h264' };
    },
    // OBS's fragmented MP4: an empty moov, then a fragment per keyframe.
    async () => {
      const file = await make(at('obs-fragmented.mp4'), [...picture('640x360', 30, s), ...silence(s), ...AV, ...H264, '-g', '60', '-c:a', 'aac', '-t', String(s), '-movflags', 'frag_keyframe+empty_moov']);
      return { name: 'obs-fmp4', file, display: { width: 640, height: 360 }, rotation: 0, duration_s: s, audio: true, codec: 'h264' };
    },
    // An iPhone: HEVC 10-bit tagged hvc1 in a .mov, timescale 600, variable frame rate, filmed upright (coded landscape, rotated 90°).
    async () => {
      const coded = await make(at('iphone-coded.mov'), [...picture('320x240', 30, s), ...silence(s), ...AV, ...JITTER, '-video_track_timescale', '600', '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error', '-pix_fmt', 'yuv420p10le', '-tag:v', 'hvc1', '-c:a', 'aac', '-t', String(s)]);
      const file = await rotate90(coded, at('iphone.mov'));
      return { name: 'iphone', file, display: { width: 240, height: 320 }, rotation: 90, duration_s: s, audio: true, codec: 'hevc' };
    },
    // An Android phone: H.264 + AAC MP4, timescale 90000, variable frame rate.
    async () => {
      const file = await make(at('android.mp4'), [...picture('480x270', 30, s), ...silence(s), ...AV, ...JITTER, '-video_track_timescale', '90000', ...H264, '-c:a', 'aac', '-t', String(s)]);
      return { name: 'android', file, display: { width: 480, height: 270 }, rotation: 0, duration_s: s, audio: true, codec: 'h264' };
    },
    // An MP4 with an odd timebase: 29.97 fps in a 1/90001 video track.
    async () => {
      const file = await make(at('odd-timebase.mp4'), [...lavfiArgs(`testsrc2=size=480x270:rate=30000/1001:duration=${s}`), ...silence(s), ...AV, ...H264, '-video_track_timescale', '90001', '-c:a', 'aac', '-t', String(s)]);
      return { name: 'odd-timebase', file, display: { width: 480, height: 270 }, rotation: 0, duration_s: s, audio: true, codec: 'h264' };
    },
    // A screen recorder's GIF: 10 fps, its own palette, no audio.
    async () => {
      const file = await make(at('screen.gif'), [...picture('320x240', 10, s), '-vf', 'split[a][b];[a]palettegen[p];[b][p]paletteuse']);
      return { name: 'gif', file, display: { width: 320, height: 240 }, rotation: 0, duration_s: s, audio: false, codec: 'gif' };
    },
  ];
  // Two at a time: the machine has two cores.
  const made: Recording[] = [];
  for (let i = 0; i < makers.length; i += 2) made.push(...(await Promise.all(makers.slice(i, i + 2).map((m) => m()))));
  return made;
}

