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

/** md5 of every video packet (stream copy keeps them byte-identical). */
export async function videoPacketHashes(file: string): Promise<string[]> {
  const out = await ffmpegStdout(['-i', file, '-map', '0:v:0', '-c', 'copy', '-f', 'framemd5', '-']);
  return out
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(',').pop()!.trim());
}

async function ffmpegStdout(args: string[]): Promise<string> {
  const { ffmpeg: bin } = await resolveFfmpeg();
  const { stdout } = await exec(bin, ['-hide_banner', '-nostdin', '-v', 'error', ...args], { maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** Top-level MP4 box names in order (to check +faststart: moov before mdat). */
export async function mp4Boxes(file: string): Promise<string[]> {
  const { open } = await import('node:fs/promises');
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const boxes: string[] = [];
    let offset = 0;
    const header = Buffer.alloc(16);
    while (offset + 8 <= size) {
      await handle.read(header, 0, 16, offset);
      let boxSize = header.readUInt32BE(0);
      const type = header.toString('latin1', 4, 8);
      if (boxSize === 1) boxSize = Number(header.readBigUInt64BE(8));
      if (boxSize === 0) boxSize = size - offset;
      boxes.push(type);
      if (boxSize < 8) break;
      offset += boxSize;
    }
    return boxes;
  } finally {
    await handle.close();
  }
}

/** Mean level (dB) of `file`'s audio between two times, after an optional filter. */
export async function meanVolume(file: string, from: number, to: number, filter = 'anull'): Promise<number> {
  const stderr = await ffmpeg(['-ss', String(from), '-t', String(to - from), '-i', file, '-map', '0:a:0', '-af', `${filter},volumedetect`, '-f', 'null', '-']);
  const match = /mean_volume: (-?[\d.]+|-inf) dB/.exec(stderr);
  return match ? (match[1] === '-inf' ? -Infinity : Number(match[1])) : NaN;
}

