// Normalisation rules for dates, clock times, years and decades.

import { cardinalWords, looksLikeYear, ordinalWords, pluralizeLast, yearWords } from './spoken-numbers.js';
import { textAfter, textBefore, type SpeechRule } from './speech-rule.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month names and their usual abbreviations, as a regex alternative. */
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;

/** Full month name of a written month (name, abbreviation or 1-based number). */
function monthName(month: string | number): string | undefined {
  if (typeof month === 'number') return MONTHS[month - 1];
  return MONTHS.find((name) => name.startsWith(month.slice(0, 3)));
}

/** "March fifteenth, twenty twenty-four" (US order). */
function monthFirst(month: string, day: number, year?: number): string {
  const head = `${month} ${ordinalWords(String(day))}`;
  return year === undefined ? head : `${head}, ${yearWords(year)}`;
}

/** "the fifth of March, twenty twenty-four" (day-first order). */
function dayFirst(month: string, day: number, year?: number): string {
  const head = `the ${ordinalWords(String(day))} of ${month}`;
  return year === undefined ? head : `${head}, ${yearWords(year)}`;
}

const validDay = (day: number): boolean => day >= 1 && day <= 31;

/** "2024-03-15" and "2024/03/15" → "March fifteenth, twenty twenty-four". */
export const isoDateRule: SpeechRule = {
  name: 'iso-date',
  pattern: /(?<![\w./-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\w/-])/g,
  replace: (m) => {
    const month = monthName(Number(m[3]));
    const day = Number(m[4]);
    return month && validDay(day) ? monthFirst(month, day, Number(m[1])) : m[0];
  },
};

/** "03/15/2024" → month first unless the first number cannot be a month; "15.03.2024" → day first. */
export const numericDateRule: SpeechRule = {
  name: 'numeric-date',
  pattern: /(?<![\w./-])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|\.\d)/g,
  replace: (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const written = m[4] ?? '';
    const year = written.length === 2 ? 2000 + Number(written) : Number(written);
    const dayFirstOrder = m[2] === '.' || (a > 12 && b <= 12);
    const [monthNumber, day] = dayFirstOrder ? [b, a] : [a, b];
    const month = monthName(monthNumber);
    if (!month || !validDay(day)) return m[0];
    return dayFirstOrder ? dayFirst(month, day, year) : monthFirst(month, day, year);
  },
};

/** "March 5, 2024", "Mar. 5th 2024", "March 5" → "March fifth, twenty twenty-four". */
export const monthDayRule: SpeechRule = {
  name: 'month-day',
  pattern: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d|:)(?:,?\s+(\d{4})(?![\w.]|\.\d))?\b`, 'g'),
  replace: (m) => {
    const month = monthName(m[1] ?? '');
    const day = Number(m[2]);
    if (!month || !validDay(day)) return m[0];
    return monthFirst(month, day, m[3] === undefined ? undefined : Number(m[3]));
  },
};

/** "5 March 2024", "5th March" → "the fifth of March, twenty twenty-four". */
export const dayMonthRule: SpeechRule = {
  name: 'day-month',
  pattern: new RegExp(String.raw`(?<![\w.,])(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}(?![\w])(?:,?\s+(\d{4})(?![\w.]|\.\d))?`, 'g'),
  replace: (m) => {
    const month = monthName(m[2] ?? '');
    const day = Number(m[1]);
    if (!month || !validDay(day)) return m[0];
    return dayFirst(month, day, m[3] === undefined ? undefined : Number(m[3]));
  },
};

/** "Nov 2024", "Sept. 2025" → "November twenty twenty-four" (a month abbreviation before a year is said in full). */
export const monthYearRule: SpeechRule = {
  name: 'month-year',
  pattern: /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{4})(?![\w]|[.,]\d)/g,
  replace: (m) => (looksLikeYear(m[2] ?? '') ? `${monthName(m[1] ?? '') ?? m[1]} ${yearWords(Number(m[2]))}` : m[0]),
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Weekday names and their usual abbreviations, as a regex alternative (full names first). */
const WEEKDAY = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)`;

/** Full weekday name of a written one: "Thu" → "Thursday". */
const weekdayName = (written: string): string => WEEKDAYS.find((name) => name.startsWith(written.slice(0, 3))) ?? written;

/** "Fri 12/6" → "Friday December sixth" ("Mon 13/2": day first): after a weekday, a slash pair is a date, not a fraction. */
export const weekdayDateRule: SpeechRule = {
  name: 'weekday-date',
  pattern: new RegExp(String.raw`\b${WEEKDAY}\.?(,?\s+)(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d)`, 'g'),
  replace: (m) => {
    const [a, b] = [Number(m[3]), Number(m[4])];
    const dayFirstOrder = a > 12 && b <= 12;
    const [month, day] = dayFirstOrder ? [monthName(b), a] : [monthName(a), b];
    if (!month || !validDay(day)) return m[0];
    return `${weekdayName(m[1] ?? '')}${m[2]}${dayFirstOrder ? dayFirst(month, day) : monthFirst(month, day)}`;
  },
};

/** "Mon–Fri", "Mon-Fri" → "Monday to Friday". */
export const weekdayRangeRule: SpeechRule = {
  name: 'weekday-range',
  pattern: new RegExp(String.raw`\b${WEEKDAY}\.?\s?[-–]\s?${WEEKDAY}\b`, 'g'),
  replace: (m) => `${weekdayName(m[1] ?? '')} to ${weekdayName(m[2] ?? '')}`,
};

/** Keep a sentence-ending dot that an "a.m." / "p.m." match swallowed. */
function keptDot(m: RegExpExecArray): string {
  if (!m[0].endsWith('.')) return '';
  const rest = m.input.slice(m.index + m[0].length);
  return rest.trim() === '' || /^\s+[A-Z]/.test(rest) ? '.' : '';
}

/** Spoken minutes of a clock time: 0 → "", 5 → "oh five", 30 → "thirty". */
function minuteWords(minutes: number): string {
  if (minutes === 0) return '';
  return minutes < 10 ? `oh ${cardinalWords(String(minutes))}` : cardinalWords(String(minutes));
}

/** "9:30" → "nine thirty", "9:00" → "nine o'clock", "14:00" → "fourteen hundred", "9:30 am" → "nine thirty A M". */
export const clockTimeRule: SpeechRule = {
  name: 'clock-time',
  pattern: /(?<![\w:.])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?:\s?([ap])\.?m\.?(?![a-z]))?(?![\w:]|\.\d)/gi,
  replace: (m) => {
    const hour = Number(m[1]);
    const minutes = Number(m[2]);
    const meridiem = m[4] ? ` ${m[4].toUpperCase()} M` : '';
    const hourWords = cardinalWords(String(hour));
    let spoken: string;
    if (minutes !== 0) spoken = `${hourWords} ${minuteWords(minutes)}`;
    else if (meridiem) spoken = hourWords;
    else spoken = hour > 12 || hour === 0 ? `${hourWords} hundred` : `${hourWords} o'clock`;
    const seconds = m[3] === undefined || Number(m[3]) === 0 ? '' : ` and ${cardinalWords(String(Number(m[3])))} seconds`;
    return spoken + seconds + meridiem + keptDot(m);
  },
};

/** Ratios that are not clock times: "16:9" → "sixteen to nine", "1:1" → "one to one". */
export const ratioRule: SpeechRule = {
  name: 'ratio',
  pattern: /(?<![\w:.])(\d+):(\d+)(?![\w:]|\.\d)/g,
  replace: (m) => `${cardinalWords(m[1] ?? '')} to ${cardinalWords(m[2] ?? '')}`,
};

/** "5pm", "11 a.m." → "five P M", "eleven A M". */
export const hourMeridiemRule: SpeechRule = {
  name: 'hour-meridiem',
  pattern: /(?<![\w:.])(1[0-2]|0?[1-9])\s?([ap])\.?m\b\.?/gi,
  replace: (m) => `${cardinalWords(String(Number(m[1])))} ${(m[2] ?? '').toUpperCase()} M${keptDot(m)}`,
};

/** "the 1990s" → "the nineteen nineties", "'90s" / "the 80s" → "nineties" / "the eighties". */
export const decadeRule: SpeechRule = {
  name: 'decade',
  pattern: /(?<![\w.,])(?:(\d{3}0)|(?:(?<=\bthe\s)|['’])(\d0))'?s\b/gi,
  replace: (m) => (m[1] ? pluralizeLast(yearWords(Number(m[1]))) : pluralizeLast(cardinalWords(m[2] ?? ''))),
};

/** Plural nouns that make a four-digit number a count: "2025 users" is not a year. */
const COUNTED = /^\s+(?:users|people|customers|developers|downloads|installs|stars|views|visitors|members|subscribers|followers|companies|teams|organi[sz]ations|employees|students|files|lines|items|requests|videos|images|photos|pages|records|rows|commits|tests|votes|orders|sales|units|projects|repositories|repos|servers|devices|apps|sites|websites|words|emails|messages|tickets|issues|bugs|points|calls|accounts|sign-?ups|reviews|comments|likes|participants|attendees|contributors|plugins|integrations|templates|languages|countries|cities|stores|partners|clients|patients|frames|samples|tokens|queries|transactions|jobs|builds|packages|times|steps|miles|hours|minutes|seconds|days)\b/i;

/** Words before a number that make it a year even before a counted noun: "in 2025 users will…". */
const YEAR_BEFORE = /\b(?:in|since|by|from|until|till|before|after|during|through|circa|year|of)\s+$/i;

/** Four-digit numbers 1100–2099 read as years: "in 1999" → "in nineteen ninety-nine"; "2025 users" stays a count. */
export const yearRule: SpeechRule = {
  name: 'year',
  pattern: /(?<![\w.,$€£¥₹+\-−])(\d{4})(?![\w%°]|[.,]\d)/g,
  replace: (m) => {
    if (!looksLikeYear(m[1] ?? '')) return m[0];
    const counted = COUNTED.test(textAfter(m)) && !YEAR_BEFORE.test(textBefore(m));
    return counted ? cardinalWords(m[1] ?? '') : yearWords(Number(m[1]));
  },
};

/** Date and time rules in the order they must run. */
export const DATE_RULES: readonly SpeechRule[] = [
  isoDateRule, numericDateRule, monthDayRule, dayMonthRule, monthYearRule, weekdayDateRule, weekdayRangeRule,
];
/** Clock-time rules (after numeric ranges turned "9-5" into "9 to 5"). */
export const TIME_RULES: readonly SpeechRule[] = [clockTimeRule, hourMeridiemRule, ratioRule];
/** Year rules (after money, units and versions took their numbers). */
export const YEAR_RULES: readonly SpeechRule[] = [decadeRule, yearRule];
