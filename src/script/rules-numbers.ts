// Normalisation rules for versions, ranges, sizes, ordinals, multipliers, fractions and plain numbers.

import { NUM, cardinalWords, digitWords, numberWords, ordinalWords, pairWords } from './spoken-numbers.js';
import { UNIT_PATTERN } from './rules-units.js';
import { textBefore, type SpeechRule } from './speech-rule.js';

/** Dotted parts read as whole numbers: "2.10.3" → "two point ten point three". */
const dotted = (parts: string, joiner = 'point'): string => parts.split('.').map(cardinalWords).join(` ${joiner} `);

/** "v1.2-v1.4" → "v1.2 to v1.4" (before the versions are read, so the dash is still beside a digit). */
export const versionRangeRule: SpeechRule = {
  name: 'version-range',
  pattern: /(?<=\b[vV]\d+(?:\.\d+)*)\s?[-–]\s?(?=[vV]\d)/g,
  replace: () => ' to ',
};

/** "v2.1.3" → "version two point one point three", "v2" → "version two". */
export const vVersionRule: SpeechRule = {
  name: 'v-version',
  pattern: /\b[vV](\d+(?:\.\d+)*)(?![\w]|\.\d)/g,
  replace: (m) => {
    const named = /\bversion\s*$/i.test(textBefore(m));
    return `${named ? '' : 'version '}${dotted(m[1] ?? '')}`;
  },
};

/** "version 3.0" → "version three point zero" (parts as numbers, not decimals). */
export const namedVersionRule: SpeechRule = {
  name: 'named-version',
  pattern: /\b(version|release|Version|Release)\s+(\d+(?:\.\d+)+)(?![\w]|\.\d)/g,
  replace: (m) => `${m[1]} ${dotted(m[2] ?? '')}`,
};

/** Names often followed by a two-part version: "Go 1.22" is "Go one point twenty-two", not "one point two two". */
const PRODUCTS = [
  'Go', 'Golang', 'Python', 'Node', 'Node.js', 'Deno', 'Bun', 'Java', 'Ruby', 'Rust', 'PHP', 'Perl', 'Swift', 'Kotlin',
  'Scala', 'TypeScript', 'Dart', 'Flutter', 'Elixir', 'Erlang', 'Julia', 'Lua', 'React', 'Vue', 'Angular', 'Svelte',
  'Next.js', 'Django', 'Rails', 'Laravel', 'Ubuntu', 'Debian', 'Fedora', 'macOS', 'iOS', 'iPadOS', 'Android', 'Chrome',
  'Firefox', 'Kubernetes', 'Docker', 'PostgreSQL', 'Postgres', 'MySQL', 'Redis', 'Xcode', 'Vite', 'Electron', 'Unity',
  'Blender', 'FFmpeg', 'Terraform', 'Gradle', 'HTTP', 'TLS', 'OAuth', 'Bluetooth', 'USB', 'GPT', 'Claude', 'Gemini',
];

/** Words after which a decimal is a quantity, not a version ("Go 2.25 miles"). */
const QUANTITY_AFTER = String.raw`\s?(?:[%°xX×]|(?:${UNIT_PATTERN}|miles?|kilometers?|kilometres?|meters?|metres?|feet|foot|inches|percent|times|hours?|minutes?|seconds?|days?|weeks?|months?|years?|points?|steps?|dollars?|euros?)(?![\w]))`;

/** "Go 1.22" → "Go one point twenty-two", "Python 3.12" → "Python three point twelve" (a known name, then a dotted version). */
export const productVersionRule: SpeechRule = {
  name: 'product-version',
  pattern: new RegExp(String.raw`(?<![\w.])(${PRODUCTS.map((p) => p.replace('.', '\\.')).join('|')})([\s/])(\d+(?:\.\d+)+)(?![\w]|\.\d)(?!${QUANTITY_AFTER})`, 'g'),
  replace: (m) => `${m[1]} ${dotted(m[3] ?? '')}`,
};

/** Three dotted parts: "2.1.3" → "two point one point three"; four (addresses): "10.0.0.1" → "ten dot zero dot zero dot one". */
export const dottedNumberRule: SpeechRule = {
  name: 'dotted-number',
  pattern: /(?<![\w.])(\d+\.\d+\.\d+(\.\d+)*)(?![\w]|\.\d)/g,
  replace: (m) => dotted(m[1] ?? '', m[2] ? 'dot' : 'point'),
};

/** Phone numbers read digit by digit: "555-1234" → "five five five, one two three four". */
export const phoneRule: SpeechRule = {
  name: 'phone',
  pattern: /(?<![\w.-])(?:\+\d{1,3}[\s-])?(?:\(\d{3}\)\s?|\d{3}-)?\d{3}-\d{4}(?![\w-])/g,
  replace: (m) => m[0].split(/[^\d+]+/).filter((group) => group !== '').map((group) => group.startsWith('+') ? `plus ${digitWords(group.slice(1))}` : digitWords(group)).join(', '),
};

/** Sizes: "1920x1080" → "nineteen twenty by ten eighty", "3 x 4" → "three by four". */
export const dimensionsRule: SpeechRule = {
  name: 'dimensions',
  pattern: /(?<![\w.])(\d+)\s?[x×]\s?(\d+)(?![\w])/g,
  replace: (m) => {
    const speak = (n: string): string => (n.length >= 3 && n.length <= 4 ? pairWords(Number(n)) : cardinalWords(n));
    return `${speak(m[1] ?? '')} by ${speak(m[2] ?? '')}`;
  },
};

/** "1st", "22nd", "103rd", "1,000th" → ordinal words. */
export const ordinalRule: SpeechRule = {
  name: 'ordinal',
  pattern: /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)\b/g,
  replace: (m) => ordinalWords(m[1] ?? ''),
};

/** "3.5x" / "3.5X" → "three point five times", "10×" → "ten times". */
export const multiplierRule: SpeechRule = {
  name: 'multiplier',
  pattern: new RegExp(String.raw`(?<![\w.])(${NUM})\s?[xX×](?![\w])`, 'g'),
  replace: (m) => `${numberWords(m[1] ?? '')} times`,
};

const DENOMINATORS: Record<number, [string, string]> = {
  2: ['half', 'halves'], 3: ['third', 'thirds'], 4: ['quarter', 'quarters'], 5: ['fifth', 'fifths'],
  6: ['sixth', 'sixths'], 8: ['eighth', 'eighths'], 10: ['tenth', 'tenths'], 16: ['sixteenth', 'sixteenths'],
};

/** "1/2" → "one half", "3/4" → "three quarters", "24/7" → "twenty-four seven", "4.5/5" → "four point five out of five". */
export const fractionRule: SpeechRule = {
  name: 'fraction',
  pattern: /(?<![\w./])(\d+(\.\d+)?)\/(\d+)(?![\w/]|\.\d)/g,
  replace: (m) => {
    if (m[2]) return `${numberWords(m[1] ?? '')} out of ${cardinalWords(m[3] ?? '')}`;
    const top = Number(m[1]);
    const names = DENOMINATORS[Number(m[3])];
    if (names && top > 0 && top < Number(m[3])) return `${cardinalWords(m[1] ?? '')} ${top === 1 ? names[0] : names[1]}`;
    return `${cardinalWords(m[1] ?? '')} ${cardinalWords(m[3] ?? '')}`;
  },
};

/** Single-character fractions: [after a whole number, alone]. */
const VULGAR: Record<string, [string, string]> = {
  '½': ['a half', 'one half'], '¼': ['a quarter', 'one quarter'], '¾': ['three quarters', 'three quarters'],
  '⅓': ['a third', 'one third'], '⅔': ['two thirds', 'two thirds'], '⅛': ['an eighth', 'one eighth'],
};

/** "½ cup" → "one half cup", "1½" → "one and a half", "2 ¾" → "two and three quarters". */
export const vulgarFractionRule: SpeechRule = {
  name: 'vulgar-fraction',
  pattern: /(?<![\w.])(?:(\d+)\s?)?([½¼¾⅓⅔⅛])/g,
  replace: (m) => {
    const names = VULGAR[m[2] ?? ''] ?? ['', ''];
    return m[1] ? `${cardinalWords(m[1])} and ${names[0]}` : names[1];
  },
};

/** "#1" and "No. 5" → "number one", "number five". */
export const numberSignRule: SpeechRule = {
  name: 'number-sign',
  pattern: /(?:(?<![\w&])#|\bNo\.\s?)(?=\d)/g,
  replace: () => 'number ',
};

/** Any number left: "-4" → "minus four", "1,299" → "one thousand two hundred ninety-nine", "3.14" → "three point one four". */
export const plainNumberRule: SpeechRule = {
  name: 'number',
  pattern: /(?:(?<=^|[\s([{"'“])[-−])?(?<!\d)(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?![\d])/g,
  replace: (m) => {
    const before = m.input.charAt(m.index - 1);
    const after = m.input.charAt(m.index + m[0].length);
    const pad = (c: string): string => (/[A-Za-z]/.test(c) ? ' ' : '');
    return pad(before) + numberWords(m[0]) + pad(after);
  },
};

/** Version rules (before ranges and decimals). */
export const VERSION_RULES: readonly SpeechRule[] = [versionRangeRule, vVersionRule, namedVersionRule, dottedNumberRule];
