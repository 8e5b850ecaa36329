// Written words mapped onto the spoken words they became after text normalisation.
import { describe, expect, it } from 'vitest';
import { normaliseForSpeech } from '../../src/script/normalise.js';
import { compilePronunciations } from '../../src/script/user-pronunciations.js';
import { splitWords, writtenWords } from '../../src/script/written-words.js';

const spokenOf = (text: string, pronunciations?: Record<string, string>): string[] =>
  splitWords(normaliseForSpeech(text, 'en', pronunciations ? compiled(pronunciations) : undefined));

// The config's map, as parseScript compiles it.
const compiled = (map: Record<string, string>) => compilePronunciations(map);

/** Each written word with the spoken words it covers. */
function pairs(written: string, spoken: string[], pronunciations?: Record<string, string>): [string, string][] {
  const mapped = writtenWords(written, spoken, { language: 'en', ...(pronunciations ? { pronunciations } : {}) });
  return (mapped ?? []).map((w) => [w.text, spoken.slice(w.first, w.last + 1).join(' ')]);
}

describe('writtenWords', () => {
  it('gives "$1,299" the spoken words it became, and every other word its own', () => {
    const written = 'The Pro plan costs $1,299 a year.';
    const spoken = spokenOf(written);
    expect(spoken.length).toBeGreaterThan(written.split(' ').length);
    expect(pairs(written, spoken)).toEqual([
      ['The', 'The'], ['Pro', 'Pro'], ['plan', 'plan'], ['costs', 'costs'],
      ['$1,299', spoken.slice(4, -2).join(' ')], ['a', 'a'], ['year.', 'year.'],
    ]);
    expect(spoken.slice(4, -2).join(' ')).toMatch(/^one thousand two hundred ninety-nine dollars$/);
  });

  it('maps acronyms, units and a user pronunciation, covering every spoken word in order', () => {
    const pronunciations = { Kubectl: 'cube control' };
    const written = 'Run Kubectl, then the API answers in 3.5 ms.';
    const spoken = spokenOf(written, pronunciations);
    const mapped = writtenWords(written, spoken, { language: 'en', pronunciations })!;
    expect(mapped.map((w) => w.text)).toEqual(written.split(' '));
    expect(mapped[0]!.first).toBe(0);
    expect(mapped.at(-1)!.last).toBe(spoken.length - 1);
    mapped.forEach((w, i) => {
      expect(w.last).toBeGreaterThanOrEqual(w.first);
      if (i > 0) expect(w.first).toBe(mapped[i - 1]!.last + 1);
    });
    expect(pairs(written, spoken, pronunciations)[1]).toEqual(['Kubectl,', 'cube control,']);
  });

  it('falls back to nothing when there are no spoken words', () => {
    expect(writtenWords('Hello', [])).toBeUndefined();
  });
});
