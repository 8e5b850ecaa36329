// A line's word times on the timeline (draft `w`, ms) and in the report (seconds): the words as written where
// each written word can be matched to the spoken words it became ("$1,299" spans "one … dollars"), else as spoken.

import type { PronunciationMap } from '../../script/user-pronunciations.js';
import { writtenWords } from '../../script/written-words.js';
import type { WordTiming } from '../../tts/types.js';
import type { DraftWord } from './draft.js';

const ms = (s: number): number => Math.round(s * 1000);

/**
 * The draft words of a line laid at `start_s`: `words` are the fitted clip's (seconds within it, spoken
 * forms), shown as the line's written words when they map onto them. Times stay in order, and before `end_s`
 * (the line's end) when given.
 */
export function draftWords(
  written: string,
  words: readonly WordTiming[],
  start_s: number,
  options: { language?: string; pronunciations?: PronunciationMap; end_s?: number } = {},
): DraftWord[] {
  const mapped = writtenWords(written, words.map((w) => w.text), options);
  const merged: WordTiming[] = mapped
    ? mapped.map(({ text, first, last }) => {
        const span = words.slice(first, last + 1);
        const estimated = span.some((w) => w.estimated);
        return { text, start_s: words[first]!.start_s, end_s: words[last]!.end_s, ...(estimated ? { estimated } : {}) };
      })
    : [...words];
  let floor = ms(start_s);
  // The segment's end (`s + d` in ms): a clip may run a millisecond past its slot, its words may not.
  const until = options.end_s === undefined ? Infinity : ms(start_s) + ms(options.end_s - start_s);
  return merged.map((word) => {
    const s = Math.min(until, Math.max(floor, ms(start_s + word.start_s)));
    const e = Math.min(until, Math.max(s, ms(start_s + word.end_s)));
    floor = s;
    return { t: word.text, s, e, ...(word.estimated ? { est: true } : {}) };
  });
}

/** Draft words as report.json gives them: output seconds, `estimated` kept. */
export function reportWords(words: readonly DraftWord[]): WordTiming[] {
  return words.map((w) => ({ text: w.t, start_s: w.s / 1000, end_s: w.e / 1000, ...(w.est ? { estimated: true } : {}) }));
}
