// Clips whose samples stay in their cache file between speech and render, read again on each use: a
// 2-hour video's 720 lines (Float32 at 16 kHz, ~140 MB) are never all in memory at once.

import { readFileSync } from 'node:fs';
import { decodeWav } from '../../tts/wav.js';

/** Sample counts of clips whose samples stay in a file (read on each use of `samples`). */
const framesOnDisk = new WeakMap<object, number>();

/** True when the clip's samples are read from a file on each use. */
export function isOnDisk(clip: object): boolean {
  return framesOnDisk.has(clip);
}

/** A clip's length in seconds, without reading a clip kept on disk. */
export function clipLength(clip: { samples: Float32Array; sampleRate: number }): number {
  return (framesOnDisk.get(clip) ?? clip.samples.length) / clip.sampleRate;
}

/**
 * The clip with its samples left in `file`, a WAV whose first samples are exactly the clip's (synthesizeClip
 * returns what it stored in the cache), decoded again on each use of `samples`: a 2-hour video's 720 clips
 * are not all held in memory from speech to render. A clip its file does not hold keeps its samples.
 */
export function onDisk<T extends { samples: Float32Array; sampleRate: number }>(clip: T, file: string): T {
  const frames = clip.samples.length;
  let stored: { samples: Float32Array; sampleRate: number };
  try {
    stored = decodeWav(new Uint8Array(readFileSync(file)));
  } catch {
    return clip;
  }
  if (stored.sampleRate !== clip.sampleRate || stored.samples.length < frames) return clip;
  for (let i = 0; i < frames; i++) if (stored.samples[i] !== clip.samples[i]) return clip;
  const lazy = Object.defineProperty({ ...clip }, 'samples', {
    enumerable: true,
    configurable: true,
    get: () => decodeWav(new Uint8Array(readFileSync(file))).samples.subarray(0, frames),
  });
  framesOnDisk.set(lazy, frames);
  return lazy;
}

/** The same clip placed at another start (a clip kept on disk stays there). */
export function withStart<T extends { start_s: number }>(clip: T, start_s: number): T {
  const moved = Object.defineProperties({}, Object.getOwnPropertyDescriptors(clip)) as T;
  Object.defineProperty(moved, 'start_s', { value: start_s, enumerable: true, writable: true, configurable: true });
  const frames = framesOnDisk.get(clip);
  if (frames !== undefined) framesOnDisk.set(moved, frames);
  return moved;
}
