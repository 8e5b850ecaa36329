// Normalisation rules for money, percentages and scaled amounts ("$2.5M", "10k", "42%").

import { NUM, cardinalWords, numberWords } from './spoken-numbers.js';
import { textBefore, type SpeechRule } from './speech-rule.js';

interface Currency {
  one: string;
  many: string;
  /** Names of the hundredth part; absent when amounts are never split (yen). */
  cent?: [one: string, many: string];
}

const CURRENCIES: Record<string, Currency> = {
  $: { one: 'dollar', many: 'dollars', cent: ['cent', 'cents'] },
  '€': { one: 'euro', many: 'euros', cent: ['cent', 'cents'] },
  '£': { one: 'pound', many: 'pounds', cent: ['penny', 'pence'] },
  '¥': { one: 'yen', many: 'yen' },
  '₹': { one: 'rupee', many: 'rupees', cent: ['paisa', 'paise'] },
  '¢': { one: 'cent', many: 'cents' },
};

/** Scale suffixes and words: "k" → "thousand". */
const SCALES: Record<string, string> = {
  k: 'thousand', K: 'thousand', thousand: 'thousand',
  m: 'million', M: 'million', mn: 'million', million: 'million',
  b: 'billion', B: 'billion', bn: 'billion', billion: 'billion',
  t: 'trillion', T: 'trillion', tn: 'trillion', trillion: 'trillion',
};

/** Scale after an amount: attached letter ("2.5M") or a word after a space ("2.5 million"). */
const SCALE = String.raw`(?:([kKmMbBtT]|bn|mn|tn)|\s(thousand|million|billion|trillion))(?![\w])`;

/** An amount in one currency as said: "$4.99" → "four dollars and ninety-nine cents". */
export function moneyWords(symbol: string, amount: string, scale?: string): string {
  const currency = CURRENCIES[symbol] ?? { one: symbol, many: symbol };
  const sign = /^[-−]/.test(amount) ? 'minus ' : '';
  const unsigned = amount.replace(/^[-−]/, '');
  if (scale) return `${numberWords(amount)} ${SCALES[scale] ?? scale} ${currency.many}`;
  const [whole = '0', fraction] = unsigned.split('.');
  const units = Number(whole.replace(/,/g, ''));
  const unitName = units === 1 ? currency.one : currency.many;
  if (fraction === undefined) return `${sign}${cardinalWords(whole)} ${unitName}`;
  if (fraction.length > 2 || !currency.cent) return `${numberWords(amount)} ${currency.many}`;
  const cents = Number(fraction.padEnd(2, '0'));
  const centWords = `${cardinalWords(String(cents))} ${cents === 1 ? currency.cent[0] : currency.cent[1]}`;
  if (cents === 0) return `${sign}${cardinalWords(whole)} ${unitName}`;
  if (units === 0) return sign + centWords;
  return `${sign}${cardinalWords(whole)} ${unitName} and ${centWords}`;
}

/** "$1,299", "-$5", "€20", "$2.5M", "$3 billion" (symbol before the amount). */
export const moneyRule: SpeechRule = {
  name: 'money',
  pattern: new RegExp(String.raw`(?<![\w.])([-−]?)([$€£¥₹])\s?(${NUM})(?:${SCALE})?(?![\d])`, 'g'),
  replace: (m) => moneyWords(m[2] ?? '$', (m[1] ?? '') + (m[3] ?? ''), m[4] ?? m[5]),
};

/** "20€", "20 €" (symbol after the amount, as written in much of Europe), "99¢" → "ninety-nine cents". */
export const moneyAfterRule: SpeechRule = {
  name: 'money-after',
  pattern: new RegExp(String.raw`(?<![\w.])([-−]?${NUM})\s?([€£¥₹¢])`, 'g'),
  replace: (m) => moneyWords(m[2] ?? '€', m[1] ?? ''),
};

/** "42%" → "forty-two percent", "-3.5 %" → "minus three point five percent". */
export const percentRule: SpeechRule = {
  name: 'percent',
  pattern: new RegExp(String.raw`(?<![\w.])((?:(?<![\d])[-−+])?${NUM})\s?%`, 'g'),
  replace: (m) => `${numberWords(m[1] ?? '')} percent`,
};

/** "10k" → "ten thousand", "2.5M" → "two point five million", "3B" → "three billion" (not 4K/8K). */
export const scaleRule: SpeechRule = {
  name: 'scale',
  pattern: new RegExp(String.raw`(?<![\w.])([-−]?${NUM})(?:([kKMB]|bn|mn)(?![\w])|\s(thousand|million|billion|trillion)\b)`, 'g'),
  replace: (m) => {
    const suffix = m[2] ?? m[3] ?? '';
    if (suffix === 'K' && /^(?:2|4|5|6|8|12|16)$/.test(m[1] ?? '')) return `${numberWords(m[1] ?? '')} K`;
    return `${numberWords(m[1] ?? '')} ${SCALES[suffix] ?? suffix}`;
  },
};

/** ISO currency codes said as their currency. */
const CODES: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
const CODE = Object.keys(CODES).join('|');

/** "USD 100" / "100 USD" / "EUR 2.5M" → "$100", "€2.5M" (read by the money rule next); "$5 USD" → "$5". */
export const currencyCodeRule: SpeechRule = {
  name: 'currency-code',
  pattern: new RegExp(String.raw`(?<![\w.])(?:(${CODE})\s?(${NUM}(?:[kKmMbB]|bn|mn)?)|(${NUM}(?:[kKmMbB]|bn|mn|\s(?:thousand|million|billion))?)\s?(${CODE}))(?![\w])`, 'g'),
  replace: (m) => {
    const symbol = /[$€£¥₹]$/.test(textBefore(m, 1)) ? '' : (CODES[m[1] ?? m[4] ?? ''] ?? '');
    return `${symbol}${m[2] ?? m[3] ?? ''}`;
  },
};

/** Money and percentage rules, in order. */
export const MONEY_RULES: readonly SpeechRule[] = [currencyCodeRule, moneyRule, moneyAfterRule, percentRule];
