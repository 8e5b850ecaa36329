// Numbers as English words: cardinals, decimals, ordinals, years, digit pairs ("ten eighty").

import numberToWords from 'number-to-words';

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Longest digit string read as one number; longer ones are read digit by digit. */
const MAX_CARDINAL_DIGITS = 15;

/** Digit pattern for numbers in rules: "1,299", "42", "3.14" (source text, no anchors). */
export const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/** Each digit as a word: "07" → "zero seven". */
export function digitWords(digits: string): string {
  return [...digits].map((d) => DIGITS[Number(d)] ?? d).join(' ');
}

/** A non-negative integer written in digits (commas allowed) as words: "1,299" → "one thousand two hundred ninety-nine". */
export function cardinalWords(digits: string): string {
  const plain = digits.replace(/,/g, '');
  if (plain.length > 1 && plain.startsWith('0')) return digitWords(plain);
  if (plain.length > MAX_CARDINAL_DIGITS) return digitWords(plain);
  return numberToWords.toWords(Number(plain)).replace(/,/g, '');
}

/** A number with optional sign and decimals as words: "-3.14" → "minus three point one four". */
export function numberWords(text: string): string {
  const sign = /^[-−]/.test(text) ? 'minus ' : /^\+/.test(text) ? 'plus ' : '';
  const unsigned = text.replace(/^[-−+]/, '');
  const [whole = '', fraction] = unsigned.split('.');
  const head = whole === '' ? '' : cardinalWords(whole);
  if (fraction === undefined || fraction === '') return sign + head;
  return `${sign}${head === '' ? '' : `${head} `}point ${digitWords(fraction)}`;
}

/** A positive integer as ordinal words: 22 → "twenty-second". */
export function ordinalWords(digits: string): string {
  const plain = digits.replace(/,/g, '');
  if (plain.length > MAX_CARDINAL_DIGITS) return `number ${digitWords(plain)}`;
  return numberToWords.toWordsOrdinal(Number(plain)).replace(/,/g, '');
}

/** Two-digit group after a spoken hundred: 5 → "oh five", 42 → "forty-two". */
function pairTail(n: number): string {
  return n < 10 ? `oh ${DIGITS[n]}` : cardinalWords(String(n));
}

/** A year as spoken: 1999 → "nineteen ninety-nine", 2005 → "two thousand five", 2010 → "twenty ten". */
export function yearWords(year: number): string {
  if (year < 1000 || year > 9999) return cardinalWords(String(year));
  const high = Math.floor(year / 100);
  const low = year % 100;
  if (year % 1000 < 10 && high % 10 === 0) return cardinalWords(String(year));
  if (low === 0) return `${cardinalWords(String(high))} hundred`;
  return `${cardinalWords(String(high))} ${pairTail(low)}`;
}

/** A 3–4 digit number read in pairs, as for resolutions: 1080 → "ten eighty", 720 → "seven twenty". */
export function pairWords(n: number): string {
  if (n < 100 || n > 9999) return cardinalWords(String(n));
  const high = Math.floor(n / 100);
  const low = n % 100;
  if (low === 0) return `${cardinalWords(String(high))} hundred`;
  return `${cardinalWords(String(high))} ${pairTail(low)}`;
}

/** Plural of the last word of a spoken number: "nineteen ninety" → "nineteen nineties". */
export function pluralizeLast(words: string): string {
  return words.replace(/(\w+)$/, (last) => (last.endsWith('y') ? `${last.slice(0, -1)}ies` : `${last}s`));
}

/** Whether a written integer is a plausible calendar year read as a year (1100–2099). */
export function looksLikeYear(digits: string): boolean {
  if (!/^\d{4}$/.test(digits)) return false;
  const n = Number(digits);
  return n >= 1100 && n <= 2099;
}
