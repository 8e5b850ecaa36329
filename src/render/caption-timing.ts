// When each caption token is said: the engine's word times when there are some, else an estimate
// spread by characters over the line (pure).

import type { WordTiming } from '../tts/types.js';
import type { CaptionLine } from './caption-line.js';
import { textWidth, type CaptionToken } from './caption-words.js';

/** A token's time, output seconds. */
export interface TokenTime {
  start_s: number;
  end_s: number;
}

/**
 * Times of the tokens of `line`: word for word when the engine's words match the tokens one to one;
 * otherwise (the spoken text was normalised, or CJK characters against words) by position in the
 * text, mapped through the word times; with no word times, spread by characters over the line.
 */
export function tokenTimes(tokens: readonly CaptionToken[], line: CaptionLine): TokenTime[] {
  const lo = line.start_s;
  const hi = Math.max(line.end_s, line.start_s);
  const words = (line.words ?? []).filter((w) => Number.isFinite(w.start_s) && Number.isFinite(w.end_s));
  let times: TokenTime[];
  if (words.length === tokens.length) times = words.map((w) => ({ start_s: w.start_s, end_s: w.end_s }));
  else if (words.length > 0) times = throughWords(tokens, words);
  else times = byCharacters(tokens, lo, hi);
  // Monotone and inside the line, whatever the engine said.
  let floor = lo;
  return times.map((t) => {
    const start_s = Math.min(hi, Math.max(floor, t.start_s));
    floor = start_s;
    return { start_s, end_s: Math.min(hi, Math.max(start_s, t.end_s)) };
  });
}

/** Spread tokens over [from, to] in proportion to their width (a space counts one). */
function byCharacters(tokens: readonly CaptionToken[], from: number, to: number): TokenTime[] {
  const weights = tokens.map((t, k) => t.width + (k > 0 && t.space ? 1 : 0));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const span = to - from;
  let before = 0;
  return tokens.map((t, k) => {
    before += weights[k]! - t.width;
    const start_s = from + (before / total) * span;
    before += t.width;
    return { start_s, end_s: from + (before / total) * span };
  });
}

/** Map each token's place in the caption text onto the same place in the spoken words, then to its time. */
function throughWords(tokens: readonly CaptionToken[], words: readonly WordTiming[]): TokenTime[] {
  const lengths = words.map((w) => Math.max(1, textWidth(w.text.trim())));
  const spoken = lengths.reduce((a, b) => a + b, 0);
  const written = tokens.reduce((sum, t) => sum + t.width, 0) || 1;
  const timeAt = (p: number, isEnd: boolean): number => {
    let at = 0;
    for (let j = 0; j < words.length; j++) {
      const len = lengths[j]!;
      const w = words[j]!;
      if (isEnd ? p <= at + len : p < at + len) return w.start_s + (Math.max(0, p - at) / len) * (w.end_s - w.start_s);
      at += len;
    }
    return words[words.length - 1]!.end_s;
  };
  let before = 0;
  return tokens.map((t) => {
    const start = (before / written) * spoken;
    before += t.width;
    return { start_s: timeAt(start, false), end_s: timeAt((before / written) * spoken, true) };
  });
}
