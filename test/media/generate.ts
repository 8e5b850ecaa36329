// Test media made on the spot with ffmpeg's lavfi sources, in a fresh temporary directory.
import { mkdtemp, rm, truncate, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lavfiArgs } from '../../src/media/args.js';
import { runFfmpeg } from '../../src/media/run.js';

/** A fresh temporary directory and a way to remove it. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `voiceover-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Run ffmpeg to write `output` (overwriting it) and return its path. */
export async function make(output: string, args: string[], binary?: string): Promise<string> {
  await runFfmpeg(['-y', ...args, output], { binary });
  return output;
}

const H264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];

/** A small H.264 + AAC clip: testsrc2 picture and a sine tone. */
export function avClip(output: string, seconds = 2, extra: string[] = []): Promise<string> {
  return make(output, [
    ...lavfiArgs(`testsrc2=size=320x240:rate=25:duration=${seconds}`),
    ...lavfiArgs(`sine=frequency=440:sample_rate=48000:duration=${seconds}`),
    '-map', '0:v', '-map', '1:a', ...H264, '-c:a', 'aac', ...extra,
  ]);
}

/** A video of solid `first` then solid `second`, cut hard at `cut_s`. */
export function colourCut(output: string, first: string, second: string, cut_s: number, total_s: number): Promise<string> {
  const graph = `color=${first}:size=160x120:rate=25:duration=${cut_s}[a];` +
    `color=${second}:size=160x120:rate=25:duration=${total_s - cut_s}[b];[a][b]concat=n=2:v=1:a=0`;
  return make(output, [...lavfiArgs(graph), ...H264]);
}

/** Mono 48 kHz PCM of a 1 kHz tone (amplitude `amp`) sounding only where `audible` (an ffmpeg expression of t) holds. */
export function toneWav(output: string, seconds: number, audible: string, amp = 0.1): Promise<string> {
  return make(output, [...lavfiArgs(`aevalsrc='${amp}*sin(2*PI*1000*t)*(${audible})':s=48000:d=${seconds}`), '-c:a', 'pcm_s16le']);
}

/** Cut a file to `fraction` of its size, as an interrupted upload or copy would. */
export async function truncateTo(file: string, fraction: number): Promise<void> {
  const { size } = await stat(file);
  await truncate(file, Math.floor(size * fraction));
}

/** Copy `input` with a 90° display rotation: `-display_rotation` where ffmpeg has it (≥ 6), else the rotate tag. */
export async function rotate90(input: string, output: string): Promise<string> {
  const help = (await runFfmpeg(['-h', 'full'])).stdout;
  const args = help.includes('-display_rotation')
    ? ['-display_rotation', '90', '-i', input, '-c', 'copy']
    : ['-i', input, '-c', 'copy', '-metadata:s:v:0', 'rotate=90'];
  return make(output, args);
}
