// Normalisation rules for words: abbreviations, known pronunciations, symbols and acronyms.

import { ABBREVIATIONS, CAPITALISED_WORDS, PRONUNCIATIONS, TITLES } from './pronunciations.js';
import type { SpeechRule } from './speech-rule.js';
import { looksLikeYear, yearWords } from './spoken-numbers.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (keys: string[]): string => keys.sort((a, b) => b.length - a.length).map(escape).join('|');

/** "e.g." → "for example", "vs." → "versus"; a dot that also ended the text is kept. */
export const abbreviationRule: SpeechRule = {
  name: 'abbreviation',
  pattern: new RegExp(String.raw`(?<![\w.])(${alternatives(Object.keys(ABBREVIATIONS))})(?![\w])`, 'gi'),
  replace: (m) => {
    // "VS Code" is a name, not "versus": a dotless abbreviation written in capitals is left to the acronym rule.
    if (!m[0].includes('.') && m[0] === m[0].toUpperCase()) return m[0];
    const spoken = ABBREVIATIONS[(m[1] ?? '').toLowerCase()] ?? m[0];
    const rest = m.input.slice(m.index + m[0].length);
    const endsSentence = m[0].endsWith('.') && (rest.trim() === '' || (/^etc/i.test(m[0]) && /^\s+[A-Z]/.test(rest)));
    return endsSentence ? `${spoken}.` : spoken;
  },
};

/** Dotted initials: "U.S." → "U S", "A.I." → "A I" (a dot that ended the text is kept). */
export const initialismRule: SpeechRule = {
  name: 'initialism',
  pattern: /(?<![\w.])((?:[A-Z]\.){2,})(?![\w])/g,
  replace: (m) => {
    const letters = (m[1] ?? '').split('.').filter((l) => l !== '').join(' ');
    return m.input.slice(m.index + m[0].length).trim() === '' ? `${letters}.` : letters;
  },
};

/** "Dr. Smith" → "Doctor Smith". */
export const titleRule: SpeechRule = {
  name: 'title',
  pattern: new RegExp(String.raw`(?<![\w.])(${alternatives(Object.keys(TITLES))})(?=\s*[A-Z\d])`, 'g'),
  replace: (m) => TITLES[m[1] ?? ''] ?? m[0],
};

/** "C++" → "C plus plus", "JSON" → "jay son", "GIFs" → "gifs", "Node.js" → "Node J S". */
export const pronunciationRule: SpeechRule = {
  name: 'pronunciation',
  pattern: new RegExp(String.raw`(?<![\w.])(${alternatives(Object.keys(PRONUNCIATIONS))}|\w+\.js)(s?)(?![\w+#])`, 'g'),
  replace: (m) => {
    const written = m[1] ?? '';
    const spoken = PRONUNCIATIONS[written] ?? written.replace(/\.js$/, ' J S');
    return spoken + (m[2] ?? '');
  },
};

/** Mac keyboard symbols as their key names. */
const MAC_KEYS: Record<string, string> = { '⌘': 'command', '⌥': 'option', '⇧': 'shift', '⌃': 'control' };

/**
 * Symbols between words: "&" → "and", "⌘K" → "command K", "2 + 2" → "plus", "=" → "equals", "and/or" → "and or",
 * "M1/M2" → "M1 M2", "HTTP/2" → "HTTP 2", "+/-" → "plus or minus", "m²" → "m squared".
 */
export const symbolRules: readonly SpeechRule[] = [
  { name: 'ampersand', pattern: /\s*&\s*/g, replace: () => ' and ' },
  { name: 'mac-keys', pattern: /([⌘⌥⇧⌃])\s?/g, replace: (m) => `${MAC_KEYS[m[1] ?? ''] ?? ''} ` },
  { name: 'plus-minus', pattern: /\s*(?:±|\+\/[-−])\s*/g, replace: () => ' plus or minus ' },
  { name: 'plus', pattern: /(?<=[\w\s])\+(?=[\s\w.,;:!?)\]]|$)/g, replace: () => ' plus ' },
  { name: 'equals', pattern: /(?<=[\w\s])=(?=[\w\s])/g, replace: () => ' equals ' },
  { name: 'times', pattern: /(?<=\d\s?)\*(?=\s?\d)/g, replace: () => ' times ' },
  { name: 'arrow', pattern: /\s*(?:->|→)\s*/g, replace: () => ' to ' },
  { name: 'at', pattern: /\s@\s/g, replace: () => ' at ' },
  { name: 'slash', pattern: /(?<=[A-Za-z]\d{0,4})\/(?=[A-Za-z])/g, replace: () => ' ' },
  { name: 'name-slash-number', pattern: /(?<=[A-Z]{2})\/(?=\d)/g, replace: () => ' ' },
  { name: 'em-dash', pattern: /\s*—\s*/g, replace: () => ', ' },
  { name: 'squared', pattern: /(?<=\w)([²³])/g, replace: (m) => (m[1] === '²' ? ' squared' : ' cubed') },
  { name: 'markup', pattern: /[*`]+/g, replace: () => '' },
];

const COMPARISONS: Record<string, string> = { '<': 'less than', '>': 'more than', '<=': 'at most', '>=': 'at least', '≤': 'at most', '≥': 'at least' };

/** "< 5 min" → "less than 5 min", ">= 99%" / "≥ 99%" → "at least 99%" (before a number only; before numbers are read). */
export const comparisonRule: SpeechRule = {
  name: 'comparison',
  pattern: /(?<![\w<>=-])([<>]=?|[≤≥])\s?(?=[~$€£¥₹]?[-−]?\d)/g,
  replace: (m) => `${COMPARISONS[m[1] ?? ''] ?? m[1]} `,
};

/** "~5 min" → "about 5 min" (before numbers are read). */
export const aboutRule: SpeechRule = { name: 'about', pattern: /(?<![\w])~\s?(?=[$€£]?\d)/g, replace: () => 'about ' };

/** Shouted text (no lower case, three or more capitalised words): its words are not spelled. */
const isShouted = (text: string): boolean => !/[a-z]/.test(text) && (text.match(/\b[A-Z]{2,}\b/g) ?? []).length >= 3;

/** Brand names ending in capitals: "ChatGPT" → "Chat G P T", "MongoDB" → "Mongo D B" ("GitHub", "iPhone" untouched). */
export const camelAcronymRule: SpeechRule = {
  name: 'camel-acronym',
  pattern: /(?<![\w'’.])((?:[A-Z][a-z]+)+)([A-Z]{2,5})(s?)(?![\w'’])/g,
  replace: (m) => `${m[1]} ${[...(m[2] ?? '')].join(' ')}${m[3] ? "'s" : ''}`,
};

/** "API" → "A P I", "APIs" → "A P I's", "MP4" → "M P 4", "ES2022" → "E S twenty twenty-two"; skipped in shouted text. */
export const acronymRule: SpeechRule = {
  name: 'acronym',
  pattern: /(?<![\w'’.])([A-Z]{2,5})(\d*)(s|['’]s)?(?![\w'’])/g,
  replace: (m) => {
    const letters = m[1] ?? '';
    if (isShouted(m.input)) return m[0];
    if (CAPITALISED_WORDS.has(letters)) return letters.toLowerCase() + (m[3] ?? '');
    const spelled = [...letters].join(' ');
    const digits = m[2] ? ` ${looksLikeYear(m[2]) ? yearWords(Number(m[2])) : m[2]}` : '';
    const plural = m[3] ? "'s" : '';
    return spelled + digits + plural;
  },
};
