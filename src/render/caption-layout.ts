// Readable captions: each narrated line broken at phrase boundaries into lines of at most max_chars
// and cues of at most max_lines lines, each cue timed by the words it holds (pure).

import type { CaptionLine } from './caption-line.js';
import { breakCost, tokenize, type CaptionToken } from './caption-words.js';
import { tokenTimes } from './caption-timing.js';

/** How captions are laid out (config `captions.max_chars` / `max_lines`). */
export interface CaptionLayout {
  max_chars: number;
  max_lines: number;
}

/** The layout the config defaults to: 42 characters a line, 2 lines a cue. */
export const DEFAULT_CAPTION_LAYOUT: CaptionLayout = { max_chars: 42, max_lines: 2 };

/** A word of a cue, timed in output seconds; `space` when a space precedes it on its line. */
export interface CueWord {
  text: string;
  start_s: number;
  end_s: number;
  space: boolean;
}

/** One caption cue: its lines of words, shown from start_s to end_s (output seconds). */
export interface CaptionCue {
  start_s: number;
  end_s: number;
  lines: CueWord[][];
}

// Weights: fewer cues first, then fewer lines, then good breaks, balanced lengths and no lone words.
const CUE = 1000;
const LINE = 100;
const SLACK = 40;
const LONE_WORD_LINE = 100;
const LONE_WORD_CUE = 150;
// A cue on screen for less than this is hard to read: each second short costs this much.
const MIN_CUE_S = 1;
const SHORT_CUE = 300;

/** The text of a cue: its lines joined by newlines. */
export function cueText(cue: CaptionCue): string {
  return cue.lines.map((line) => line.map((w, i) => (i > 0 && w.space ? ' ' : '') + w.text).join('')).join('\n');
}

/** Lay out every caption line; cues come in time order. */
export function layoutCaptions(lines: readonly CaptionLine[], layout: CaptionLayout = DEFAULT_CAPTION_LAYOUT): CaptionCue[] {
  return lines.flatMap((line) => layoutCaption(line, layout));
}

/** One caption line as cues: split into lines ≤ max_chars (a longer single word stays whole) and cues ≤ max_lines. */
export function layoutCaption(line: CaptionLine, layout: CaptionLayout = DEFAULT_CAPTION_LAYOUT): CaptionCue[] {
  const tokens = tokenize(line.text);
  if (tokens.length === 0) return [];
  const maxChars = Math.max(1, Math.floor(layout.max_chars));
  const maxLines = Math.max(1, Math.floor(layout.max_lines));
  const times = tokenTimes(tokens, line);
  const starts = times.map((t, k) => (k === 0 ? line.start_s : t.start_s));
  const cues = splitCues(tokens, maxChars, maxLines, (i, j) => (j < tokens.length ? starts[j]! : line.end_s) - starts[i]!);
  return cues.map(({ from, to, breaks }, k) => {
    const start_s = k === 0 ? line.start_s : times[from]!.start_s;
    const end_s = k === cues.length - 1 ? Math.max(line.end_s, start_s) : times[cues[k + 1]!.from]!.start_s;
    const bounds = [from, ...breaks, to];
    const rows = bounds.slice(0, -1).map((a, r) =>
      tokens.slice(a, bounds[r + 1]).map((t, i) => ({
        text: t.text,
        start_s: clamp(times[a + i]!.start_s, start_s, end_s),
        end_s: clamp(times[a + i]!.end_s, start_s, end_s),
        space: t.space,
      })),
    );
    return { start_s, end_s, lines: rows };
  });
}

interface CueSpan {
  from: number;
  to: number;
  /** Token indexes where a new line starts inside the cue. */
  breaks: number[];
}

/** Best split of the tokens into cues (dynamic programming over cue ends, each cue's lines solved inside); `seconds` is how long a span would show. */
function splitCues(tokens: readonly CaptionToken[], maxChars: number, maxLines: number, seconds: (from: number, to: number) => number): CueSpan[] {
  const n = tokens.length;
  const width = lineWidths(tokens);
  const capacity = maxChars * maxLines;
  const best: { cost: number; prev: number; breaks: number[] }[] = [{ cost: 0, prev: -1, breaks: [] }];
  for (let j = 1; j <= n; j++) best.push({ cost: Infinity, prev: -1, breaks: [] });
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(best[i]!.cost)) continue;
    const lines = lineSplits(tokens, width, i, maxChars, maxLines);
    // The table ends where a span stops fitting: it cannot fit with more tokens either.
    for (let j = i + 1; j <= i + lines.length; j++) {
      const inner = lines[j - i - 1]!;
      let cost = best[i]!.cost + CUE + inner.cost + SLACK * ratio(Math.max(0, capacity - width(i, j)), capacity);
      if (j - i === 1 && n > 1) cost += LONE_WORD_CUE;
      if (n > 1) cost += SHORT_CUE * Math.max(0, MIN_CUE_S - seconds(i, j));
      if (j < n) cost += 2 * breakCost(tokens[j - 1]!, tokens[j]!);
      if (cost < best[j]!.cost) best[j] = { cost, prev: i, breaks: inner.breaks };
    }
  }
  const spans: CueSpan[] = [];
  for (let j = n; j > 0; j = best[j]!.prev) spans.unshift({ from: best[j]!.prev, to: j, breaks: best[j]!.breaks });
  return spans;
}

/**
 * The best split into at most maxLines lines of ≤ maxChars of tokens [from, from + k) for k = 1, 2, …
 * up to the last k that fits (one dynamic programme serves every cue starting at `from`).
 */
function lineSplits(tokens: readonly CaptionToken[], width: (a: number, b: number) => number, from: number, maxChars: number, maxLines: number): { cost: number; breaks: number[] }[] {
  // cost[l][k]: best cost of tokens [from, from + k) in l lines; back[l][k]: where its last line starts.
  const cost: number[][] = Array.from({ length: maxLines + 1 }, () => [0]);
  const back: number[][] = Array.from({ length: maxLines + 1 }, () => [-1]);
  for (let l = 1; l <= maxLines; l++) cost[l]![0] = Infinity;
  const result: { cost: number; breaks: number[] }[] = [];
  for (let k = 1; from + k <= tokens.length; k++) {
    cost[0]![k] = Infinity;
    let bestLines = 0;
    for (let l = 1; l <= maxLines; l++) {
      cost[l]![k] = Infinity;
      back[l]![k] = -1;
      for (let i = k - 1; i >= 0; i--) {
        const w = width(from + i, from + k);
        if (k - i > 1 && w > maxChars) break;
        const before = cost[l - 1]![i]!;
        if (!Number.isFinite(before)) continue;
        let c = before + LINE + SLACK * ratio(Math.max(0, maxChars - w), maxChars);
        if (k - i === 1) c += LONE_WORD_LINE;
        if (i > 0) c += breakCost(tokens[from + i - 1]!, tokens[from + i]!);
        if (c < cost[l]![k]!) {
          cost[l]![k] = c;
          back[l]![k] = i;
        }
      }
      if (cost[l]![k]! < (bestLines ? cost[bestLines]![k]! : Infinity)) bestLines = l;
    }
    if (!bestLines) break;
    const breaks: number[] = [];
    for (let l = bestLines, j = k; l > 1; l--) {
      j = back[l]![j]!;
      breaks.unshift(from + j);
    }
    // A cue of one token: its lone word is no orphan.
    result.push({ cost: cost[bestLines]![k]! - (k === 1 ? LONE_WORD_LINE : 0), breaks });
  }
  return result;
}

/** Width on one line of tokens [a, b): their widths and the spaces between them (prefix sums). */
function lineWidths(tokens: readonly CaptionToken[]): (a: number, b: number) => number {
  const prefix = [0];
  tokens.forEach((t, k) => prefix.push(prefix[k]! + t.width + (t.space ? 1 : 0)));
  return (a, b) => prefix[b]! - prefix[a]! - (tokens[a]!.space ? 1 : 0);
}

const ratio = (slack: number, of: number): number => (slack / of) ** 2;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
