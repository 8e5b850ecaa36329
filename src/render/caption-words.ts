// The words of a caption line as the layout sees them: tokens, their display width, and how good a
// line break between two of them is (pure).

/** One unit the layout never splits: a word, or a single character of CJK text written without spaces. */
export interface CaptionToken {
  text: string;
  /** A space comes before it when it is not the first on its line (false inside unspaced CJK text). */
  space: boolean;
  /** Display width: a wide (CJK, full-width) character counts two, anything else one. */
  width: number;
}

// Han, kana, CJK symbols and punctuation, full-width forms: written without spaces, split by character.
const UNSPACED = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
// Wide on screen: the above plus Hangul (Korean does use spaces, so it is only wide, never split).
const WIDE = /[\u1100-\u115f\u3000-\u303f\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]/u;
// Punctuation that belongs to the character before it (never starts a line) or after it (never ends one).
const CLOSING = /^[、。，．！？：；）」』】》〉”’…,.!?;:)\]}'"%]+$/u;
const OPENING = /^[「『（【《〈“‘([{]+$/u;

/** The display width of a string (wide characters count two). */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Split caption text into tokens: words at spaces, and unspaced CJK text character by character. */
export function tokenize(text: string): CaptionToken[] {
  const tokens: CaptionToken[] = [];
  for (const chunk of text.trim().split(/\s+/u)) {
    if (!chunk) continue;
    const pieces = UNSPACED.test(chunk) ? splitUnspaced(chunk) : [chunk];
    pieces.forEach((piece, i) => tokens.push({ text: piece, space: i === 0 && tokens.length > 0, width: textWidth(piece) }));
  }
  return tokens;
}

/** CJK characters one by one, Latin runs whole, punctuation kept with the character it belongs to. */
function splitUnspaced(chunk: string): string[] {
  const parts: string[] = [];
  let run = '';
  let opening = '';
  const push = (piece: string): void => {
    parts.push(opening + piece);
    opening = '';
  };
  for (const ch of chunk) {
    if (UNSPACED.test(ch) && !CLOSING.test(ch) && !OPENING.test(ch)) {
      if (run) push(run);
      run = '';
      push(ch);
    } else if (CLOSING.test(ch) && !run && parts.length > 0) {
      parts[parts.length - 1] += ch;
    } else if (OPENING.test(ch) && UNSPACED.test(ch)) {
      if (run) push(run);
      run = '';
      opening += ch;
    } else {
      run += ch;
    }
  }
  if (run || opening) push(run);
  return parts;
}

// Breaking before these keeps a phrase together (conjunctions, relative pronouns, prepositions).
const CONNECTIVES = new Set(
  (
    'and but or nor so yet because although though while whereas when whenever where if unless until since after before once ' +
    'that which who whom whose what how why than then with without to for of in on at by from into onto over under about ' +
    'through between across against along among around during toward towards upon via like as'
  ).split(' '),
);
// A line should not end on these (an article or a preposition waiting for its noun).
const WEAK_ENDINGS = new Set('a an the to of in on at by for with from and or but my your our their its his her this these those'.split(' '));

const SENTENCE_END = /[.!?…。！？]["'”’)\]」』）]*$/u;
const CLAUSE_END = /[,;:，、；：—–-]["'”’)\]」』）]*$/u;
const DASH = /^[—–-]/u;

const bare = (word: string): string => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * How bad a break between two tokens is: 0 after a sentence, 10 after a clause mark or before a
 * dash, 20 before a connective, 40 at any other space (60 when the line would end on an article or
 * a preposition).
 */
export function breakCost(prev: CaptionToken, next: CaptionToken): number {
  if (SENTENCE_END.test(prev.text)) return 0;
  if (CLAUSE_END.test(prev.text) || DASH.test(next.text)) return 10;
  if (CONNECTIVES.has(bare(next.text))) return 20;
  return WEAK_ENDINGS.has(bare(prev.text)) ? 60 : 40;
}
