// Word times from flite's phone output (pure). flite prints one relation per run: `-psdur` gives the phones of
// the spoken line with their end times (`pau:0.224 w:0.338 …`, one line per utterance, times restarting at each),
// but not which word each phone belongs to; `-ps` over the words one per utterance gives each word's phones.
// The two phone sequences are aligned (they differ only where context changes a pronunciation).

import type { WordTiming } from './types.js';

/** One phone of the spoken line, seconds from the start of its audio. */
export interface TimedPhone {
  phone: string;
  start_s: number;
  end_s: number;
}

const SILENCE = 'pau';
/** Cells of the alignment table above which a line is not aligned (its words are estimated instead). */
const MAX_CELLS = 4_000_000;

/**
 * The phones of a `-psdur` log on one timeline: each utterance starts where the one before ended, pauses
 * dropped. With `audio_s`, an audio shorter than the phones say (the diphone voice `kal` leaves out most of
 * each utterance's closing pause) takes the difference out of the utterances' closing pauses, evenly.
 */
export function parseTimedPhones(log: string, audio_s?: number): TimedPhone[] {
  const utterances: { phone: string; end: number }[][] = [];
  for (const line of log.split('\n')) {
    const tokens = line.trim().split(/\s+/).filter(Boolean);
    const parsed = tokens.map((token) => /^([a-z][a-z0-9_]*):(\d+(?:\.\d+)?)$/.exec(token));
    if (parsed.length === 0 || parsed.some((m) => !m)) continue; // not a phone line (a warning, a blank line)
    let previous = 0;
    utterances.push(parsed.map((m) => ({ phone: m![1]!, end: (previous = Math.max(previous, Number(m![2]))) })));
  }
  const total = utterances.reduce((sum, u) => sum + (u.at(-1)?.end ?? 0), 0);
  const short = audio_s === undefined ? 0 : Math.max(0, total - audio_s) / Math.max(1, utterances.length);
  const phones: TimedPhone[] = [];
  let offset = 0;
  for (const utterance of utterances) {
    let previous = 0;
    for (const { phone, end } of utterance) {
      if (phone !== SILENCE) phones.push({ phone, start_s: offset + previous, end_s: offset + end });
      previous = end;
    }
    const last = utterance.at(-1);
    const closingPause = last?.phone === SILENCE ? last.end - (utterance.at(-2)?.end ?? 0) : 0;
    offset += previous - Math.min(short, closingPause);
  }
  return phones;
}

/** The phones of each utterance in a `-ps` log (one utterance per word), pauses dropped. */
export function parseWordPhones(log: string): string[][] {
  const words: string[][] = [];
  for (const line of log.split('\n')) {
    const tokens = line.trim().split(/\s+/).filter(Boolean);
    if (tokens[0] !== SILENCE || tokens.some((token) => !/^[a-z][a-z0-9_]*$/.test(token))) continue;
    words.push(tokens.filter((token) => token !== SILENCE));
  }
  return words;
}

/**
 * Which word each timed phone belongs to: a minimum-edit alignment of the line's phones against the words'
 * phones laid end to end (a substitution or match takes the word of its partner; an extra phone, the word of
 * the phone before it). undefined when the line is too long to align.
 */
function phoneOwners(timed: readonly TimedPhone[], words: readonly string[][]): number[] | undefined {
  const target: { phone: string; word: number }[] = words.flatMap((phones, word) => phones.map((phone) => ({ phone, word })));
  const n = timed.length;
  const m = target.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return undefined;
  if (n === m && timed.every((p, i) => p.phone === target[i]!.phone)) return target.map((t) => t.word);
  // 0 diagonal, 1 up (a timed phone with no partner), 2 left (a word phone not said).
  const step = new Uint8Array((n + 1) * (m + 1));
  let previous = new Uint32Array(m + 1).map((_, j) => j);
  for (let j = 1; j <= m; j++) step[j] = 2;
  for (let i = 1; i <= n; i++) {
    const row = new Uint32Array(m + 1);
    row[0] = i;
    step[i * (m + 1)] = 1;
    for (let j = 1; j <= m; j++) {
      const diagonal = previous[j - 1]! + (timed[i - 1]!.phone === target[j - 1]!.phone ? 0 : 1);
      const up = previous[j]! + 1;
      const left = row[j - 1]! + 1;
      const best = Math.min(diagonal, up, left);
      row[j] = best;
      step[i * (m + 1) + j] = best === diagonal ? 0 : best === up ? 1 : 2;
    }
    previous = row;
  }
  const owners = new Array<number>(n).fill(-1);
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const move = step[i * (m + 1) + j]!;
    if (move === 0) owners[--i] = target[--j]!.word;
    else if (move === 1) i--;
    else j--;
  }
  // A phone without a partner belongs to the word before it (the first ones, to the first word).
  let last = owners.find((owner) => owner >= 0) ?? 0;
  return owners.map((owner) => (owner >= 0 ? (last = owner) : last));
}

/**
 * Word times from flite's two logs: `texts` are the words sent, one per utterance of `wordLog`; `timedLog` is
 * the `-psdur` log of the whole line, whose audio lasts `audio_s`. undefined when they cannot be matched (then the words are estimated).
 */
export function fliteWordTimes(texts: readonly string[], timedLog: string, wordLog: string, audio_s?: number): WordTiming[] | undefined {
  const timed = parseTimedPhones(timedLog, audio_s);
  const words = parseWordPhones(wordLog);
  if (texts.length === 0 || words.length !== texts.length) return undefined;
  const owners = phoneOwners(timed, words);
  if (!owners) return undefined;
  const spans: ({ start_s: number; end_s: number } | undefined)[] = texts.map(() => undefined);
  owners.forEach((word, i) => {
    const phone = timed[i]!;
    const span = spans[word];
    spans[word] = span ? { start_s: Math.min(span.start_s, phone.start_s), end_s: Math.max(span.end_s, phone.end_s) } : { start_s: phone.start_s, end_s: phone.end_s };
  });
  // A word none of whose phones were said takes no time, where the word before it ended.
  let at = 0;
  return texts.map((text, i) => {
    const span = spans[i] ?? { start_s: at, end_s: at };
    const start_s = Math.max(at, span.start_s);
    at = Math.max(start_s, span.end_s);
    return { text, start_s: Math.round(start_s * 1e4) / 1e4, end_s: Math.round(at * 1e4) / 1e4 };
  });
}
