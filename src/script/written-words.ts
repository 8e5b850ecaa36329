// Words as written vs words as spoken: which spoken words ("one thousand two hundred ninety-nine dollars")
// each written word ("$1,299") became, so captions and reports can show the written words with spoken times.

import { alignSequences } from '../core/align-sequences.js';
import { normaliseForSpeech } from './normalise.js';
import { compilePronunciations, type PronunciationMap } from './user-pronunciations.js';

const hasWordCharacter = (token: string): boolean => /[\p{L}\p{N}]/u.test(token);

/**
 * The words of a text: whitespace-separated tokens, punctuation kept on its word; a token of punctuation
 * only ("—", "…") joins the word before it (or the one after it, at the start).
 */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let pending = '';
  for (const token of text.split(/\s+/).filter(Boolean)) {
    if (hasWordCharacter(token)) {
      words.push(pending ? `${pending} ${token}` : token);
      pending = '';
    } else if (words.length > 0) words[words.length - 1] += ` ${token}`;
    else pending = pending ? `${pending} ${token}` : token;
  }
  if (pending && words.length === 0) words.push(pending);
  return words;
}

/** A written word and the spoken words it became, as indices [first, last] into the spoken words. */
export interface WrittenWord {
  text: string;
  first: number;
  last: number;
}

/** How a word compares: lower case, letters and digits only ("Ninety-nine," → "ninetynine"). */
const key = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The written words of `written` mapped onto `spoken` (the words an engine said for its normalised form):
 * each written word is normalised on its own, and those spoken forms are aligned with `spoken` in order
 * (context rules, "5-10 km", may differ token by token: the alignment absorbs that). A written word that
 * became no spoken word joins its neighbour. undefined when no mapping covers every spoken word.
 */
export function writtenWords(
  written: string,
  spoken: readonly string[],
  options: { language?: string; pronunciations?: PronunciationMap } = {},
): WrittenWord[] | undefined {
  const tokens = splitWords(written);
  const pronunciations = compilePronunciations(options.pronunciations);
  if (tokens.length === 0 || spoken.length === 0) return undefined;
  const expected: { key: string; token: number }[] = [];
  tokens.forEach((token, index) => {
    for (const word of splitWords(normaliseForSpeech(token, options.language, pronunciations))) {
      expected.push({ key: key(word), token: index });
    }
  });
  const partners = alignSequences(spoken.map(key), expected.map((e) => e.key));
  if (!partners) return undefined;
  // A spoken word without a partner belongs to the written word of the spoken word before it.
  let last = expected[partners.find((j) => j >= 0) ?? 0]?.token ?? 0;
  const owners = partners.map((j) => (j >= 0 ? (last = expected[j]!.token) : last));
  const spans = new Map<number, { first: number; last: number }>();
  owners.forEach((token, i) => {
    const span = spans.get(token);
    spans.set(token, span ? { first: span.first, last: i } : { first: i, last: i });
  });
  // Written words with no spoken word of their own join the word before them (or the first one after).
  const result: WrittenWord[] = [];
  let orphans: string[] = [];
  tokens.forEach((text, index) => {
    const span = spans.get(index);
    if (!span) {
      if (result.length > 0) result[result.length - 1]!.text += ` ${text}`;
      else orphans.push(text);
      return;
    }
    result.push({ text: [...orphans, text].join(' '), ...span });
    orphans = [];
  });
  return result.length > 0 ? result : undefined;
}
