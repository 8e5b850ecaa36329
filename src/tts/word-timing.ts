// Word times of a clip: an estimate spread by characters over the voiced part of a
// clip (when the engine measured none), and moving measured times along when a clip is trimmed or cut.

import { splitWords } from '../script/written-words.js';
import { findPauses, mapThroughCuts, type Pause } from './trim.js';
import type { WordTiming } from './types.js';

/** The words of a text as engines say them (script/written-words.ts). */
export { splitWords };

/** Silent runs at least this long separate voiced stretches for the estimate, seconds. */
const MIN_GAP_S = 0.08;

/** How many letters and digits a word has (at least 1): its weight in the estimate. */
function weight(word: string): number {
  return Math.max(1, (word.match(/[\p{L}\p{N}]/gu) ?? []).length);
}

/** Voiced stretches of a clip, seconds: the clip minus its internal silent runs of MIN_GAP_S or more. */
function voicedSpans(samples: Float32Array, sampleRate: number): { start: number; end: number }[] {
  const gaps = findPauses(samples, sampleRate).filter((p) => p.end - p.start >= MIN_GAP_S * sampleRate);
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const gap of gaps) {
    if (gap.start > from) spans.push({ start: from / sampleRate, end: gap.start / sampleRate });
    from = gap.end;
  }
  const length = samples.length / sampleRate;
  if (length > from / sampleRate || spans.length === 0) spans.push({ start: from / sampleRate, end: length });
  return spans;
}

/**
 * Word times estimated for `text` spoken in `samples` (a trimmed clip): the voiced part of the clip is
 * shared out by letter count, in order, so words fall in speech and not in its pauses. Marked estimated.
 */
export function estimateWords(text: string, samples: Float32Array, sampleRate: number): WordTiming[] {
  const words = splitWords(text);
  if (words.length === 0 || samples.length === 0) return [];
  const spans = voicedSpans(samples, sampleRate);
  const voiced = spans.reduce((sum, span) => sum + (span.end - span.start), 0);
  const total = words.reduce((sum, word) => sum + weight(word), 0);
  // Voiced time v → clip time; at a span's end a start moves on to the next span, an end stays.
  const place = (v: number, isStart: boolean): number => {
    let left = v;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      const length = span.end - span.start;
      const last = i === spans.length - 1;
      if (left < length - 1e-9 || (!isStart && left <= length + 1e-9) || last) return Math.min(span.end, span.start + Math.max(0, left));
      left -= length;
    }
    return samples.length / sampleRate;
  };
  let done = 0;
  return words.map((word) => {
    const start = place((done / total) * voiced, true);
    done += weight(word);
    const end = place((done / total) * voiced, false);
    return { text: word, start_s: round(start), end_s: round(Math.max(start, end)), estimated: true };
  });
}

const round = (s: number): number => Math.round(s * 1e4) / 1e4;

/** Words moved by `offset_s` (a trimmed lead is negative) and kept within 0..duration_s, in order. */
export function shiftWords(words: readonly WordTiming[], offset_s: number, duration_s: number): WordTiming[] {
  const clamp = (t: number): number => round(Math.min(duration_s, Math.max(0, t + offset_s)));
  let floor = 0;
  return words.map((word) => {
    const start_s = Math.max(floor, clamp(word.start_s));
    const end_s = Math.max(start_s, clamp(word.end_s));
    floor = start_s;
    return { ...word, start_s, end_s };
  });
}

/** Words of a clip after compactPauses removed `cuts` (sample runs of the clip, in order). */
export function wordsThroughCuts(words: readonly WordTiming[], cuts: readonly Pause[], sampleRate: number): WordTiming[] {
  if (cuts.length === 0) return [...words];
  return words.map((word) => ({
    ...word,
    start_s: round(mapThroughCuts(word.start_s, cuts, sampleRate)),
    end_s: round(mapThroughCuts(word.end_s, cuts, sampleRate)),
  }));
}
