// Word times from flite's phone output (pure). flite prints one relation per run: `-psdur` gives the phones of
// the spoken line with their end times (`pau:0.224 w:0.338 …`, one line per utterance, times restarting at each),
// but not which word each phone belongs to; `-ps` over the words one per utterance gives each word's phones.
// The two phone sequences are aligned (they differ only where context changes a pronunciation).

import { alignSequences } from '../core/align-sequences.js';
import type { WordTiming } from './types.js';

/** One phone of the spoken line, seconds from the start of its audio. */
export interface TimedPhone {
  phone: string;
  start_s: number;
  end_s: number;
}

const SILENCE = 'pau';

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
 * Which word each timed phone belongs to: the line's phones aligned with the words' phones laid end to end (a
 * match or substitution takes the word of its partner; an extra phone, the word of the phone before it).
 */
function phoneOwners(timed: readonly TimedPhone[], words: readonly string[][]): number[] | undefined {
  const owner = words.flatMap((phones, word) => phones.map(() => word));
  const partners = alignSequences(timed.map((p) => p.phone), words.flat());
  if (!partners) return undefined;
  let last = owner[partners.find((j) => j >= 0) ?? 0] ?? 0;
  return partners.map((j) => (j >= 0 ? (last = owner[j]!) : last));
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
