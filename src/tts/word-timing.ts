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

/** Silent runs of MIN_GAP_S or more inside a clip, as sample indices, in order. */
function gapsOf(samples: Float32Array, sampleRate: number): Pause[] {
  return findPauses(samples, sampleRate).filter((p) => p.end - p.start >= MIN_GAP_S * sampleRate);
}

/** Voiced stretches of samples [from, to), seconds: that part minus the gaps inside it. */
function voicedSpans(gaps: readonly Pause[], from: number, to: number, sampleRate: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let at = from;
  for (const gap of gaps) {
    if (gap.end <= from || gap.start >= to) continue;
    if (gap.start > at) spans.push({ start: at / sampleRate, end: gap.start / sampleRate });
    at = Math.max(at, gap.end);
  }
  if (to > at || spans.length === 0) spans.push({ start: at / sampleRate, end: Math.max(at, to) / sampleRate });
  return spans;
}

/** A word that ends a phrase: its punctuation is where speakers pause. */
const endsPhrase = (word: string): boolean => /[.,;:!?…—–]["'”’)\]]*$/u.test(word);

/** Words spread by letters over the voiced spans, in order (a start at a span's end moves on to the next span). */
function spread(words: readonly string[], spans: readonly { start: number; end: number }[]): WordTiming[] {
  const voiced = spans.reduce((sum, span) => sum + (span.end - span.start), 0);
  const total = words.reduce((sum, word) => sum + weight(word), 0);
  const place = (v: number, isStart: boolean): number => {
    let left = v;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      const length = span.end - span.start;
      if (left < length - 1e-9 || (!isStart && left <= length + 1e-9) || i === spans.length - 1) return Math.min(span.end, span.start + Math.max(0, left));
      left -= length;
    }
    return spans.at(-1)?.end ?? 0;
  };
  let done = 0;
  return words.map((word) => {
    const start = place((done / total) * voiced, true);
    done += weight(word);
    const end = place((done / total) * voiced, false);
    return { text: word, start_s: round(start), end_s: round(Math.max(start, end)), estimated: true };
  });
}

/**
 * Word times estimated for `text` spoken in `samples` (a trimmed clip), marked estimated. The line's phrases
 * (ending at `, . ; : ! ?`) go to the stretches between the clip's longest pauses, one pause per phrase
 * boundary, when there are enough pauses; within each, the voiced part is shared out by letter count, so
 * words fall in speech and not in its pauses.
 */
export function estimateWords(text: string, samples: Float32Array, sampleRate: number): WordTiming[] {
  const words = splitWords(text);
  if (words.length === 0 || samples.length === 0) return [];
  const gaps = gapsOf(samples, sampleRate);
  const phrases: string[][] = [[]];
  words.forEach((word, i) => {
    phrases.at(-1)!.push(word);
    if (endsPhrase(word) && i < words.length - 1) phrases.push([]);
  });
  // Rounded times never pass the clip's end.
  const within = (timed: WordTiming[]): WordTiming[] => shiftWords(timed, 0, samples.length / sampleRate);
  if (phrases.length === 1 || gaps.length < phrases.length - 1) return within(spread(words, voicedSpans(gaps, 0, samples.length, sampleRate)));
  const breaks = [...gaps].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, phrases.length - 1).sort((a, b) => a.start - b.start);
  return within(
    phrases.flatMap((phrase, i) => {
      const from = i === 0 ? 0 : breaks[i - 1]!.end;
      const to = i === breaks.length ? samples.length : breaks[i]!.start;
      return spread(phrase, voicedSpans(gaps, from, to, sampleRate));
    }),
  );
}

const round = (s: number): number => Math.round(s * 1e4) / 1e4;

/** Words moved by `offset_s` (a trimmed lead is negative) and kept within 0..duration_s, in order. */
export function shiftWords(words: readonly WordTiming[], offset_s: number, duration_s: number): WordTiming[] {
  const end = Math.floor(duration_s * 1e4) / 1e4; // rounded times stay within the clip
  const clamp = (t: number): number => Math.min(end, round(Math.max(0, t + offset_s)));
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
