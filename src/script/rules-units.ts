// Normalisation rules for numbers with units: "5 km", "16 GB/s", "60 fps", "72°F", "1080p", "4G".

import { NUM, numberWords, pairWords } from './spoken-numbers.js';
import { textBefore, type SpeechRule } from './speech-rule.js';

/** Written unit → [singular, plural]. Case matters ("MB" megabytes, "mb" is not a unit here). */
const UNITS: Record<string, [string, string]> = {
  KB: ['kilobyte', 'kilobytes'], kB: ['kilobyte', 'kilobytes'], MB: ['megabyte', 'megabytes'],
  GB: ['gigabyte', 'gigabytes'], TB: ['terabyte', 'terabytes'], PB: ['petabyte', 'petabytes'],
  KiB: ['kibibyte', 'kibibytes'], MiB: ['mebibyte', 'mebibytes'], GiB: ['gibibyte', 'gibibytes'],
  'KB/s': ['kilobyte per second', 'kilobytes per second'], 'MB/s': ['megabyte per second', 'megabytes per second'],
  'GB/s': ['gigabyte per second', 'gigabytes per second'],
  kbps: ['kilobit per second', 'kilobits per second'], Kbps: ['kilobit per second', 'kilobits per second'],
  Mbps: ['megabit per second', 'megabits per second'], Gbps: ['gigabit per second', 'gigabits per second'],
  'Mbit/s': ['megabit per second', 'megabits per second'],
  Hz: ['hertz', 'hertz'], kHz: ['kilohertz', 'kilohertz'], MHz: ['megahertz', 'megahertz'], GHz: ['gigahertz', 'gigahertz'],
  ns: ['nanosecond', 'nanoseconds'], 'µs': ['microsecond', 'microseconds'], ms: ['millisecond', 'milliseconds'],
  s: ['second', 'seconds'], sec: ['second', 'seconds'], secs: ['second', 'seconds'],
  min: ['minute', 'minutes'], mins: ['minute', 'minutes'], h: ['hour', 'hours'], hr: ['hour', 'hours'], hrs: ['hour', 'hours'],
  fps: ['frame per second', 'frames per second'], px: ['pixel', 'pixels'], dpi: ['dot per inch', 'dots per inch'],
  bpm: ['beat per minute', 'beats per minute'], rpm: ['revolution per minute', 'revolutions per minute'],
  dB: ['decibel', 'decibels'], LUFS: ['L U F S', 'L U F S'],
  mm: ['millimeter', 'millimeters'], cm: ['centimeter', 'centimeters'], m: ['meter', 'meters'], km: ['kilometer', 'kilometers'],
  mi: ['mile', 'miles'], ft: ['foot', 'feet'],
  'km/h': ['kilometer per hour', 'kilometers per hour'], kph: ['kilometer per hour', 'kilometers per hour'],
  mph: ['mile per hour', 'miles per hour'], 'm/s': ['meter per second', 'meters per second'],
  mg: ['milligram', 'milligrams'], g: ['gram', 'grams'], kg: ['kilogram', 'kilograms'],
  lb: ['pound', 'pounds'], lbs: ['pound', 'pounds'], oz: ['ounce', 'ounces'],
  ml: ['milliliter', 'milliliters'], mL: ['milliliter', 'milliliters'], L: ['liter', 'liters'],
  W: ['watt', 'watts'], kW: ['kilowatt', 'kilowatts'], kWh: ['kilowatt hour', 'kilowatt hours'],
  V: ['volt', 'volts'], mAh: ['milliamp hour', 'milliamp hours'],
  'm²': ['square meter', 'square meters'], 'km²': ['square kilometer', 'square kilometers'], 'cm²': ['square centimeter', 'square centimeters'],
  'ft²': ['square foot', 'square feet'], 'sq ft': ['square foot', 'square feet'], 'sq m': ['square meter', 'square meters'],
  'sq mi': ['square mile', 'square miles'], 'm³': ['cubic meter', 'cubic meters'], 'cm³': ['cubic centimeter', 'cubic centimeters'],
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const UNIT_ALTERNATIVES = Object.keys(UNITS).sort((a, b) => b.length - a.length).map(escape).join('|');

/** Every written unit as one regex alternative (longest first), for rules that must not take a quantity. */
export const UNIT_PATTERN = UNIT_ALTERNATIVES;

/** "1" and "-1" take the singular ("1 km" → "one kilometer"); everything else the plural. */
const isOne = (amount: string): boolean => /^[-−+]?1$/.test(amount);

/** "5 km" → "five kilometers", "16 GB/s" → "sixteen gigabytes per second", "1 fps" → "one frame per second". */
export const unitRule: SpeechRule = {
  name: 'unit',
  pattern: new RegExp(String.raw`(?<![\w.])((?:(?<![\d])[-−+])?${NUM})\s?(${UNIT_ALTERNATIVES})(?![\w/])`, 'g'),
  replace: (m) => {
    const amount = m[1] ?? '';
    const names = UNITS[m[2] ?? ''];
    if (!names) return m[0];
    return `${numberWords(amount)} ${isOne(amount) ? names[0] : names[1]}`;
  },
};

/** What may follow "/" after an amount, and how abbreviations are said: "$5/mo" → "five dollars per month". */
const PER: Record<string, string> = {
  s: 'second', sec: 'second', ms: 'millisecond', min: 'minute', h: 'hour', hr: 'hour', d: 'day', wk: 'week',
  mo: 'month', mth: 'month', yr: 'year', y: 'year',
};
/** An amount, then optionally a unit or a counted word, ending right before the slash: "$5", "3 hrs", "10M+ requests". */
const AMOUNT_BEFORE_SLASH = /(?<![\w.])[$€£¥₹]?\d[\d,.]*(?:[kKmMbB]|bn|mn)?\+?\s?(?:%|°[CF]?|[A-Za-zµ]+)?$/;
const PER_WORDS = 'second|minute|hour|day|night|week|month|quarter|year|user|seat|person|member|device|request|call|page|image|video|item|unit|license|site|project|team|host|node|server|instance|core|GB|TB|MB';

/**
 * "$5/month" → "$5 per month", "3 hrs/week" → "3 hrs per week", "$5/user/mo" → "$5 per user per month"
 * (before money and units; compound units such as "GB/s" and "km/h" are left to the unit rule).
 */
export const perRule: SpeechRule = {
  name: 'per',
  pattern: new RegExp(String.raw`(?<=[\w%°+])((?:\/(?:${Object.keys(PER).join('|')}|${PER_WORDS}))+)(?![\w/])`, 'g'),
  replace: (m) => {
    // The amount is checked here, on a short tail, rather than in a lookbehind that would run at every position.
    const before = textBefore(m);
    if (!AMOUNT_BEFORE_SLASH.test(before)) return m[0];
    const unit = /[A-Za-zµ]+$/.exec(before)?.[0];
    const segments = (m[1] ?? '').split('/').slice(1);
    if (unit !== undefined && UNITS[`${unit}/${segments[0] ?? ''}`]) return m[0];
    return segments.map((segment) => ` per ${PER[segment] ?? segment}`).join('');
  },
};

/** "$1/1,000 calls" → "$1 per 1,000 calls": a slash between an amount of money and a number. */
export const perNumberRule: SpeechRule = {
  name: 'per-number',
  pattern: /(?<=(?<![\w.])[$€£¥₹]\d[\d,.]*(?:[kKmMbB]|bn|mn)?)\/(?=\d)/g,
  replace: () => ' per ',
};

/** Units of two or more letters, the only ones taken after a hyphen ("10-min", not "10-m"). */
const ADJECTIVE_UNITS = Object.keys(UNITS).filter((unit) => unit.length >= 2 && !unit.includes('/')).sort((a, b) => b.length - a.length).map(escape).join('|');

/** A hyphenated amount before a noun takes the singular: "a 10-min video" → "a ten-minute video". */
export const unitAdjectiveRule: SpeechRule = {
  name: 'unit-adjective',
  pattern: new RegExp(String.raw`(?<![\w.-])(${NUM})-(${ADJECTIVE_UNITS})(?![\w/-])`, 'g'),
  replace: (m) => `${numberWords(m[1] ?? '')}-${UNITS[m[2] ?? '']?.[0] ?? m[2]}`,
};

/** Compound durations: "1h 30m" → "one hour thirty minutes", "2m30s" → "two minutes thirty seconds". */
export const durationRule: SpeechRule = {
  name: 'duration',
  pattern: /(?<![\w.])(?:(\d+)\s?h\s?(\d+)\s?m(?:\s?(\d+)\s?s)?|(\d+)\s?m\s?(\d+)\s?s)(?![\w])/g,
  replace: (m) => {
    const part = (n: string | undefined, one: string): string => (n === undefined ? '' : `${numberWords(n)} ${isOne(n) ? one : `${one}s`} `);
    return (part(m[1], 'hour') + part(m[2] ?? m[4], 'minute') + part(m[3] ?? m[5], 'second')).trim();
  },
};

/** "72°F" → "seventy-two degrees Fahrenheit", "-5 °C", "90°" → "ninety degrees". */
export const temperatureRule: SpeechRule = {
  name: 'temperature',
  pattern: new RegExp(String.raw`(?<![\w.])((?:(?<![\d])[-−+])?${NUM})\s?°\s?([CF])?(?![\w])`, 'g'),
  replace: (m) => {
    const amount = m[1] ?? '';
    const scale = m[2] === 'C' ? ' Celsius' : m[2] === 'F' ? ' Fahrenheit' : '';
    return `${numberWords(amount)} ${isOne(amount) ? 'degree' : 'degrees'}${scale}`;
  },
};

/** Video heights: "1080p" → "ten eighty p", "720p60" → "seven twenty p sixty" (numbers later). */
export const progressiveRule: SpeechRule = {
  name: 'progressive',
  pattern: /(?<![\w.])(\d{3,4})([pi])(?![a-z])/g,
  replace: (m) => `${pairWords(Number(m[1]))} ${m[2]} `,
};

/** A number glued to capitals: "4K" → "four K", "5G" → "five G", "3D" → "three D". */
export const numberLettersRule: SpeechRule = {
  name: 'number-letters',
  pattern: /(?<![\w.])(\d+)([A-Z]{1,2})(?![\w])/g,
  replace: (m) => `${numberWords(m[1] ?? '')} ${[...(m[2] ?? '')].join(' ')}`,
};

/** Unit rules, in order (temperatures and units before bare scales and capitals). */
export const UNIT_RULES: readonly SpeechRule[] = [durationRule, temperatureRule, unitAdjectiveRule, unitRule, progressiveRule];
