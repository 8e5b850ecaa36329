// Split a paragraph into sentences with Intl.Segmenter, keeping titles like "Dr." with their name.

/** One sentence and where it starts in the paragraph. */
export interface Sentence {
  text: string;
  /** 0-based offset of its first character in the paragraph. */
  start: number;
}

/**
 * Words ending in a dot after which the segmenter splits, though the sentence goes on ("Dr. Smith").
 * ICU's English rules already keep "e.g." and "i.e." when a lower-case word follows.
 */
const NO_BREAK_AFTER = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|vs|e\.g|i\.e|approx|cf|Fig)\.\s*$/;

// Made on first use: creating it costs ~16 ms, which a timed script (and every unchanged re-run of one) never needs.
let segmenter: Intl.Segmenter | undefined;

/** Sentences of a paragraph (whitespace trimmed, empty ones dropped). */
export function splitSentences(paragraph: string): Sentence[] {
  const pieces: Sentence[] = [];
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const previous = pieces[pieces.length - 1];
    if (previous && NO_BREAK_AFTER.test(previous.text) && /^\s*[\w"'“(]/.test(segment)) {
      previous.text += segment;
    } else {
      pieces.push({ text: segment, start: index });
    }
  }
  return pieces
    .map(({ text, start }) => ({ text: text.trim(), start: start + (text.length - text.trimStart().length) }))
    .filter((sentence) => sentence.text !== '');
}
