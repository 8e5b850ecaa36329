// Test media made on the spot with ffmpeg's lavfi sources (never committed fixtures).

import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { resolveFfmpeg } from '../../src/media/locate.js';

const exec = promisify(execFile);

/** Run ffmpeg with arguments (the resolved binary), failing the test on error. */
export async function ffmpeg(args: string[]): Promise<string> {
  const { ffmpeg: bin } = await resolveFfmpeg();
  const { stderr } = await exec(bin, ['-hide_banner', '-nostdin', '-y', ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stderr;
}

/** Run ffprobe and parse its JSON. */
export async function ffprobeJson(args: string[]): Promise<any> {
  const { ffprobe: bin } = await resolveFfmpeg();
  const { stdout } = await exec(bin, ['-v', 'error', '-print_format', 'json', ...args], { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(stdout);
}

/** A fresh temporary folder that looks like a repository (has .git). */
export async function tempRepo(prefix = 'voiceover-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await mkdir(join(dir, '.git'));
  return dir;
}

/** Write a text file, creating folders. */
export async function writeText(file: string, text: string): Promise<string> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

/** What a generated clip looks like. */
export interface ClipSpec {
  duration: number;
  width?: number;
  height?: number;
  fps?: number;
  codec?: 'h264' | 'vp8';
  /** 'silent': an audio track of digital silence; 'none': no audio track; 'noise': quiet pink noise. */
  audio?: 'silent' | 'none' | 'noise';
}

/** Make a test clip (testsrc2 picture) at `file`. */
export async function makeClip(file: string, spec: ClipSpec): Promise<string> {
  const { duration, width = 1920, height = 1080, fps = 30, codec = 'h264', audio = 'silent' } = spec;
  await mkdir(dirname(file), { recursive: true });
  const args = ['-f', 'lavfi', '-i', `testsrc2=s=${width}x${height}:r=${fps}:d=${duration}`];
  if (audio === 'silent') args.push('-f', 'lavfi', '-i', `anullsrc=r=48000:cl=stereo:d=${duration}`);
  if (audio === 'noise') args.push('-f', 'lavfi', '-i', `anoisesrc=d=${duration}:c=pink:r=48000:a=0.05`);
  args.push('-map', '0:v');
  if (audio !== 'none') args.push('-map', '1:a');
  if (codec === 'h264') args.push('-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-g', String(fps * 2));
  else args.push('-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '1M');
  if (audio !== 'none') args.push('-c:a', codec === 'h264' ? 'aac' : 'libvorbis');
  args.push('-t', String(duration), file);
  await ffmpeg(args);
  return file;
}

/** Make a PNG still. */
export async function makeImage(file: string, width = 1280, height = 720): Promise<string> {
  await mkdir(dirname(file), { recursive: true });
  await ffmpeg(['-f', 'lavfi', '-i', `testsrc2=s=${width}x${height}:d=1`, '-frames:v', '1', file]);
  return file;
}

/** Make an audio file: a quiet tone (`freq` Hz) of `duration` seconds. */
export async function makeTone(file: string, duration: number, freq = 220, volume = 0.2): Promise<string> {
  await mkdir(dirname(file), { recursive: true });
  await ffmpeg(['-f', 'lavfi', '-i', `sine=f=${freq}:r=48000:d=${duration}`, '-af', `volume=${volume}`, file]);
  return file;
}

/** One video packet as ffprobe reads it: timestamps in the stream's time base, flags, size, md5 of its bytes. */
export interface VideoPacket {
  pts: number | undefined;
  dts: number | undefined;
  duration: number | undefined;
  flags: string;
  size: string;
  data_hash: string;
}

/**
 * The first video stream's time base and every packet of it. A stream copy keeps all of this, not
 * only the bytes: compare the whole result, so rewritten timestamps fail the check too.
 */
export async function videoPackets(file: string): Promise<{ time_base: string; packets: VideoPacket[] }> {
  const json = await ffprobeJson([
    '-select_streams', 'v:0', '-show_data_hash', 'md5',
    '-show_entries', 'stream=time_base:packet=pts,dts,duration,flags,size,data_hash', file,
  ]);
  const packets = (json.packets ?? []) as VideoPacket[];
  if (packets.length === 0) throw new Error(`${file} has no video packets`);
  return {
    time_base: String(json.streams?.[0]?.time_base),
    packets: packets.map(({ pts, dts, duration, flags, size, data_hash }) => ({ pts, dts, duration, flags, size, data_hash })),
  };
}

/** A top-level MP4 box: its type, where it starts and the size it declares (bytes). */
export interface Mp4Box {
  type: string;
  offset: number;
  size: number;
}

/** Top-level MP4 boxes in order, as their headers declare them (a box may claim more than the file holds). */
export async function mp4TopBoxes(file: string): Promise<Mp4Box[]> {
  const { open } = await import('node:fs/promises');
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const boxes: Mp4Box[] = [];
    let offset = 0;
    const header = Buffer.alloc(16);
    while (offset + 8 <= size) {
      await handle.read(header, 0, 16, offset);
      let boxSize = header.readUInt32BE(0);
      const type = header.toString('latin1', 4, 8);
      if (boxSize === 1) boxSize = Number(header.readBigUInt64BE(8));
      if (boxSize === 0) boxSize = size - offset;
      boxes.push({ type, offset, size: boxSize });
      if (boxSize < 8) break;
      offset += boxSize;
    }
    return boxes;
  } finally {
    await handle.close();
  }
}

/** Top-level MP4 box names in order. */
export async function mp4Boxes(file: string): Promise<string[]> {
  return (await mp4TopBoxes(file)).map((box) => box.type);
}

/**
 * Throws unless `file` is a complete +faststart MP4: ftyp first, a moov, and the moov before the
 * first mdat, every box inside the file. A file with no moov at all (cut short before it) fails.
 */
export async function expectFaststart(file: string): Promise<void> {
  const { stat } = await import('node:fs/promises');
  const { size } = await stat(file);
  const boxes = await mp4TopBoxes(file);
  const layout = boxes.map((box) => `${box.type}@${box.offset}+${box.size}`).join(' ') || 'none';
  const fail = (why: string): never => {
    throw new Error(`${file} is not a +faststart MP4: ${why} (top-level boxes: ${layout}; file size ${size})`);
  };
  if (boxes[0]?.type !== 'ftyp') fail('it does not start with an ftyp box');
  const cut = boxes.find((box) => box.offset + box.size > size);
  if (cut) fail(`the ${cut.type} box runs past the end of the file`);
  const moov = boxes.findIndex((box) => box.type === 'moov');
  const mdat = boxes.findIndex((box) => box.type === 'mdat');
  if (moov < 0) fail('it has no moov box');
  if (mdat < 0) fail('it has no mdat box');
  if (moov > mdat) fail('its moov comes after the mdat');
}

/** Mean level (dB) of `file`'s audio between two times, after an optional filter. */
export async function meanVolume(file: string, from: number, to: number, filter = 'anull'): Promise<number> {
  const stderr = await ffmpeg(['-ss', String(from), '-t', String(to - from), '-i', file, '-map', '0:a:0', '-af', `${filter},volumedetect`, '-f', 'null', '-']);
  const match = /mean_volume: (-?[\d.]+|-inf) dB/.exec(stderr);
  return match ? (match[1] === '-inf' ? -Infinity : Number(match[1])) : NaN;
}

