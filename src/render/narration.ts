// The narration track: every planned clip laid at its start time, at the voices' own sample rate
// (ffmpeg resamples the whole track once, in the mix or, for a narration alone, in the encode; only clips of a
// different rate are converted here).

import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import * as libsamplerateModule from '@alexanderolsen/libsamplerate-js';
import { clipLoudness } from '../media/analyse-level.js';

// A CommonJS (UMD) package flagged __esModule: Node's ESM loader puts its exports on `default`, while a
// bundler (ncc/webpack) honours the flag and exposes them directly (where `default` is undefined).
const libsamplerate = (libsamplerateModule.default as typeof libsamplerateModule.default | undefined) ?? libsamplerateModule;
const { create, ConverterType } = libsamplerate;

/** The track's sample rate when there is no clip to take it from. */
export const NARRATION_RATE = 48_000;

/** A clip placed on the timeline. */
export interface PlacedClip {
  start_s: number;
  samples: Float32Array;
  sampleRate: number;
}

/** Common level every clip is brought to before the track is laid, LUFS (the mix then sets the final level). */
export const CLIP_LEVEL_LUFS = -23;

/** Largest boost given to a quiet clip, dB (a near-silent clip is not blown up into noise). */
const MAX_CLIP_BOOST_DB = 20;

/**
 * The clip at the common speech level: voices differ by several dB (Flite's slt is ~5 dB louder than rms),
 * so each clip gets its own gain from its K-weighted gated loudness. Silence is left alone.
 */
export function levelClip<T extends PlacedClip>(clip: T, level = CLIP_LEVEL_LUFS): T {
  const loudness = clipLoudness(clip.samples, clip.sampleRate);
  if (!Number.isFinite(loudness)) return clip;
  const gain = 10 ** (Math.min(MAX_CLIP_BOOST_DB, level - loudness) / 20);
  return { ...clip, samples: clip.samples.map((x) => x * gain) };
}

/** Resample mono speech to `rate` with libsamplerate (its fastest sinc converter is ample for speech). */
export async function resample(samples: Float32Array, sampleRate: number, rate: number): Promise<Float32Array> {
  if (sampleRate === rate) return samples;
  const src = await create(1, sampleRate, rate, { converterType: ConverterType.SRC_SINC_FASTEST });
  try {
    return src.simple(samples);
  } finally {
    src.destroy();
  }
}

/** A 44-byte header of a mono 32-bit float WAV holding `frames` samples. */
export function floatWavHeader(frames: number, sampleRate: number): Buffer {
  const header = Buffer.alloc(44);
  const dataBytes = frames * 4;
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(3, 20); // IEEE float
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 4, 28);
  header.writeUInt16LE(4, 32);
  header.writeUInt16LE(32, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** A clip on the timeline whose samples are read only when the track reaches it. */
export interface ClipSource {
  start_s: number;
  sampleRate: number;
  /** The clip's samples (mono), read when it is laid. */
  read(): Promise<Float32Array>;
}

/**
 * Write the track as a mono 32-bit float WAV at the highest rate among the clips, streaming in timeline order so a long video never
 * needs the whole track in memory. Clips must not overlap (the planner guarantees it).
 */
export async function writeNarrationTrack(clips: readonly PlacedClip[], duration_s: number, file: string): Promise<void> {
  await layNarrationTrack(clips.map((c) => ({ start_s: c.start_s, sampleRate: c.sampleRate, read: async () => c.samples })), duration_s, file);
}

/**
 * writeNarrationTrack from clips read one at a time as the track reaches them: a long video (720 lines)
 * holds one clip at a time, not all of them.
 */
export async function layNarrationTrack(clips: readonly ClipSource[], duration_s: number, file: string): Promise<void> {
  const out = createWriteStream(file);
  const rate = clips.reduce((max, c) => Math.max(max, c.sampleRate), 0) || NARRATION_RATE;
  const total = Math.round(duration_s * rate);
  let written = 0;
  out.write(floatWavHeader(total, rate));
  const write = async (chunk: Float32Array): Promise<void> => {
    if (!out.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) await once(out, 'drain');
    written += chunk.length;
  };
  const silence = async (count: number): Promise<void> => {
    const block = new Float32Array(rate);
    for (let left = count; left > 0; left -= block.length) await write(left >= block.length ? block : block.subarray(0, left));
  };
  try {
    const sorted = [...clips].sort((a, b) => a.start_s - b.start_s);
    for (const clip of sorted) {
      const at = Math.round(clip.start_s * rate);
      if (at < written) throw new Error(`narration clips overlap at ${clip.start_s.toFixed(3)}s`);
      await silence(Math.min(at, total) - written);
      const pcm = await resample(await clip.read(), clip.sampleRate, rate);
      const room = total - written;
      if (room > 0) await write(pcm.length <= room ? pcm : pcm.subarray(0, room));
    }
    await silence(total - written);
  } finally {
    out.end();
    await once(out, 'close');
  }
}

/** The sample rate in a WAV file's header (its `fmt ` chunk, within the first 4 kB), without reading the samples. */
export async function readWavRate(file: string): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead >= 12 && head.toString('ascii', 0, 4) === 'RIFF' && head.toString('ascii', 8, 12) === 'WAVE') {
      for (let at = 12; at + 16 <= bytesRead; at += 8 + head.readUInt32LE(at + 4) + (head.readUInt32LE(at + 4) % 2)) {
        if (head.toString('ascii', at, at + 4) === 'fmt ') return head.readUInt32LE(at + 12);
      }
    }
    throw new Error(`${file}: no WAV format chunk in its first ${head.length} bytes`);
  } finally {
    await handle.close();
  }
}
