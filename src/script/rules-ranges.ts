// Normalisation rules for ranges ("10-20 min", "50%-60%", "$10-20", "9am-5pm") and hyphenated IDs.

import { moneyWords } from './rules-money.js';
import { NUM, cardinalWords, digitWords } from './spoken-numbers.js';
import { textAfter, textBefore, type SpeechRule } from './speech-rule.js';

/** A range dash: unspaced hyphen or en dash, or either one with a space on both sides. */
const DASH = String.raw`(?:[-–]|\s[-–]\s)`;

/** Suffixes that may end the left side of a range: "50%-", "2x-", "9am-", "9 a.m. -". */
const RANGE_SUFFIX = String.raw`(?:%|[xX×]|\s?[aApP]\.?[mM]\.?)`;

/** Whether a written arithmetic "=" sits right beside the expression around `m` ("10 - 5 = 5", "x = 10-5"). */
function isArithmetic(m: RegExpExecArray): boolean {
  const before = textBefore(m);
  const after = textAfter(m);
  return /=\s*[-−]?[\d.,]+$/.test(before) || /^[-−]?[\d.,]+\s*=/.test(after);
}

/** Hyphenated numbers of three or more groups (ISBNs, order numbers) and "#12345-678": group by group, digit by digit. */
export const idRule: SpeechRule = {
  name: 'id',
  pattern: /(?<![\w.#-])(#?)(\d+(?:-\d+){2,}|(?<=#)\d+(?:-\d+)+)(?![\w-])/g,
  replace: (m) => `${m[1] ? 'number ' : ''}${(m[2] ?? '').split('-').map(digitWords).join(', ')}`,
};

/** "$10-20" → "ten to $20" (the currency is said once, after the range: "ten to twenty dollars"). */
export const moneyRangeRule: SpeechRule = {
  name: 'money-range',
  pattern: new RegExp(String.raw`(?<![\w.])([$€£¥₹])(${NUM})${DASH}(?=${NUM}(?![\d]))`, 'g'),
  replace: (m) => {
    const symbol = m[1] ?? '$';
    const amount = m[2] ?? '';
    const left = amount.includes('.') ? moneyWords(symbol, amount) : cardinalWords(amount);
    return `${left} to ${symbol}`;
  },
};

/** "50%-60%" → "50 to 60%", "2x-3x" → "2 to 3x": a suffix said once, after the range (twice when the range starts below zero). */
export const suffixRangeRule: SpeechRule = {
  name: 'suffix-range',
  pattern: new RegExp(String.raw`(?<![\w.])(${NUM})\s?([%xX×])${DASH}(?=${NUM}\s?([%xX×])(?![\w]))`, 'g'),
  replace: (m) => {
    const kind = (s: string | undefined): string => (s === '%' ? '%' : 'x');
    const negative = /[-−]$/.test(textBefore(m, 1));
    return kind(m[2]) === kind(m[3]) && !negative && !isArithmetic(m) ? `${m[1]} to ` : m[0];
  },
};

/**
 * "10-20" / "10–20" / "10 - 20 min" / "$5–$10" / "9am-5pm" / "-5--10" → "10 to 20" (numbers are read later);
 * "10 - 5 = 5" → minus. A negative right end only follows a negative left end.
 */
export const rangeRule: SpeechRule = {
  name: 'range',
  pattern: new RegExp(String.raw`(?<=\d${RANGE_SUFFIX}?)${DASH}(?=[-−]?[$€£]?\d)`, 'g'),
  replace: (m) => {
    const negativeRight = /^[-−]/.test(textAfter(m, 1));
    const negativeLeft = /(?:^|[\s([])[-−][$€£]?[\d.,]+$/.test(textBefore(m));
    if (negativeRight) return negativeLeft ? ' to ' : m[0];
    return isArithmetic(m) ? ' minus ' : ' to ';
  },
};

/** Seasons and fiscal years: "2025/26" → "2025 to 26" (the second year is the next one, in two digits). */
export const seasonRule: SpeechRule = {
  name: 'season',
  pattern: /(?<![\w./])(\d{4})\/(\d{2})(?![\w/]|\.\d)/g,
  replace: (m) => ((Number(m[1]) + 1) % 100 === Number(m[2]) ? `${m[1]} to ${m[2]}` : m[0]),
};

/** An unspaced en dash between words is a range too: "Mon–Fri" → "Mon to Fri", "Q1–Q3" → "Q1 to Q3". */
export const enDashRule: SpeechRule = {
  name: 'en-dash',
  pattern: /(?<=\w)–(?=\w)/g,
  replace: () => ' to ',
};

/** Range rules in the order they must run (after phone numbers and dates took their hyphens). */
export const RANGE_RULES: readonly SpeechRule[] = [idRule, moneyRangeRule, suffixRangeRule, rangeRule, seasonRule, enDashRule];
