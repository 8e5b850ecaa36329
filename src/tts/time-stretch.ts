// Speed a clip up (or slow it down) without changing its pitch: ffmpeg's rubberband filter when the
// build has it (Rubber Band: Debian's ffmpeg), else atempo (WSOLA); never a resample. Word times follow.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ffmpegCapabilities } from '../media/capabilities.js';
import { resolveFfmpeg } from '../media/locate.js';
import { runFfmpeg } from '../media/run.js';
import { withTempDir } from './temp-dir.js';
import type { Speech } from './types.js';
import { decodeWav, encodeWav } from './wav.js';

/** Which filter stretches: `rubberband` (the better one) when the ffmpeg build has it, else `atempo`. */
export async function stretchFilter(ffmpegPath: string = resolveFfmpeg().ffmpeg): Promise<'rubberband' | 'atempo'> {
  return (await ffmpegCapabilities(ffmpegPath)).filters.has('rubberband') ? 'rubberband' : 'atempo';
}

/** The filter chain playing audio `factor` times as fast (atempo takes 0.5..100 a stage, so slow factors chain). */
export function stretchChain(filter: 'rubberband' | 'atempo', factor: number): string {
  if (filter === 'rubberband') return `rubberband=tempo=${factor.toFixed(6)}:pitchq=quality:window=standard`;
  const stages: string[] = [];
  let rest = factor;
  while (rest < 0.5) {
    stages.push('atempo=0.5');
    rest /= 0.5;
  }
  stages.push(`atempo=${rest.toFixed(6)}`);
  return stages.join(',');
}

/** What timeStretch used, for tests and reports. */
export interface StretchOptions {
  signal?: AbortSignal | undefined;
  /** Force a filter (tests compare them); default: stretchFilter(). */
  filter?: 'rubberband' | 'atempo';
}

/** `speech` played `factor` times as fast (1.2: 20 % shorter), same pitch and sample rate; word times divided by the factor. */
export async function timeStretch(speech: Speech, factor: number, options: StretchOptions = {}): Promise<Speech> {
  if (!(factor > 0) || !Number.isFinite(factor)) throw new RangeError(`stretch factor must be a positive number, got ${factor}`);
  if (Math.abs(factor - 1) < 1e-6) return speech;
  const filter = options.filter ?? (await stretchFilter());
  const stretched = await withTempDir('voiceover-stretch-', async (dir) => {
    const input = join(dir, 'in.wav');
    const output = join(dir, 'out.wav');
    await writeFile(input, encodeWav(speech));
    await runFfmpeg(
      ['-i', input, '-af', stretchChain(filter, factor), '-ar', String(speech.sampleRate), '-ac', '1', '-c:a', 'pcm_f32le', '-y', output],
      { ...(options.signal ? { signal: options.signal } : {}) },
    );
    return decodeWav(await readFile(output));
  });
  const duration = stretched.samples.length / stretched.sampleRate;
  const words = speech.words?.map((word) => ({
    ...word,
    start_s: Math.min(duration, word.start_s / factor),
    end_s: Math.min(duration, word.end_s / factor),
  }));
  return { ...speech, samples: stretched.samples, sampleRate: stretched.sampleRate, ...(words ? { words } : {}) };
}
