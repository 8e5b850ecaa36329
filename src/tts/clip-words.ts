// The word times of a cached clip: measured ones kept beside its WAV (`<key>.words.json`), else estimated.

import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Pause } from './trim.js';
import type { WordTiming } from './types.js';
import { estimateWords, shiftWords } from './word-timing.js';

/** Where a clip's measured word times are kept: beside its WAV. */
export function wordsFileOf(wavFile: string): string {
  return wavFile.replace(/\.wav$/, '') + '.words.json';
}

/** The engine's word times moved into the trimmed clip (`kept`: the samples trimSilence kept), or undefined. */
export function trimmedWords(words: readonly WordTiming[] | undefined, kept: Pause, sampleRate: number): WordTiming[] | undefined {
  if (!words || words.length === 0) return undefined;
  return shiftWords(words, -kept.start / sampleRate, (kept.end - kept.start) / sampleRate);
}

/** A clip's words: the measured ones when there are some, else an estimate over its samples (marked so). */
export function clipWords(measured: WordTiming[] | undefined, text: string, samples: Float32Array, sampleRate: number): WordTiming[] {
  return measured ?? estimateWords(text, samples, sampleRate);
}

/**
 * Keep measured words beside the clip, written to a unique temporary name and renamed (readers never see
 * half a file). Call it before the WAV is written: a reader who finds the WAV finds its words too.
 */
export async function writeClipWords(wavFile: string, words: readonly WordTiming[]): Promise<void> {
  const file = wordsFileOf(wavFile);
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify({ words }));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The measured words kept beside a cached clip, or undefined (none kept: an older entry, or an engine that gives none). */
export async function readClipWords(wavFile: string): Promise<WordTiming[] | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(wordsFileOf(wavFile), 'utf8'));
  } catch {
    return undefined;
  }
  const words = (value as { words?: unknown } | null)?.words;
  if (!Array.isArray(words) || words.length === 0) return undefined;
  const valid = words.every(
    (w: Partial<WordTiming>) => typeof w?.text === 'string' && Number.isFinite(w.start_s) && Number.isFinite(w.end_s),
  );
  return valid ? words.map((w: WordTiming) => ({ text: w.text, start_s: w.start_s, end_s: w.end_s, ...(w.estimated ? { estimated: true } : {}) })) : undefined;
}
