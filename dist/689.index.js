export const id = 689;
export const ids = [689];
export const modules = {

/***/ 54535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ parseSilenceLog),
/* harmony export */   f: () => (/* binding */ parseEbur128Summary),
/* harmony export */   h$: () => (/* binding */ parseScdetLog),
/* harmony export */   xm: () => (/* binding */ parseShowinfoTimes)
/* harmony export */ });
/* unused harmony export speechOnsets */
// Pure parsers of the logs ffmpeg's analysis filters print on stderr (ebur128, silencedetect, scdet, showinfo).
// EBU R128's absolute gate: ebur128 prints exactly this when no block is louder.
const ABSOLUTE_GATE_LUFS = -70;
function dbValue(text) {
    if (text === undefined)
        return undefined;
    if (/^-inf/i.test(text))
        return -Infinity;
    if (/^\+?inf/i.test(text))
        return Infinity;
    const value = Number.parseFloat(text);
    return Number.isFinite(value) ? value : undefined;
}
/** The Summary block of `ebur128` (the last one printed), or undefined when absent. */
function parseEbur128Summary(stderr) {
    const at = stderr.lastIndexOf('Summary:');
    if (at < 0)
        return undefined;
    const summary = stderr.slice(at);
    const number = String.raw `([-+]?(?:inf|\d+(?:\.\d+)?))`;
    const integrated = dbValue(new RegExp(String.raw `\bI:\s+${number}\s+LUFS`, 'i').exec(summary)?.[1]);
    const lra = dbValue(new RegExp(String.raw `\bLRA:\s+${number}\s+LU\b`, 'i').exec(summary)?.[1]);
    const peak = dbValue(new RegExp(String.raw `\bPeak:\s+${number}\s+dBFS`, 'i').exec(summary)?.[1]);
    if (integrated === undefined)
        return undefined;
    const gated = integrated <= ABSOLUTE_GATE_LUFS ? -Infinity : integrated;
    // Without peak=true there is no peak line: report it as unknown (-Infinity).
    return { integrated_lufs: gated, true_peak_dbtp: peak ?? -Infinity, lra: lra ?? 0 };
}
/** silencedetect's start/end lines as spans; a silence still open at the end closes at `end_s`. */
function parseSilenceLog(stderr, end_s) {
    const silences = [];
    let open;
    for (const match of stderr.matchAll(/silence_(start|end):\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)/g)) {
        const value = Math.max(0, Number(match[2]));
        if (match[1] === 'start') {
            open = value;
        }
        else if (open !== undefined) {
            silences.push({ start_s: open, end_s: value });
            open = undefined;
        }
    }
    if (open !== undefined && end_s !== undefined && end_s > open)
        silences.push({ start_s: open, end_s });
    return silences;
}
/**
 * Where sound begins after silence: 0 when the file does not open with a silence, then the end
 * of every silence that ends before the file does (within `tolerance_s`).
 */
function speechOnsets(silences, end_s, tolerance_s = 0.05) {
    const onsets = [];
    const first = silences[0];
    if (end_s > tolerance_s && (!first || first.start_s > tolerance_s))
        onsets.push(0);
    for (const silence of silences) {
        if (silence.end_s < end_s - tolerance_s)
            onsets.push(silence.end_s);
    }
    return onsets;
}
/** Times of `scdet` detections ("lavfi.scd.score: 15.6, lavfi.scd.time: 2"). */
function parseScdetLog(stderr) {
    return [...stderr.matchAll(/lavfi\.scd\.time:\s*(-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
}
/** pts_time of every frame `showinfo` printed. */
function parseShowinfoTimes(stderr) {
    const times = [];
    for (const line of stderr.split('\n')) {
        if (!line.includes('showinfo'))
            continue;
        const match = /\bpts_time:\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)/.exec(line);
        if (match)
            times.push(Number(match[1]));
    }
    return times;
}


/***/ }),

/***/ 4626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  He: () => (/* binding */ detectSceneCuts),
  m$: () => (/* binding */ detectSilences),
  sh: () => (/* binding */ measureLoudness)
});

// UNUSED EXPORTS: detectSpeechOnsets

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/media/args.ts
var media_args = __webpack_require__(82139);
// EXTERNAL MODULE: ./src/media/analyse-parse.ts
var analyse_parse = __webpack_require__(54535);
// EXTERNAL MODULE: ./src/media/run.ts + 1 modules
var run = __webpack_require__(84072);
;// CONCATENATED MODULE: ./src/media/capabilities.ts
// What an ffmpeg build can do: its version, filters and encoders (builds differ: see DESIGN.md).

/** Names from `ffmpeg -filters` (lines like " T.C adelay  A->A  Delay…"). */
function parseFilterList(text) {
    const names = new Set();
    for (const line of text.split('\n')) {
        const match = /^\s*[A-Z.|]{2,3}\s+([A-Za-z0-9_]+)\s+\S*->\S*\s/.exec(line);
        if (match?.[1])
            names.add(match[1]);
    }
    return names;
}
/** Names from `ffmpeg -encoders` (lines like " V....D libx264  libx264 H.264…"). */
function parseEncoderList(text) {
    const names = new Set();
    for (const line of text.split('\n')) {
        const match = /^\s*[VAS][A-Z.]{5}\s+([A-Za-z0-9_-]+)\s/.exec(line);
        if (match?.[1])
            names.add(match[1]);
    }
    return names;
}
const memo = new Map();
async function probeCapabilities(ffmpegPath) {
    const [version, filters, encoders] = await Promise.all([
        (0,run/* runFfmpeg */.L)(['-version'], { binary: ffmpegPath }),
        (0,run/* runFfmpeg */.L)(['-filters'], { binary: ffmpegPath }),
        (0,run/* runFfmpeg */.L)(['-encoders'], { binary: ffmpegPath }),
    ]);
    return {
        version: /version\s+(\S+)/.exec(version.stdout)?.[1] ?? 'unknown',
        filters: parseFilterList(filters.stdout),
        encoders: parseEncoderList(encoders.stdout),
    };
}
/** The version, filters and encoders of an ffmpeg binary; memoised per path. */
function ffmpegCapabilities(ffmpegPath) {
    let pending = memo.get(ffmpegPath);
    if (!pending) {
        pending = probeCapabilities(ffmpegPath);
        pending.catch(() => memo.delete(ffmpegPath));
        memo.set(ffmpegPath, pending);
    }
    return pending;
}

// EXTERNAL MODULE: ./src/media/locate.ts
var locate = __webpack_require__(85864);
;// CONCATENATED MODULE: ./src/media/analyse.ts
// Measure a file with ffmpeg's analysis filters: loudness, silences, speech onsets, scene cuts.






// The audio stream alone: with the 2018 static build a -vn without an explicit -map still decodes the video.
function audioInput(file, map = '0:a:0') {
    return ['-i', (0,media_args/* fileUrl */.iw)(file), '-map', map, '-vn', '-sn', '-dn'];
}
/** Integrated loudness (LUFS), true peak (dBTP) and loudness range (LU) of one audio stream. */
async function measureLoudness(file, options = {}) {
    // framelog=verbose keeps the ten-per-second meter lines out of stderr; the Summary stays at info level.
    const peak = options.truePeak === false ? '' : 'peak=true:';
    const args = [...audioInput(file, options.map), '-filter:a', `ebur128=${peak}framelog=verbose`, ...(0,media_args/* nullOutputArgs */.Y5)()];
    const { stderr } = await (0,run/* runFfmpeg */.L)(args, { signal: options.signal, captureStderr: 'full' });
    const loudness = (0,analyse_parse/* parseEbur128Summary */.f)(stderr);
    if (!loudness)
        throw new errors/* VoiceoverError */.pF('FFMPEG_FAILED', { detail: `ebur128 printed no summary for ${file}` });
    return loudness;
}
async function silencesAndEnd(file, options) {
    const filter = `silencedetect=noise=${options.noise_db ?? -40}dB:d=${options.min_s ?? 0.3}`;
    let end_s = 0;
    const { stderr } = await (0,run/* runFfmpeg */.L)([...audioInput(file, options.map), '-filter:a', filter, ...(0,media_args/* nullOutputArgs */.Y5)()], {
        signal: options.signal,
        captureStderr: 'full',
        onProgress: (p) => (end_s = Math.max(end_s, p.out_time_s)),
    });
    return { silences: (0,analyse_parse/* parseSilenceLog */.$e)(stderr, end_s), end_s };
}
/** Spans of one audio stream quieter than `noise_db` for at least `min_s`; a silence open at the end is closed there. */
async function detectSilences(file, options = {}) {
    return (await silencesAndEnd(file, options)).silences;
}
/** Times where sound starts after silence (0 when the file opens with sound), seconds ascending. */
async function detectSpeechOnsets(file, options = {}) {
    const { silences, end_s } = await silencesAndEnd(file, options);
    return speechOnsets(silences, end_s);
}
// scdet scores on a 0..100 scale where select's scene score is 0..1 of a mean difference of 100
// (ffmpeg 5.1 vf_scdet.c vs f_select.c): scdet = scene × 100 × 100 / 256.
const SCDET_PER_SCENE = 10000 / 256;
/** Times of hard cuts in the first video stream, seconds ascending (decodes the whole stream). */
async function detectSceneCuts(file, options = {}) {
    const threshold = options.threshold ?? 0.3;
    let method = options.method ?? 'auto';
    if (method === 'auto') {
        const { filters } = await ffmpegCapabilities((0,locate/* resolveFfmpeg */.w)().ffmpeg);
        method = filters.has('scdet') ? 'scdet' : 'select';
    }
    const filter = method === 'scdet'
        ? `scdet=threshold=${(threshold * SCDET_PER_SCENE).toFixed(4)}`
        : `select='gt(scene,${threshold})',showinfo`;
    const args = ['-i', (0,media_args/* fileUrl */.iw)(file), '-map', '0:v:0', '-an', '-sn', '-dn', '-filter:v', filter, ...(0,media_args/* nullOutputArgs */.Y5)()];
    const { stderr } = await (0,run/* runFfmpeg */.L)(args, { signal: options.signal, captureStderr: 'full' });
    const times = method === 'scdet' ? (0,analyse_parse/* parseScdetLog */.h$)(stderr) : (0,analyse_parse/* parseShowinfoTimes */.xm)(stderr);
    return times.sort((a, b) => a - b);
}


/***/ }),

/***/ 2249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ captionText)
/* harmony export */ });
/* harmony import */ var subtitle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21873);
/* harmony import */ var subtitle__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(subtitle__WEBPACK_IMPORTED_MODULE_0__);
// Caption sidecars (SRT, WebVTT) from the plan's real times, written by the `subtitle` library.

/** Caption file text in the given format. */
function captionText(lines, format) {
    const nodes = lines.map((l) => ({
        type: 'cue',
        data: { start: Math.round(l.start_s * 1000), end: Math.round(l.end_s * 1000), text: l.text },
    }));
    return (0,subtitle__WEBPACK_IMPORTED_MODULE_0__.stringifySync)(nodes, { format: format === 'srt' ? 'SRT' : 'WebVTT' });
}


/***/ }),

/***/ 85414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ parseScript)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/script/speech-rule.ts
// One named text-normalisation rule (a global regex and a replacer) and how to apply it.
/** Apply one rule to a text; matches are replaced left to right. */
function applyRule(text, rule) {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(rule.pattern)) {
        out += text.slice(last, match.index) + rule.replace(match);
        last = match.index + match[0].length;
    }
    return last === 0 ? text : out + text.slice(last);
}
/** Up to `length` characters before a match: enough context for a rule's checks, without rescanning the whole text per match. */
function textBefore(match, length = 40) {
    return match.input.slice(Math.max(0, match.index - length), match.index);
}
/** Up to `length` characters after a match. */
function textAfter(match, length = 40) {
    const end = match.index + match[0].length;
    return match.input.slice(end, end + length);
}
/** Split trailing sentence punctuation from a token matched greedily: "x.com/a." → ["x.com/a", "."]. */
function splitTrailingPunctuation(token) {
    const m = /[.,;:!?)\]'"]+$/.exec(token);
    return m ? [token.slice(0, m.index), m[0]] : [token, ''];
}

// EXTERNAL MODULE: ./node_modules/number-to-words/src/index.js
var src = __webpack_require__(60948);
var src_default = /*#__PURE__*/__webpack_require__.n(src);
;// CONCATENATED MODULE: ./src/script/spoken-numbers.ts
// Numbers as English words: cardinals, decimals, ordinals, years, digit pairs ("ten eighty").

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Longest digit string read as one number; longer ones are read digit by digit. */
const MAX_CARDINAL_DIGITS = 15;
/** Digit pattern for numbers in rules: "1,299", "42", "3.14" (source text, no anchors). */
const NUM = String.raw `(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** Each digit as a word: "07" → "zero seven". */
function digitWords(digits) {
    return [...digits].map((d) => DIGITS[Number(d)] ?? d).join(' ');
}
/** A non-negative integer written in digits (commas allowed) as words: "1,299" → "one thousand two hundred ninety-nine". */
function cardinalWords(digits) {
    const plain = digits.replace(/,/g, '');
    if (plain.length > 1 && plain.startsWith('0'))
        return digitWords(plain);
    if (plain.length > MAX_CARDINAL_DIGITS)
        return digitWords(plain);
    return src_default().toWords(Number(plain)).replace(/,/g, '');
}
/** A number with optional sign and decimals as words: "-3.14" → "minus three point one four". */
function numberWords(text) {
    const sign = /^[-−]/.test(text) ? 'minus ' : /^\+/.test(text) ? 'plus ' : '';
    const unsigned = text.replace(/^[-−+]/, '');
    const [whole = '', fraction] = unsigned.split('.');
    const head = whole === '' ? '' : cardinalWords(whole);
    if (fraction === undefined || fraction === '')
        return sign + head;
    return `${sign}${head === '' ? '' : `${head} `}point ${digitWords(fraction)}`;
}
/** A positive integer as ordinal words: 22 → "twenty-second". */
function ordinalWords(digits) {
    const plain = digits.replace(/,/g, '');
    if (plain.length > MAX_CARDINAL_DIGITS)
        return `number ${digitWords(plain)}`;
    return src_default().toWordsOrdinal(Number(plain)).replace(/,/g, '');
}
/** Two-digit group after a spoken hundred: 5 → "oh five", 42 → "forty-two". */
function pairTail(n) {
    return n < 10 ? `oh ${DIGITS[n]}` : cardinalWords(String(n));
}
/** A year as spoken: 1999 → "nineteen ninety-nine", 2005 → "two thousand five", 2010 → "twenty ten". */
function yearWords(year) {
    if (year < 1000 || year > 9999)
        return cardinalWords(String(year));
    const high = Math.floor(year / 100);
    const low = year % 100;
    if (year % 1000 < 10 && high % 10 === 0)
        return cardinalWords(String(year));
    if (low === 0)
        return `${cardinalWords(String(high))} hundred`;
    return `${cardinalWords(String(high))} ${pairTail(low)}`;
}
/** A 3–4 digit number read in pairs, as for resolutions: 1080 → "ten eighty", 720 → "seven twenty". */
function pairWords(n) {
    if (n < 100 || n > 9999)
        return cardinalWords(String(n));
    const high = Math.floor(n / 100);
    const low = n % 100;
    if (low === 0)
        return `${cardinalWords(String(high))} hundred`;
    return `${cardinalWords(String(high))} ${pairTail(low)}`;
}
/** Plural of the last word of a spoken number: "nineteen ninety" → "nineteen nineties". */
function pluralizeLast(words) {
    return words.replace(/(\w+)$/, (last) => (last.endsWith('y') ? `${last.slice(0, -1)}ies` : `${last}s`));
}
/** Whether a written integer is a plausible calendar year read as a year (1100–2099). */
function looksLikeYear(digits) {
    if (!/^\d{4}$/.test(digits))
        return false;
    const n = Number(digits);
    return n >= 1100 && n <= 2099;
}

;// CONCATENATED MODULE: ./src/script/rules-dates.ts
// Normalisation rules for dates, clock times, years and decades.


const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Month names and their usual abbreviations, as a regex alternative. */
const MONTH = String.raw `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
/** Full month name of a written month (name, abbreviation or 1-based number). */
function monthName(month) {
    if (typeof month === 'number')
        return MONTHS[month - 1];
    return MONTHS.find((name) => name.startsWith(month.slice(0, 3)));
}
/** "March fifteenth, twenty twenty-four" (US order). */
function monthFirst(month, day, year) {
    const head = `${month} ${ordinalWords(String(day))}`;
    return year === undefined ? head : `${head}, ${yearWords(year)}`;
}
/** "the fifth of March, twenty twenty-four" (day-first order). */
function dayFirst(month, day, year) {
    const head = `the ${ordinalWords(String(day))} of ${month}`;
    return year === undefined ? head : `${head}, ${yearWords(year)}`;
}
const validDay = (day) => day >= 1 && day <= 31;
/** "2024-03-15" and "2024/03/15" → "March fifteenth, twenty twenty-four". */
const isoDateRule = {
    name: 'iso-date',
    pattern: /(?<![\w./-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\w/-])/g,
    replace: (m) => {
        const month = monthName(Number(m[3]));
        const day = Number(m[4]);
        return month && validDay(day) ? monthFirst(month, day, Number(m[1])) : m[0];
    },
};
/** "03/15/2024" → month first unless the first number cannot be a month; "15.03.2024" → day first. */
const numericDateRule = {
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
        if (!month || !validDay(day))
            return m[0];
        return dayFirstOrder ? dayFirst(month, day, year) : monthFirst(month, day, year);
    },
};
/** "March 5, 2024", "Mar. 5th 2024", "March 5" → "March fifth, twenty twenty-four". */
const monthDayRule = {
    name: 'month-day',
    pattern: new RegExp(String.raw `\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d|:)(?:,?\s+(\d{4})(?![\w.]|\.\d))?\b`, 'g'),
    replace: (m) => {
        const month = monthName(m[1] ?? '');
        const day = Number(m[2]);
        if (!month || !validDay(day))
            return m[0];
        return monthFirst(month, day, m[3] === undefined ? undefined : Number(m[3]));
    },
};
/** "5 March 2024", "5th March" → "the fifth of March, twenty twenty-four". */
const dayMonthRule = {
    name: 'day-month',
    pattern: new RegExp(String.raw `(?<![\w.,])(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}(?![\w])(?:,?\s+(\d{4})(?![\w.]|\.\d))?`, 'g'),
    replace: (m) => {
        const month = monthName(m[2] ?? '');
        const day = Number(m[1]);
        if (!month || !validDay(day))
            return m[0];
        return dayFirst(month, day, m[3] === undefined ? undefined : Number(m[3]));
    },
};
/** "Nov 2024", "Sept. 2025" → "November twenty twenty-four" (a month abbreviation before a year is said in full). */
const monthYearRule = {
    name: 'month-year',
    pattern: /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{4})(?![\w]|[.,]\d)/g,
    replace: (m) => (looksLikeYear(m[2] ?? '') ? `${monthName(m[1] ?? '') ?? m[1]} ${yearWords(Number(m[2]))}` : m[0]),
};
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Weekday names and their usual abbreviations, as a regex alternative (full names first). */
const WEEKDAY = String.raw `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)`;
/** Full weekday name of a written one: "Thu" → "Thursday". */
const weekdayName = (written) => WEEKDAYS.find((name) => name.startsWith(written.slice(0, 3))) ?? written;
/** "Fri 12/6" → "Friday December sixth" ("Mon 13/2": day first): after a weekday, a slash pair is a date, not a fraction. */
const weekdayDateRule = {
    name: 'weekday-date',
    pattern: new RegExp(String.raw `\b${WEEKDAY}\.?(,?\s+)(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d)`, 'g'),
    replace: (m) => {
        const [a, b] = [Number(m[3]), Number(m[4])];
        const dayFirstOrder = a > 12 && b <= 12;
        const [month, day] = dayFirstOrder ? [monthName(b), a] : [monthName(a), b];
        if (!month || !validDay(day))
            return m[0];
        return `${weekdayName(m[1] ?? '')}${m[2]}${dayFirstOrder ? dayFirst(month, day) : monthFirst(month, day)}`;
    },
};
/** "Mon–Fri", "Mon-Fri" → "Monday to Friday". */
const weekdayRangeRule = {
    name: 'weekday-range',
    pattern: new RegExp(String.raw `\b${WEEKDAY}\.?\s?[-–]\s?${WEEKDAY}\b`, 'g'),
    replace: (m) => `${weekdayName(m[1] ?? '')} to ${weekdayName(m[2] ?? '')}`,
};
/** Keep a sentence-ending dot that an "a.m." / "p.m." match swallowed. */
function keptDot(m) {
    if (!m[0].endsWith('.'))
        return '';
    const rest = m.input.slice(m.index + m[0].length);
    return rest.trim() === '' || /^\s+[A-Z]/.test(rest) ? '.' : '';
}
/** Spoken minutes of a clock time: 0 → "", 5 → "oh five", 30 → "thirty". */
function minuteWords(minutes) {
    if (minutes === 0)
        return '';
    return minutes < 10 ? `oh ${cardinalWords(String(minutes))}` : cardinalWords(String(minutes));
}
/** "9:30" → "nine thirty", "9:00" → "nine o'clock", "14:00" → "fourteen hundred", "9:30 am" → "nine thirty A M". */
const clockTimeRule = {
    name: 'clock-time',
    pattern: /(?<![\w:.])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?:\s?([ap])\.?m\.?(?![a-z]))?(?![\w:]|\.\d)/gi,
    replace: (m) => {
        const hour = Number(m[1]);
        const minutes = Number(m[2]);
        const meridiem = m[4] ? ` ${m[4].toUpperCase()} M` : '';
        const hourWords = cardinalWords(String(hour));
        let spoken;
        if (minutes !== 0)
            spoken = `${hourWords} ${minuteWords(minutes)}`;
        else if (meridiem)
            spoken = hourWords;
        else
            spoken = hour > 12 || hour === 0 ? `${hourWords} hundred` : `${hourWords} o'clock`;
        const seconds = m[3] === undefined || Number(m[3]) === 0 ? '' : ` and ${cardinalWords(String(Number(m[3])))} seconds`;
        return spoken + seconds + meridiem + keptDot(m);
    },
};
/** Ratios that are not clock times: "16:9" → "sixteen to nine", "1:1" → "one to one". */
const ratioRule = {
    name: 'ratio',
    pattern: /(?<![\w:.])(\d+):(\d+)(?![\w:]|\.\d)/g,
    replace: (m) => `${cardinalWords(m[1] ?? '')} to ${cardinalWords(m[2] ?? '')}`,
};
/** "5pm", "11 a.m." → "five P M", "eleven A M". */
const hourMeridiemRule = {
    name: 'hour-meridiem',
    pattern: /(?<![\w:.])(1[0-2]|0?[1-9])\s?([ap])\.?m\b\.?/gi,
    replace: (m) => `${cardinalWords(String(Number(m[1])))} ${(m[2] ?? '').toUpperCase()} M${keptDot(m)}`,
};
/** "the 1990s" → "the nineteen nineties", "'90s" / "the 80s" → "nineties" / "the eighties". */
const decadeRule = {
    name: 'decade',
    pattern: /(?<![\w.,])(?:(\d{3}0)|(?:(?<=\bthe\s)|['’])(\d0))'?s\b/gi,
    replace: (m) => (m[1] ? pluralizeLast(yearWords(Number(m[1]))) : pluralizeLast(cardinalWords(m[2] ?? ''))),
};
/** Plural nouns that make a four-digit number a count: "2025 users" is not a year. */
const COUNTED = /^\s+(?:users|people|customers|developers|downloads|installs|stars|views|visitors|members|subscribers|followers|companies|teams|organi[sz]ations|employees|students|files|lines|items|requests|videos|images|photos|pages|records|rows|commits|tests|votes|orders|sales|units|projects|repositories|repos|servers|devices|apps|sites|websites|words|emails|messages|tickets|issues|bugs|points|calls|accounts|sign-?ups|reviews|comments|likes|participants|attendees|contributors|plugins|integrations|templates|languages|countries|cities|stores|partners|clients|patients|frames|samples|tokens|queries|transactions|jobs|builds|packages|times|steps|miles|hours|minutes|seconds|days)\b/i;
/** Words before a number that make it a year even before a counted noun: "in 2025 users will…". */
const YEAR_BEFORE = /\b(?:in|since|by|from|until|till|before|after|during|through|circa|year|of)\s+$/i;
/** Four-digit numbers 1100–2099 read as years: "in 1999" → "in nineteen ninety-nine"; "2025 users" stays a count. */
const yearRule = {
    name: 'year',
    pattern: /(?<![\w.,$€£¥₹+\-−])(\d{4})(?![\w%°]|[.,]\d)/g,
    replace: (m) => {
        if (!looksLikeYear(m[1] ?? ''))
            return m[0];
        const counted = COUNTED.test(textAfter(m)) && !YEAR_BEFORE.test(textBefore(m));
        return counted ? cardinalWords(m[1] ?? '') : yearWords(Number(m[1]));
    },
};
/** Date and time rules in the order they must run. */
const DATE_RULES = [
    isoDateRule, numericDateRule, monthDayRule, dayMonthRule, monthYearRule, weekdayDateRule, weekdayRangeRule,
];
/** Clock-time rules (after numeric ranges turned "9-5" into "9 to 5"). */
const TIME_RULES = [clockTimeRule, hourMeridiemRule, ratioRule];
/** Year rules (after money, units and versions took their numbers). */
const YEAR_RULES = [decadeRule, yearRule];

;// CONCATENATED MODULE: ./src/script/rules-money.ts
// Normalisation rules for money, percentages and scaled amounts ("$2.5M", "10k", "42%").


const CURRENCIES = {
    $: { one: 'dollar', many: 'dollars', cent: ['cent', 'cents'] },
    '€': { one: 'euro', many: 'euros', cent: ['cent', 'cents'] },
    '£': { one: 'pound', many: 'pounds', cent: ['penny', 'pence'] },
    '¥': { one: 'yen', many: 'yen' },
    '₹': { one: 'rupee', many: 'rupees', cent: ['paisa', 'paise'] },
    '¢': { one: 'cent', many: 'cents' },
};
/** Scale suffixes and words: "k" → "thousand". */
const SCALES = {
    k: 'thousand', K: 'thousand', thousand: 'thousand',
    m: 'million', M: 'million', mn: 'million', million: 'million',
    b: 'billion', B: 'billion', bn: 'billion', billion: 'billion',
    t: 'trillion', T: 'trillion', tn: 'trillion', trillion: 'trillion',
};
/** Scale after an amount: attached letter ("2.5M") or a word after a space ("2.5 million"). */
const SCALE = String.raw `(?:([kKmMbBtT]|bn|mn|tn)|\s(thousand|million|billion|trillion))(?![\w])`;
/** An amount in one currency as said: "$4.99" → "four dollars and ninety-nine cents". */
function moneyWords(symbol, amount, scale) {
    const currency = CURRENCIES[symbol] ?? { one: symbol, many: symbol };
    const sign = /^[-−]/.test(amount) ? 'minus ' : '';
    const unsigned = amount.replace(/^[-−]/, '');
    if (scale)
        return `${numberWords(amount)} ${SCALES[scale] ?? scale} ${currency.many}`;
    const [whole = '0', fraction] = unsigned.split('.');
    const units = Number(whole.replace(/,/g, ''));
    const unitName = units === 1 ? currency.one : currency.many;
    if (fraction === undefined)
        return `${sign}${cardinalWords(whole)} ${unitName}`;
    if (fraction.length > 2 || !currency.cent)
        return `${numberWords(amount)} ${currency.many}`;
    const cents = Number(fraction.padEnd(2, '0'));
    const centWords = `${cardinalWords(String(cents))} ${cents === 1 ? currency.cent[0] : currency.cent[1]}`;
    if (cents === 0)
        return `${sign}${cardinalWords(whole)} ${unitName}`;
    if (units === 0)
        return sign + centWords;
    return `${sign}${cardinalWords(whole)} ${unitName} and ${centWords}`;
}
/** "$1,299", "-$5", "€20", "$2.5M", "$3 billion" (symbol before the amount). */
const moneyRule = {
    name: 'money',
    pattern: new RegExp(String.raw `(?<![\w.])([-−]?)([$€£¥₹])\s?(${NUM})(?:${SCALE})?(?![\d])`, 'g'),
    replace: (m) => moneyWords(m[2] ?? '$', (m[1] ?? '') + (m[3] ?? ''), m[4] ?? m[5]),
};
/** "20€", "20 €" (symbol after the amount, as written in much of Europe), "99¢" → "ninety-nine cents". */
const moneyAfterRule = {
    name: 'money-after',
    pattern: new RegExp(String.raw `(?<![\w.])([-−]?${NUM})\s?([€£¥₹¢])`, 'g'),
    replace: (m) => moneyWords(m[2] ?? '€', m[1] ?? ''),
};
/** "42%" → "forty-two percent", "-3.5 %" → "minus three point five percent". */
const percentRule = {
    name: 'percent',
    pattern: new RegExp(String.raw `(?<![\w.])((?:(?<![\d])[-−+])?${NUM})\s?%`, 'g'),
    replace: (m) => `${numberWords(m[1] ?? '')} percent`,
};
/** "10k" → "ten thousand", "2.5M" → "two point five million", "3B" → "three billion" (not 4K/8K). */
const scaleRule = {
    name: 'scale',
    pattern: new RegExp(String.raw `(?<![\w.])([-−]?${NUM})(?:([kKMB]|bn|mn)(?![\w])|\s(thousand|million|billion|trillion)\b)`, 'g'),
    replace: (m) => {
        const suffix = m[2] ?? m[3] ?? '';
        if (suffix === 'K' && /^(?:2|4|5|6|8|12|16)$/.test(m[1] ?? ''))
            return `${numberWords(m[1] ?? '')} K`;
        return `${numberWords(m[1] ?? '')} ${SCALES[suffix] ?? suffix}`;
    },
};
/** ISO currency codes said as their currency. */
const CODES = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
const CODE = Object.keys(CODES).join('|');
/** "USD 100" / "100 USD" / "EUR 2.5M" → "$100", "€2.5M" (read by the money rule next); "$5 USD" → "$5". */
const currencyCodeRule = {
    name: 'currency-code',
    pattern: new RegExp(String.raw `(?<![\w.])(?:(${CODE})\s?(${NUM}(?:[kKmMbB]|bn|mn)?)|(${NUM}(?:[kKmMbB]|bn|mn|\s(?:thousand|million|billion))?)\s?(${CODE}))(?![\w])`, 'g'),
    replace: (m) => {
        const symbol = /[$€£¥₹]$/.test(textBefore(m, 1)) ? '' : (CODES[m[1] ?? m[4] ?? ''] ?? '');
        return `${symbol}${m[2] ?? m[3] ?? ''}`;
    },
};
/** Money and percentage rules, in order. */
const MONEY_RULES = [currencyCodeRule, moneyRule, moneyAfterRule, percentRule];

;// CONCATENATED MODULE: ./src/script/rules-units.ts
// Normalisation rules for numbers with units: "5 km", "16 GB/s", "60 fps", "72°F", "1080p", "4G".


/** Written unit → [singular, plural]. Case matters ("MB" megabytes, "mb" is not a unit here). */
const UNITS = {
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
const rules_units_escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const UNIT_ALTERNATIVES = Object.keys(UNITS).sort((a, b) => b.length - a.length).map(rules_units_escape).join('|');
/** Every written unit as one regex alternative (longest first), for rules that must not take a quantity. */
const UNIT_PATTERN = UNIT_ALTERNATIVES;
/** "1" and "-1" take the singular ("1 km" → "one kilometer"); everything else the plural. */
const isOne = (amount) => /^[-−+]?1$/.test(amount);
/** "5 km" → "five kilometers", "16 GB/s" → "sixteen gigabytes per second", "1 fps" → "one frame per second". */
const unitRule = {
    name: 'unit',
    pattern: new RegExp(String.raw `(?<![\w.])((?:(?<![\d])[-−+])?${NUM})\s?(${UNIT_ALTERNATIVES})(?![\w/])`, 'g'),
    replace: (m) => {
        const amount = m[1] ?? '';
        const names = UNITS[m[2] ?? ''];
        if (!names)
            return m[0];
        return `${numberWords(amount)} ${isOne(amount) ? names[0] : names[1]}`;
    },
};
/** What may follow "/" after an amount, and how abbreviations are said: "$5/mo" → "five dollars per month". */
const PER = {
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
const perRule = {
    name: 'per',
    pattern: new RegExp(String.raw `(?<=[\w%°+])((?:\/(?:${Object.keys(PER).join('|')}|${PER_WORDS}))+)(?![\w/])`, 'g'),
    replace: (m) => {
        // The amount is checked here, on a short tail, rather than in a lookbehind that would run at every position.
        const before = textBefore(m);
        if (!AMOUNT_BEFORE_SLASH.test(before))
            return m[0];
        const unit = /[A-Za-zµ]+$/.exec(before)?.[0];
        const segments = (m[1] ?? '').split('/').slice(1);
        if (unit !== undefined && UNITS[`${unit}/${segments[0] ?? ''}`])
            return m[0];
        return segments.map((segment) => ` per ${PER[segment] ?? segment}`).join('');
    },
};
/** "$1/1,000 calls" → "$1 per 1,000 calls": a slash between an amount of money and a number. */
const perNumberRule = {
    name: 'per-number',
    pattern: /(?<=(?<![\w.])[$€£¥₹]\d[\d,.]*(?:[kKmMbB]|bn|mn)?)\/(?=\d)/g,
    replace: () => ' per ',
};
/** Units of two or more letters, the only ones taken after a hyphen ("10-min", not "10-m"). */
const ADJECTIVE_UNITS = Object.keys(UNITS).filter((unit) => unit.length >= 2 && !unit.includes('/')).sort((a, b) => b.length - a.length).map(rules_units_escape).join('|');
/** A hyphenated amount before a noun takes the singular: "a 10-min video" → "a ten-minute video". */
const unitAdjectiveRule = {
    name: 'unit-adjective',
    pattern: new RegExp(String.raw `(?<![\w.-])(${NUM})-(${ADJECTIVE_UNITS})(?![\w/-])`, 'g'),
    replace: (m) => `${numberWords(m[1] ?? '')}-${UNITS[m[2] ?? '']?.[0] ?? m[2]}`,
};
/** Compound durations: "1h 30m" → "one hour thirty minutes", "2m30s" → "two minutes thirty seconds". */
const durationRule = {
    name: 'duration',
    pattern: /(?<![\w.])(?:(\d+)\s?h\s?(\d+)\s?m(?:\s?(\d+)\s?s)?|(\d+)\s?m\s?(\d+)\s?s)(?![\w])/g,
    replace: (m) => {
        const part = (n, one) => (n === undefined ? '' : `${numberWords(n)} ${isOne(n) ? one : `${one}s`} `);
        return (part(m[1], 'hour') + part(m[2] ?? m[4], 'minute') + part(m[3] ?? m[5], 'second')).trim();
    },
};
/** "72°F" → "seventy-two degrees Fahrenheit", "-5 °C", "90°" → "ninety degrees". */
const temperatureRule = {
    name: 'temperature',
    pattern: new RegExp(String.raw `(?<![\w.])((?:(?<![\d])[-−+])?${NUM})\s?°\s?([CF])?(?![\w])`, 'g'),
    replace: (m) => {
        const amount = m[1] ?? '';
        const scale = m[2] === 'C' ? ' Celsius' : m[2] === 'F' ? ' Fahrenheit' : '';
        return `${numberWords(amount)} ${isOne(amount) ? 'degree' : 'degrees'}${scale}`;
    },
};
/** Video heights: "1080p" → "ten eighty p", "720p60" → "seven twenty p sixty" (numbers later). */
const progressiveRule = {
    name: 'progressive',
    pattern: /(?<![\w.])(\d{3,4})([pi])(?![a-z])/g,
    replace: (m) => `${pairWords(Number(m[1]))} ${m[2]} `,
};
/** A number glued to capitals: "4K" → "four K", "5G" → "five G", "3D" → "three D". */
const numberLettersRule = {
    name: 'number-letters',
    pattern: /(?<![\w.])(\d+)([A-Z]{1,2})(?![\w])/g,
    replace: (m) => `${numberWords(m[1] ?? '')} ${[...(m[2] ?? '')].join(' ')}`,
};
/** Unit rules, in order (temperatures and units before bare scales and capitals). */
const UNIT_RULES = [durationRule, temperatureRule, unitAdjectiveRule, unitRule, progressiveRule];

;// CONCATENATED MODULE: ./src/script/rules-numbers.ts
// Normalisation rules for versions, ranges, sizes, ordinals, multipliers, fractions and plain numbers.



/** Dotted parts read as whole numbers: "2.10.3" → "two point ten point three". */
const dotted = (parts, joiner = 'point') => parts.split('.').map(cardinalWords).join(` ${joiner} `);
/** "v1.2-v1.4" → "v1.2 to v1.4" (before the versions are read, so the dash is still beside a digit). */
const versionRangeRule = {
    name: 'version-range',
    pattern: /(?<=\b[vV]\d+(?:\.\d+)*)\s?[-–]\s?(?=[vV]\d)/g,
    replace: () => ' to ',
};
/** "v2.1.3" → "version two point one point three", "v2" → "version two". */
const vVersionRule = {
    name: 'v-version',
    pattern: /\b[vV](\d+(?:\.\d+)*)(?![\w]|\.\d)/g,
    replace: (m) => {
        const named = /\bversion\s*$/i.test(textBefore(m));
        return `${named ? '' : 'version '}${dotted(m[1] ?? '')}`;
    },
};
/** "version 3.0" → "version three point zero" (parts as numbers, not decimals). */
const namedVersionRule = {
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
const QUANTITY_AFTER = String.raw `\s?(?:[%°xX×]|(?:${UNIT_PATTERN}|miles?|kilometers?|kilometres?|meters?|metres?|feet|foot|inches|percent|times|hours?|minutes?|seconds?|days?|weeks?|months?|years?|points?|steps?|dollars?|euros?)(?![\w]))`;
/** "Go 1.22" → "Go one point twenty-two", "Python 3.12" → "Python three point twelve" (a known name, then a dotted version). */
const productVersionRule = {
    name: 'product-version',
    pattern: new RegExp(String.raw `(?<![\w.])(${PRODUCTS.map((p) => p.replace('.', '\\.')).join('|')})([\s/])(\d+(?:\.\d+)+)(?![\w]|\.\d)(?!${QUANTITY_AFTER})`, 'g'),
    replace: (m) => `${m[1]} ${dotted(m[3] ?? '')}`,
};
/** Three dotted parts: "2.1.3" → "two point one point three"; four (addresses): "10.0.0.1" → "ten dot zero dot zero dot one". */
const dottedNumberRule = {
    name: 'dotted-number',
    pattern: /(?<![\w.])(\d+\.\d+\.\d+(\.\d+)*)(?![\w]|\.\d)/g,
    replace: (m) => dotted(m[1] ?? '', m[2] ? 'dot' : 'point'),
};
/** Phone numbers read digit by digit: "555-1234" → "five five five, one two three four". */
const phoneRule = {
    name: 'phone',
    pattern: /(?<![\w.-])(?:\+\d{1,3}[\s-])?(?:\(\d{3}\)\s?|\d{3}-)?\d{3}-\d{4}(?![\w-])/g,
    replace: (m) => m[0].split(/[^\d+]+/).filter((group) => group !== '').map((group) => group.startsWith('+') ? `plus ${digitWords(group.slice(1))}` : digitWords(group)).join(', '),
};
/** Sizes: "1920x1080" → "nineteen twenty by ten eighty", "3 x 4" → "three by four". */
const dimensionsRule = {
    name: 'dimensions',
    pattern: /(?<![\w.])(\d+)\s?[x×]\s?(\d+)(?![\w])/g,
    replace: (m) => {
        const speak = (n) => (n.length >= 3 && n.length <= 4 ? pairWords(Number(n)) : cardinalWords(n));
        return `${speak(m[1] ?? '')} by ${speak(m[2] ?? '')}`;
    },
};
/** "1st", "22nd", "103rd", "1,000th" → ordinal words. */
const ordinalRule = {
    name: 'ordinal',
    pattern: /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)\b/g,
    replace: (m) => ordinalWords(m[1] ?? ''),
};
/** "3.5x" / "3.5X" → "three point five times", "10×" → "ten times". */
const multiplierRule = {
    name: 'multiplier',
    pattern: new RegExp(String.raw `(?<![\w.])(${NUM})\s?[xX×](?![\w])`, 'g'),
    replace: (m) => `${numberWords(m[1] ?? '')} times`,
};
const DENOMINATORS = {
    2: ['half', 'halves'], 3: ['third', 'thirds'], 4: ['quarter', 'quarters'], 5: ['fifth', 'fifths'],
    6: ['sixth', 'sixths'], 8: ['eighth', 'eighths'], 10: ['tenth', 'tenths'], 16: ['sixteenth', 'sixteenths'],
};
/** "1/2" → "one half", "3/4" → "three quarters", "24/7" → "twenty-four seven", "4.5/5" → "four point five out of five". */
const fractionRule = {
    name: 'fraction',
    pattern: /(?<![\w./])(\d+(\.\d+)?)\/(\d+)(?![\w/]|\.\d)/g,
    replace: (m) => {
        if (m[2])
            return `${numberWords(m[1] ?? '')} out of ${cardinalWords(m[3] ?? '')}`;
        const top = Number(m[1]);
        const names = DENOMINATORS[Number(m[3])];
        if (names && top > 0 && top < Number(m[3]))
            return `${cardinalWords(m[1] ?? '')} ${top === 1 ? names[0] : names[1]}`;
        return `${cardinalWords(m[1] ?? '')} ${cardinalWords(m[3] ?? '')}`;
    },
};
/** Single-character fractions: [after a whole number, alone]. */
const VULGAR = {
    '½': ['a half', 'one half'], '¼': ['a quarter', 'one quarter'], '¾': ['three quarters', 'three quarters'],
    '⅓': ['a third', 'one third'], '⅔': ['two thirds', 'two thirds'], '⅛': ['an eighth', 'one eighth'],
};
/** "½ cup" → "one half cup", "1½" → "one and a half", "2 ¾" → "two and three quarters". */
const vulgarFractionRule = {
    name: 'vulgar-fraction',
    pattern: /(?<![\w.])(?:(\d+)\s?)?([½¼¾⅓⅔⅛])/g,
    replace: (m) => {
        const names = VULGAR[m[2] ?? ''] ?? ['', ''];
        return m[1] ? `${cardinalWords(m[1])} and ${names[0]}` : names[1];
    },
};
/** "#1" and "No. 5" → "number one", "number five". */
const numberSignRule = {
    name: 'number-sign',
    pattern: /(?:(?<![\w&])#|\bNo\.\s?)(?=\d)/g,
    replace: () => 'number ',
};
/** Any number left: "-4" → "minus four", "1,299" → "one thousand two hundred ninety-nine", "3.14" → "three point one four". */
const plainNumberRule = {
    name: 'number',
    pattern: /(?:(?<=^|[\s([{"'“])[-−])?(?<!\d)(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?![\d])/g,
    replace: (m) => {
        const before = m.input.charAt(m.index - 1);
        const after = m.input.charAt(m.index + m[0].length);
        const pad = (c) => (/[A-Za-z]/.test(c) ? ' ' : '');
        return pad(before) + numberWords(m[0]) + pad(after);
    },
};
/** Version rules (before ranges and decimals). */
const VERSION_RULES = [versionRangeRule, vVersionRule, namedVersionRule, dottedNumberRule];

;// CONCATENATED MODULE: ./src/script/rules-ranges.ts
// Normalisation rules for ranges ("10-20 min", "50%-60%", "$10-20", "9am-5pm") and hyphenated IDs.



/** A range dash: unspaced hyphen or en dash, or either one with a space on both sides. */
const DASH = String.raw `(?:[-–]|\s[-–]\s)`;
/** Suffixes that may end the left side of a range: "50%-", "2x-", "9am-", "9 a.m. -". */
const RANGE_SUFFIX = String.raw `(?:%|[xX×]|\s?[aApP]\.?[mM]\.?)`;
/** Whether a written arithmetic "=" sits right beside the expression around `m` ("10 - 5 = 5", "x = 10-5"). */
function isArithmetic(m) {
    const before = textBefore(m);
    const after = textAfter(m);
    return /=\s*[-−]?[\d.,]+$/.test(before) || /^[-−]?[\d.,]+\s*=/.test(after);
}
/** Hyphenated numbers of three or more groups (ISBNs, order numbers) and "#12345-678": group by group, digit by digit. */
const idRule = {
    name: 'id',
    pattern: /(?<![\w.#-])(#?)(\d+(?:-\d+){2,}|(?<=#)\d+(?:-\d+)+)(?![\w-])/g,
    replace: (m) => `${m[1] ? 'number ' : ''}${(m[2] ?? '').split('-').map(digitWords).join(', ')}`,
};
/** "$10-20" → "ten to $20" (the currency is said once, after the range: "ten to twenty dollars"). */
const moneyRangeRule = {
    name: 'money-range',
    pattern: new RegExp(String.raw `(?<![\w.])([$€£¥₹])(${NUM})${DASH}(?=${NUM}(?![\d]))`, 'g'),
    replace: (m) => {
        const symbol = m[1] ?? '$';
        const amount = m[2] ?? '';
        const left = amount.includes('.') ? moneyWords(symbol, amount) : cardinalWords(amount);
        return `${left} to ${symbol}`;
    },
};
/** "50%-60%" → "50 to 60%", "2x-3x" → "2 to 3x": a suffix said once, after the range (twice when the range starts below zero). */
const suffixRangeRule = {
    name: 'suffix-range',
    pattern: new RegExp(String.raw `(?<![\w.])(${NUM})\s?([%xX×])${DASH}(?=${NUM}\s?([%xX×])(?![\w]))`, 'g'),
    replace: (m) => {
        const kind = (s) => (s === '%' ? '%' : 'x');
        const negative = /[-−]$/.test(textBefore(m, 1));
        return kind(m[2]) === kind(m[3]) && !negative && !isArithmetic(m) ? `${m[1]} to ` : m[0];
    },
};
/**
 * "10-20" / "10–20" / "10 - 20 min" / "$5–$10" / "9am-5pm" / "-5--10" → "10 to 20" (numbers are read later);
 * "10 - 5 = 5" → minus. A negative right end only follows a negative left end.
 */
const rangeRule = {
    name: 'range',
    pattern: new RegExp(String.raw `(?<=\d${RANGE_SUFFIX}?)${DASH}(?=[-−]?[$€£]?\d)`, 'g'),
    replace: (m) => {
        const negativeRight = /^[-−]/.test(textAfter(m, 1));
        const negativeLeft = /(?:^|[\s([])[-−][$€£]?[\d.,]+$/.test(textBefore(m));
        if (negativeRight)
            return negativeLeft ? ' to ' : m[0];
        return isArithmetic(m) ? ' minus ' : ' to ';
    },
};
/** Seasons and fiscal years: "2025/26" → "2025 to 26" (the second year is the next one, in two digits). */
const seasonRule = {
    name: 'season',
    pattern: /(?<![\w./])(\d{4})\/(\d{2})(?![\w/]|\.\d)/g,
    replace: (m) => ((Number(m[1]) + 1) % 100 === Number(m[2]) ? `${m[1]} to ${m[2]}` : m[0]),
};
/** An unspaced en dash between words is a range too: "Mon–Fri" → "Mon to Fri", "Q1–Q3" → "Q1 to Q3". */
const enDashRule = {
    name: 'en-dash',
    pattern: /(?<=\w)–(?=\w)/g,
    replace: () => ' to ',
};
/** Range rules in the order they must run (after phone numbers and dates took their hyphens). */
const RANGE_RULES = [idRule, moneyRangeRule, suffixRangeRule, rangeRule, seasonRule, enDashRule];

;// CONCATENATED MODULE: ./src/script/rules-web.ts
// Normalisation rules for e-mail addresses and URLs ("dev@example.com" → "dev at example dot com").


/** Top-level domains recognised in bare domains ("example.com" without https://). */
const TLDS = 'com|org|net|io|dev|app|ai|co|edu|gov|info|biz|me|tv|xyz|tech|cloud|site|blog|page|uk|us|de|fr|eu|ca|au|jp|nl|ly|gg|fm';
/** Two-letter domain labels said as words rather than spelled. */
const SAID_AS_WORDS = new Set(['co', 'me', 'so', 'to', 'in', 'go', 'do']);
/** Symbols inside addresses and how they are said. */
const SYMBOLS = { '.': 'dot', '-': 'dash', _: 'underscore', '+': 'plus', '~': 'tilde', '%': 'percent', '=': 'equals' };
/** Words of one address part: digits as numbers, symbols by name. */
function speakPart(part) {
    return part
        .split(/([.\-_+~%=]|\d+)/)
        .filter((piece) => piece !== '')
        .map((piece) => (/^\d+$/.test(piece) ? cardinalWords(piece) : (SYMBOLS[piece] ?? piece)))
        .join(' ');
}
/** A host name as said: "docs.example.io" → "docs dot example dot I O". */
function speakHost(host) {
    const [name = '', port] = host.split(':');
    const labels = name.split('.').map((label, i, all) => {
        const isTld = i === all.length - 1 && all.length > 1;
        if (isTld && label.length === 2 && !SAID_AS_WORDS.has(label.toLowerCase()))
            return label.toUpperCase().split('').join(' ');
        return speakPart(label);
    });
    const spoken = labels.join(' dot ');
    return port ? `${spoken} colon ${speakPart(port)}` : spoken;
}
/** A URL without scheme, "www.", query or fragment, as said. */
function speakUrl(url) {
    const bare = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '').replace(/[?#].*$/, '');
    const [host = '', ...path] = bare.split('/');
    const segments = path.filter((segment) => segment !== '').map(speakPart);
    return [speakHost(host), ...segments].join(' slash ');
}
/** "dev@example.com" → "dev at example dot com". */
const emailRule = {
    name: 'email',
    pattern: /(?<![\w.+-])([\w.+-]+)@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])/gi,
    replace: (m) => `${speakPart(m[1] ?? '')} at ${speakHost(m[2] ?? '')}`,
};
/** "https://example.com/docs" → "example dot com slash docs". */
const urlRule = {
    name: 'url',
    pattern: /\b(?:https?|ftp):\/\/[^\s<>"]+/gi,
    replace: (m) => {
        const [url, trailing] = splitTrailingPunctuation(m[0]);
        return speakUrl(url) + trailing;
    },
};
/** "www.example.com" and bare "example.com/docs" → "example dot com slash docs". */
const domainRule = {
    name: 'domain',
    pattern: new RegExp(String.raw `(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLDS})(?![\w-])(?:/[^\s<>"]*)?`, 'gi'),
    replace: (m) => {
        const [url, trailing] = splitTrailingPunctuation(m[0]);
        return speakUrl(url) + trailing;
    },
};
/** Spoken file extensions ("notes.md" → "notes dot M D"). */
const EXTENSIONS = {
    md: 'M D', txt: 'text', json: 'jay son', yml: 'yamel', yaml: 'yamel', ts: 'T S', mp4: 'M P four', mov: 'mov',
    mp3: 'M P three', wav: 'wave', srt: 'S R T', vtt: 'V T T', png: 'P N G', jpg: 'jay peg', jpeg: 'jay peg',
    gif: 'gif', svg: 'S V G', csv: 'C S V', pdf: 'P D F', html: 'H T M L', css: 'C S S', py: 'P Y', toml: 'toml',
};
/** File names with a known extension: "README.md" → "README dot M D" (".js" is read by the pronunciation rule). */
const fileNameRule = {
    name: 'file-name',
    pattern: new RegExp(String.raw `(?<![\w./-])([\w-]+)\.(${Object.keys(EXTENSIONS).join('|')})(?![\w])`, 'gi'),
    replace: (m) => `${m[1]} dot ${EXTENSIONS[(m[2] ?? '').toLowerCase()] ?? m[2]}`,
};
/** "localhost:3000" → "localhost colon three thousand". */
const localhostRule = {
    name: 'localhost',
    pattern: /\blocalhost(?::(\d+))?\b/gi,
    replace: (m) => (m[1] ? `localhost colon ${cardinalWords(m[1])}` : 'localhost'),
};
/** Address rules in the order they must run (e-mails first: their domain is a bare domain). */
const WEB_RULES = [emailRule, urlRule, domainRule, localhostRule, fileNameRule];

;// CONCATENATED MODULE: ./src/script/pronunciations.ts
// Words that engines misread, and how to say them: tech names, acronyms said as words, abbreviations.
/** Exact written forms (case-sensitive) and how they are said. A plural "s" may follow any of them. */
const PRONUNCIATIONS = {
    'C++': 'C plus plus', 'C#': 'C sharp', 'F#': 'F sharp', '.NET': 'dot net',
    'H.264': 'H two sixty-four', 'H.265': 'H two sixty-five', IPv4: 'I P v four', IPv6: 'I P v six',
    iOS: 'eye O S', iPadOS: 'eye pad O S', macOS: 'mac O S', tvOS: 'T V O S', watchOS: 'watch O S',
    SaaS: 'sass', PaaS: 'pass', JSON: 'jay son', SQL: 'sequel', MySQL: 'my sequel', NoSQL: 'no sequel',
    PostgreSQL: 'postgres Q L', GIF: 'gif', JPEG: 'jay peg', JPG: 'jay peg', GUI: 'gooey', ASCII: 'askee',
    YAML: 'yamel', WASM: 'wazzum', NASA: 'nasa', NATO: 'nato', COVID: 'covid', OK: 'okay', AJAX: 'ajax',
    CAPTCHA: 'captcha', RAM: 'ram', ROM: 'rom', LAN: 'lan', SIM: 'sim', PIN: 'pin', LASER: 'laser',
    RADAR: 'radar', SCUBA: 'scuba', README: 'read me', TODO: 'to do', WiFi: 'why fye', 'Wi-Fi': 'why fye',
    npm: 'N P M', FFmpeg: 'F F mpeg', ffmpeg: 'F F mpeg', ffprobe: 'F F probe', nginx: 'engine x',
    NGINX: 'engine x', LaTeX: 'lay tech', SUV: 'S U V', YoY: 'year over year', QoQ: 'quarter over quarter',
    k8s: 'kubernetes', K8s: 'kubernetes', i18n: 'internationalization', a11y: 'accessibility', 'TL;DR': 'T L D R',
    gRPC: 'G R P C', IoT: 'I O T', PhD: 'P H D', NVIDIA: 'en vidia', SQLite: 'S Q lite',
};
/** Abbreviations with dots (matched case-insensitively) and how they are said. */
const ABBREVIATIONS = {
    'e.g.': 'for example', 'i.e.': 'that is', 'etc.': 'et cetera', 'vs.': 'versus', 'vs': 'versus',
    'approx.': 'approximately', 'a.k.a.': 'also known as', 'incl.': 'including', 'cf.': 'compare',
    'w/o': 'without', 'w/': 'with', 'ext.': 'extension',
};
/** Titles before a name (case-sensitive). */
const TITLES = {
    'Dr.': 'Doctor', 'Mr.': 'Mister', 'Mrs.': 'Missus', 'Ms.': 'Miz', 'Prof.': 'Professor', 'Fig.': 'figure', 'Mt.': 'Mount',
};
/** English words often written in capitals for emphasis: said as words, not spelled. */
const CAPITALISED_WORDS = new Set([
    'A', 'I', 'AN', 'THE', 'AND', 'OR', 'NOT', 'NO', 'YES', 'ON', 'OFF', 'IN', 'OUT', 'TO', 'OF', 'FOR',
    'ALL', 'NEW', 'NOW', 'FREE', 'STOP', 'GO', 'WOW', 'IS', 'ARE', 'BE', 'DO', 'SO', 'UP', 'BY', 'MY',
    'ME', 'WE', 'YOU', 'HE', 'SHE', 'BIG', 'HOT', 'TOP', 'BEST', 'MUST', 'VERY', 'NEVER', 'ONLY', 'HUGE',
    'LIVE', 'SALE', 'NOTE', 'WARN', 'DONE', 'HELLO', 'FINAL', 'WAIT', 'SAVE', 'NEXT', 'BACK', 'HOME', 'HELP',
]);

;// CONCATENATED MODULE: ./src/script/rules-words.ts
// Normalisation rules for words: abbreviations, known pronunciations, symbols and acronyms.


const rules_words_escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (keys) => keys.sort((a, b) => b.length - a.length).map(rules_words_escape).join('|');
/** "e.g." → "for example", "vs." → "versus"; a dot that also ended the text is kept. */
const abbreviationRule = {
    name: 'abbreviation',
    pattern: new RegExp(String.raw `(?<![\w.])(${alternatives(Object.keys(ABBREVIATIONS))})(?![\w])`, 'gi'),
    replace: (m) => {
        // "VS Code" is a name, not "versus": a dotless abbreviation written in capitals is left to the acronym rule.
        if (!m[0].includes('.') && m[0] === m[0].toUpperCase())
            return m[0];
        const spoken = ABBREVIATIONS[(m[1] ?? '').toLowerCase()] ?? m[0];
        const rest = m.input.slice(m.index + m[0].length);
        const endsSentence = m[0].endsWith('.') && (rest.trim() === '' || (/^etc/i.test(m[0]) && /^\s+[A-Z]/.test(rest)));
        return endsSentence ? `${spoken}.` : spoken;
    },
};
/** Dotted initials: "U.S." → "U S", "A.I." → "A I" (a dot that ended the text is kept). */
const initialismRule = {
    name: 'initialism',
    pattern: /(?<![\w.])((?:[A-Z]\.){2,})(?![\w])/g,
    replace: (m) => {
        const letters = (m[1] ?? '').split('.').filter((l) => l !== '').join(' ');
        return m.input.slice(m.index + m[0].length).trim() === '' ? `${letters}.` : letters;
    },
};
/** "Dr. Smith" → "Doctor Smith". */
const titleRule = {
    name: 'title',
    pattern: new RegExp(String.raw `(?<![\w.])(${alternatives(Object.keys(TITLES))})(?=\s*[A-Z\d])`, 'g'),
    replace: (m) => TITLES[m[1] ?? ''] ?? m[0],
};
/** "C++" → "C plus plus", "JSON" → "jay son", "GIFs" → "gifs", "Node.js" → "Node J S". */
const pronunciationRule = {
    name: 'pronunciation',
    pattern: new RegExp(String.raw `(?<![\w.])(${alternatives(Object.keys(PRONUNCIATIONS))}|\w+\.js)(s?)(?![\w+#])`, 'g'),
    replace: (m) => {
        const written = m[1] ?? '';
        const spoken = PRONUNCIATIONS[written] ?? written.replace(/\.js$/, ' J S');
        return spoken + (m[2] ?? '');
    },
};
/** Mac keyboard symbols as their key names. */
const MAC_KEYS = { '⌘': 'command', '⌥': 'option', '⇧': 'shift', '⌃': 'control' };
/**
 * Symbols between words: "&" → "and", "⌘K" → "command K", "2 + 2" → "plus", "=" → "equals", "and/or" → "and or",
 * "M1/M2" → "M1 M2", "HTTP/2" → "HTTP 2", "+/-" → "plus or minus", "m²" → "m squared".
 */
const symbolRules = [
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
const COMPARISONS = { '<': 'less than', '>': 'more than', '<=': 'at most', '>=': 'at least', '≤': 'at most', '≥': 'at least' };
/** "< 5 min" → "less than 5 min", ">= 99%" / "≥ 99%" → "at least 99%" (before a number only; before numbers are read). */
const comparisonRule = {
    name: 'comparison',
    pattern: /(?<![\w<>=-])([<>]=?|[≤≥])\s?(?=[~$€£¥₹]?[-−]?\d)/g,
    replace: (m) => `${COMPARISONS[m[1] ?? ''] ?? m[1]} `,
};
/** "~5 min" → "about 5 min" (before numbers are read). */
const aboutRule = { name: 'about', pattern: /(?<![\w])~\s?(?=[$€£]?\d)/g, replace: () => 'about ' };
/** Shouted text (no lower case, three or more capitalised words): its words are not spelled. */
const isShouted = (text) => !/[a-z]/.test(text) && (text.match(/\b[A-Z]{2,}\b/g) ?? []).length >= 3;
/** Brand names ending in capitals: "ChatGPT" → "Chat G P T", "MongoDB" → "Mongo D B" ("GitHub", "iPhone" untouched). */
const camelAcronymRule = {
    name: 'camel-acronym',
    pattern: /(?<![\w'’.])((?:[A-Z][a-z]+)+)([A-Z]{2,5})(s?)(?![\w'’])/g,
    replace: (m) => `${m[1]} ${[...(m[2] ?? '')].join(' ')}${m[3] ? "'s" : ''}`,
};
/** "API" → "A P I", "APIs" → "A P I's", "MP4" → "M P 4", "ES2022" → "E S twenty twenty-two"; skipped in shouted text. */
const acronymRule = {
    name: 'acronym',
    pattern: /(?<![\w'’.])([A-Z]{2,5})(\d*)(s|['’]s)?(?![\w'’])/g,
    replace: (m) => {
        const letters = m[1] ?? '';
        if (isShouted(m.input))
            return m[0];
        if (CAPITALISED_WORDS.has(letters))
            return letters.toLowerCase() + (m[3] ?? '');
        const spelled = [...letters].join(' ');
        const digits = m[2] ? ` ${looksLikeYear(m[2]) ? yearWords(Number(m[2])) : m[2]}` : '';
        const plural = m[3] ? "'s" : '';
        return spelled + digits + plural;
    },
};

;// CONCATENATED MODULE: ./src/script/speech-rules.ts
// The ordered list of normalisation rules. Order matters: each rule sees the output of those before it.







/**
 * English rules, in order: words with dots first (so "e.g." and "Node.js" are not domains), versions
 * after a known name ("Go 1.22") before pronunciations rename it, addresses before numbers, dates before
 * "per" slashes, ranges and times, versions before decimals, money/percent/units before bare scales and
 * years, and plain numbers last.
 */
const ENGLISH_RULES = [
    abbreviationRule,
    initialismRule,
    titleRule,
    productVersionRule,
    pronunciationRule,
    ...WEB_RULES,
    ...DATE_RULES,
    aboutRule,
    comparisonRule,
    perRule,
    perNumberRule,
    ...VERSION_RULES,
    phoneRule,
    ...RANGE_RULES,
    ...TIME_RULES,
    dimensionsRule,
    ...MONEY_RULES,
    ordinalRule,
    decadeRule,
    multiplierRule,
    ...UNIT_RULES,
    scaleRule,
    numberLettersRule,
    yearRule,
    fractionRule,
    vulgarFractionRule,
    numberSignRule,
    ...symbolRules,
    camelAcronymRule,
    acronymRule,
    plainNumberRule,
];

;// CONCATENATED MODULE: ./src/script/normalise.ts
// Text → what a speech engine should read: numbers, money, units, dates, acronyms and URLs as words.


/** Collapse runs of whitespace and drop spaces the rules left before punctuation. */
function tidy(text) {
    return text.replace(/\s+/g, ' ').replace(/ +([,.;:!?])/g, '$1').trim();
}
/**
 * Rewrite `text` so an engine reads it as a person would: "$1,299" → "one thousand two hundred
 * ninety-nine dollars", "API" → "A P I". English only; other languages only get whitespace tidied.
 */
function normaliseForSpeech(text, language = 'en') {
    if (!/^en\b/i.test(language))
        return tidy(text);
    let spoken = text;
    for (const rule of ENGLISH_RULES)
        spoken = applyRule(spoken, rule);
    return tidy(spoken);
}

;// CONCATENATED MODULE: ./src/script/leading-tags.ts
// `{voice=rms}` tags at the start of a line's text: read them, report unknown or malformed ones.
const TAG_HINT = 'the only tag is {voice=NAME} at the start of a line, e.g. {voice=rms}; `voiceover voices` lists the names';
/** Read the `{key=value}` tags that open `text` (after optional whitespace). */
function readLeadingTags(text) {
    const problems = [];
    let voice;
    let pos = text.length - text.trimStart().length;
    while (text[pos] === '{') {
        const close = text.indexOf('}', pos);
        if (close < 0) {
            problems.push({ offset: pos, message: `tag ${text.slice(pos)} is not closed`, hint: `end it with }: ${TAG_HINT}` });
            break;
        }
        const body = text.slice(pos + 1, close);
        const match = /^\s*([A-Za-z][\w-]*)\s*=\s*(.*?)\s*$/.exec(body);
        if (!match) {
            problems.push({ offset: pos, message: `tag {${body}} is not written as {key=value}`, hint: TAG_HINT });
        }
        else if (match[1]?.toLowerCase() !== 'voice') {
            problems.push({ offset: pos, message: `unknown tag {${body}}`, hint: TAG_HINT });
        }
        else if (!/^[\w.:-]+$/.test(match[2] ?? '')) {
            problems.push({ offset: pos, message: `tag {${body}} does not name a voice`, hint: TAG_HINT });
        }
        else {
            voice = match[2];
        }
        pos = close + 1;
        while (text[pos] === ' ' || text[pos] === '\t')
            pos++;
    }
    const result = { rest: text.slice(pos), consumed: pos, problems };
    if (voice !== undefined)
        result.voice = voice;
    return result;
}
/** Offset of a `{key=value}` tag that is not at the start of a line's text (it would be spoken), or -1. */
function innerTagOffset(text) {
    return text.search(/\{\s*[A-Za-z][\w-]*\s*=[^{}]*\}/);
}
/** The diagnostic text for a tag found inside a line. */
const INNER_TAG = {
    message: 'a {…} tag must open the text of a line; this one would be spoken',
    hint: 'move it to the start of the line (right after the time in a timed script), or remove it',
};

;// CONCATENATED MODULE: ./src/script/raw-cue.ts
// The cue a format parser produces, before it is numbered and normalised for speech.
/** A line that is a comment in plain and timed scripts: `#` then anything but a digit ("#1 tool" is text). */
function isCommentLine(line) {
    return /^\s*#(?!\d)/.test(line);
}

;// CONCATENATED MODULE: ./src/script/sentences.ts
// Split a paragraph into sentences with Intl.Segmenter, keeping titles like "Dr." with their name.
/**
 * Words ending in a dot after which the segmenter splits, though the sentence goes on ("Dr. Smith").
 * ICU's English rules already keep "e.g." and "i.e." when a lower-case word follows.
 */
const NO_BREAK_AFTER = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|vs|e\.g|i\.e|approx|cf|Fig)\.\s*$/;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Sentences of a paragraph (whitespace trimmed, empty ones dropped). */
function splitSentences(paragraph) {
    const pieces = [];
    for (const { segment, index } of segmenter.segment(paragraph)) {
        const previous = pieces[pieces.length - 1];
        if (previous && NO_BREAK_AFTER.test(previous.text) && /^\s*[\w"'“(]/.test(segment)) {
            previous.text += segment;
        }
        else {
            pieces.push({ text: segment, start: index });
        }
    }
    return pieces
        .map(({ text, start }) => ({ text: text.trim(), start: start + (text.length - text.trimStart().length) }))
        .filter((sentence) => sentence.text !== '');
}

;// CONCATENATED MODULE: ./src/script/parse-plain.ts
// Plain script text → untimed cues: paragraphs split into sentences, one cue per sentence.



/** Last entry whose offset is at or before `offset`. */
function lastAtOrBefore(entries, offset) {
    let found;
    for (const entry of entries)
        if (entry.offset <= offset)
            found = entry;
    return found;
}
/** Group lines into paragraphs (blank lines separate them; comment lines are dropped). */
function paragraphsOf(lines, diagnostics) {
    const paragraphs = [];
    let current;
    lines.forEach((raw, i) => {
        if (raw.trim() === '') {
            current = undefined;
            return;
        }
        if (isCommentLine(raw))
            return;
        const tags = readLeadingTags(raw);
        for (const problem of tags.problems)
            diagnostics.error(i + 1, problem.offset + 1, problem.message, problem.hint);
        const inner = innerTagOffset(tags.rest);
        if (inner >= 0)
            diagnostics.error(i + 1, tags.consumed + inner + 1, INNER_TAG.message, INNER_TAG.hint);
        if (tags.rest.trim() === '' && tags.voice === undefined)
            return;
        if (!current) {
            current = { text: '', lines: [], voices: [] };
            paragraphs.push(current);
        }
        if (current.text !== '')
            current.text += ' ';
        const offset = current.text.length;
        current.lines.push({ line: i + 1, offset });
        if (tags.voice !== undefined)
            current.voices.push({ offset, voice: tags.voice });
        current.text += tags.rest.trim();
    });
    return paragraphs;
}
/**
 * Cues of a plain script: each sentence is one untimed cue on the line it starts on. A
 * `{voice=…}` tag opening a line applies to the sentences that start from there to the end of
 * its paragraph.
 */
function parsePlain(lines, diagnostics) {
    const cues = [];
    for (const paragraph of paragraphsOf(lines, diagnostics)) {
        for (const sentence of splitSentences(paragraph.text)) {
            const cue = { text: sentence.text, cue_s: null, end_s: null, line: lastAtOrBefore(paragraph.lines, sentence.start)?.line ?? 1 };
            const voice = lastAtOrBefore(paragraph.voices, sentence.start)?.voice;
            if (voice !== undefined)
                cue.voice = voice;
            cues.push(cue);
        }
    }
    return cues;
}

// EXTERNAL MODULE: ./node_modules/subtitle/dist/index.js
var dist = __webpack_require__(21873);
;// CONCATENATED MODULE: ./src/script/markup.ts
// Caption markup → plain text: <i>, <v Speaker>, <c.class>, {\an8} and HTML entities.
const ENTITIES = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '',
};
/** Decode the few entities captions use, and numeric ones. */
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
        if (name.startsWith('#x') || name.startsWith('#X'))
            return String.fromCodePoint(parseInt(name.slice(2), 16));
        if (name.startsWith('#'))
            return String.fromCodePoint(Number(name.slice(1)));
        return ENTITIES[name.toLowerCase()] ?? whole;
    });
}
/**
 * Remove caption markup from one line: WebVTT/SRT tags (`<i>`, `<v Bob>`, `<00:00:01.000>`),
 * SSA override blocks some SRT files carry (`{\an8}`), then decode entities.
 */
function stripMarkup(line) {
    return decodeEntities(line.replace(/\{\\[^}]*\}/g, '').replace(/<[^>]*>/g, ''));
}

;// CONCATENATED MODULE: ./src/script/parse-subtitles.ts
// SRT and WebVTT files → timed cues (via the `subtitle` library), with each cue's line in the file.



const NAMES = { srt: 'SRT', vtt: 'WebVTT' };
const TIMING_HINT = { srt: 'each cue is: an index line, a timing line like 00:00:01,000 --> 00:00:04,000, its text, then a blank line', vtt: 'each cue is: an optional id line, a timing line like 00:00:01.000 --> 00:00:04.000, its text, then a blank line' };
/**
 * Lines as the library can read them. subtitle@4 rejects WebVTT cue identifiers and STYLE/REGION
 * blocks (it expects a number or a timing line there; https://github.com/gsantiago/subtitle.js
 * Parser.parseId), so identifiers become "0" and those blocks become NOTE blocks. The line count
 * never changes, so line numbers stay true.
 */
function libraryLines(lines, format) {
    if (format === 'srt')
        return [...lines];
    return lines.map((line, i) => {
        const before = i === 0 ? '' : lines[i - 1] ?? '';
        if (before.trim() !== '' || line.trim() === '')
            return line;
        if (/^(STYLE|REGION)\b/.test(line))
            return `NOTE ${line}`;
        if (/^NOTE\b/.test(line))
            return line;
        const next = lines[i + 1];
        return next !== undefined && dist.RE_TIMESTAMP.test(next) && !dist.RE_TIMESTAMP.test(line) ? '0' : line;
    });
}
/** 0-based indices of the timing lines the library turned into cues (those in NOTE blocks are not). */
function timingLineIndices(lines) {
    const found = [];
    let inNote = false;
    lines.forEach((line, i) => {
        if (line.trim() === '')
            inNote = false;
        else if (/^NOTE\b/.test(line) && (i === 0 || (lines[i - 1] ?? '').trim() === ''))
            inNote = true;
        else if (!inNote && dist.RE_TIMESTAMP.test(line))
            found.push(i);
    });
    return found;
}
/** Script line of the library's "expected timestamp at row N" (rows count from the first non-blank line). */
function lineOfLibraryError(message, lines) {
    const row = /row (\d+)/.exec(message);
    const leadingBlank = lines.findIndex((line) => line.trim() !== '');
    return row ? Math.max(leadingBlank, 0) + Number(row[1]) : 1;
}
/** Text lines of a cue up to the first blank line; reports text that follows a blank line inside it. */
function cueTextLines(textLines, firstLine, format, diagnostics) {
    const blank = textLines.findIndex((line) => line.trim() === '');
    if (blank < 0)
        return [...textLines];
    const after = textLines.findIndex((line, j) => j > blank && line.trim() !== '');
    if (after >= 0) {
        const isIndex = /^\d+$/.test((textLines[after] ?? '').trim());
        const at = isIndex && after + 1 < textLines.length ? after + 1 : after;
        const found = (textLines[at] ?? '').trim();
        const message = isIndex ? `"${found}" is not a valid ${NAMES[format]} timing line` : `text "${found}" after a blank line is not part of any cue`;
        diagnostics.error(firstLine + at, 1, message, TIMING_HINT[format]);
    }
    return textLines.slice(0, blank);
}
/** Column (1-based) of `piece` in a raw caption line, 1 when markup hides it. */
const columnOf = (raw, piece) => raw.indexOf(piece) + 1 || 1;
/** Report `{key=value}` tags inside a cue's text (only the opening ones are read as tags). */
function reportInnerTags(rawLines, firstLine, diagnostics) {
    rawLines.forEach((raw, j) => {
        const plain = stripMarkup(raw);
        const rest = j === 0 ? plain.slice(readLeadingTags(plain).consumed) : plain;
        const inner = innerTagOffset(rest);
        if (inner < 0)
            return;
        const tag = rest.slice(inner, rest.indexOf('}', inner) + 1);
        diagnostics.error(firstLine + j, columnOf(raw, tag), INNER_TAG.message, INNER_TAG.hint);
    });
}
/**
 * Cues of an SRT or WebVTT file: start and end times from the file, markup stripped, an optional
 * `{voice=…}` tag at the start of a cue's text, `line` = the line of the cue's first text line.
 */
function parseSubtitles(text, format, diagnostics) {
    const lines = libraryLines(text.split('\n'), format);
    if (format === 'vtt' && !/^\s*(\uFEFF)?WEBVTT\b/.test(text)) {
        diagnostics.warn(1, 1, 'a WebVTT file should start with a WEBVTT line', 'add WEBVTT as the first line, then a blank line');
    }
    let nodes;
    try {
        nodes = (0,dist.parseSync)(lines.join('\n'));
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const line = lineOfLibraryError(message, lines);
        diagnostics.error(line, 1, `not a valid ${NAMES[format]} cue: "${(lines[line - 1] ?? '').trim()}" is not a timing line`, TIMING_HINT[format]);
        return [];
    }
    const timings = timingLineIndices(lines);
    const cues = [];
    let previous;
    nodes.filter((node) => node.type === 'cue').forEach((node, k) => {
        const timingIndex = timings[k] ?? timings[timings.length - 1] ?? 0;
        const timingLine = timingIndex + 1;
        const written = dist.RE_TIMESTAMP.exec(lines[timingIndex] ?? '')?.[1] ?? String(node.data.start / 1000);
        const firstTextIndex = lines.findIndex((line, i) => i > timingIndex && line.trim() !== '');
        const firstLine = firstTextIndex < 0 ? timingLine + 1 : firstTextIndex + 1;
        const rawLines = cueTextLines(node.data.text.split('\n'), firstLine, format, diagnostics);
        const plain = rawLines.map((line) => stripMarkup(line).replace(/^\s*-\s+/, '').trim()).filter((line) => line !== '').join(' ');
        const tags = readLeadingTags(plain);
        for (const problem of tags.problems) {
            const tagText = plain.slice(problem.offset, plain.indexOf('}', problem.offset) + 1 || undefined);
            diagnostics.error(firstLine, columnOf(rawLines[0] ?? '', tagText), problem.message, problem.hint);
        }
        reportInnerTags(rawLines, firstLine, diagnostics);
        const cueText = tags.rest.trim();
        if (node.data.end <= node.data.start) {
            diagnostics.error(timingLine, 1, `the cue at ${written} does not end after it starts`, 'make the time after --> later than the one before it');
        }
        if (previous && node.data.start <= previous.start) {
            diagnostics.error(timingLine, 1, `the cue at ${written} on line ${diagnostics.line(timingLine)} does not start after the cue at ${previous.written} on line ${diagnostics.line(previous.line)}`, 'order the cues by start time; a voiceover cannot speak two cues at once');
        }
        previous = { start: node.data.start, line: timingLine, written };
        if (cueText === '') {
            diagnostics.warn(timingLine, 1, `the cue at ${written} has no text; it is skipped`, 'write its text on the line after the timing line, or delete the cue');
            return;
        }
        const cue = { text: cueText, cue_s: node.data.start / 1000, end_s: node.data.end / 1000, line: firstLine };
        if (tags.voice !== undefined)
            cue.voice = tags.voice;
        cues.push(cue);
    });
    return cues;
}

;// CONCATENATED MODULE: ./src/script/time-prefix.ts
// `[mm:ss]`, `[mm:ss.s]` and `[hh:mm:ss(.s)]` at the start of a line of a timed script.
const SHAPE_HINT = 'write the time as [mm:ss], [mm:ss.s] or [hh:mm:ss], e.g. [01:05] or [00:12.5]';
/** The bracketed time opening a line: a `[` then digits, colons and dots, then `]`. */
function findTimePrefix(line) {
    const match = /^(\s*)\[\s*(\d[\d:.,\s]*?)\s*\]/.exec(line);
    if (!match)
        return undefined;
    const start = (match[1] ?? '').length;
    return { written: match[2] ?? '', start, end: match[0].length };
}
/** Whether a line opens with something that is clearly meant as a time (it has a colon). */
function looksTimed(line) {
    return findTimePrefix(line)?.written.includes(':') ?? false;
}
/** Seconds of a written time, or the reason it is invalid ("[1:75]": seconds must be below 60). */
function readTime(written) {
    if (written.includes(','))
        return { problem: `[${written}] is not a valid time: use a dot for fractions of a second`, hint: SHAPE_HINT };
    const match = /^(\d+):(\d{1,2})(?::(\d{1,2}))?(?:\.(\d+))?$/.exec(written);
    if (!match)
        return { problem: `[${written}] is not a valid time`, hint: SHAPE_HINT };
    const fraction = match[4] === undefined ? 0 : Number(`0.${match[4]}`);
    const [hours, minutes, seconds] = match[3] === undefined
        ? [0, Number(match[1]), Number(match[2])]
        : [Number(match[1]), Number(match[2]), Number(match[3])];
    if (seconds >= 60)
        return { problem: `[${written}] is not a valid time: seconds must be below 60`, hint: SHAPE_HINT };
    if (match[3] !== undefined && minutes >= 60)
        return { problem: `[${written}] is not a valid time: minutes must be below 60`, hint: SHAPE_HINT };
    return { seconds: Math.round((hours * 3600 + minutes * 60 + seconds + fraction) * 1000) / 1000 };
}

;// CONCATENATED MODULE: ./src/script/parse-timed.ts
// Timed script text (`[mm:ss] text` lines) → timed cues, with diagnostics for bad or unordered times.



const TIME_HINT = 'every line needs a time larger than the line before it, e.g. [00:05] then [00:12]';
/** A time as written, for messages: "01:15" → "[01:15]". */
function shown(written) {
    return `[${written}]`;
}
/**
 * Cues of a timed script: `[mm:ss] text` starts a cue, lines without a time continue it, blank
 * and `#` comment lines are skipped. Text before the first time is an error (mixed timed and
 * untimed lines), as are invalid or non-increasing times, empty cues and unknown `{…}` tags.
 */
function parseTimed(lines, diagnostics) {
    const cues = [];
    let open;
    let previous;
    let reportedUntimed = false;
    let afterBlank = false;
    const close = () => {
        if (open?.valid && open.cue.text === '') {
            diagnostics.error(open.cue.line, open.textCol, `the line at ${shown(open.written)} has no text`, 'write what should be said after the time, or delete the line');
        }
        else if (open?.valid) {
            cues.push(open.cue);
        }
        open = undefined;
    };
    lines.forEach((raw, i) => {
        const line = i + 1;
        if (raw.trim() === '') {
            afterBlank = true;
            return;
        }
        if (isCommentLine(raw))
            return;
        const prefix = findTimePrefix(raw);
        if (prefix) {
            close();
            afterBlank = false;
            const reading = readTime(prefix.written);
            const tags = readLeadingTags(raw.slice(prefix.end));
            for (const problem of tags.problems)
                diagnostics.error(line, prefix.end + problem.offset + 1, problem.message, problem.hint);
            const inner = innerTagOffset(tags.rest);
            if (inner >= 0)
                diagnostics.error(line, prefix.end + tags.consumed + inner + 1, INNER_TAG.message, INNER_TAG.hint);
            const cue = { text: tags.rest.trim(), cue_s: null, end_s: null, line };
            if (tags.voice !== undefined)
                cue.voice = tags.voice;
            open = { cue, textCol: prefix.end + 1, written: prefix.written, valid: 'seconds' in reading };
            if (!('seconds' in reading)) {
                diagnostics.error(line, prefix.start + 1, reading.problem, reading.hint);
                return;
            }
            cue.cue_s = reading.seconds;
            if (previous?.cue.cue_s != null && reading.seconds <= previous.cue.cue_s) {
                const before = `${shown(previous.written)} on line ${diagnostics.line(previous.cue.line)}`;
                diagnostics.error(line, prefix.start + 1, `time ${shown(prefix.written)} on line ${diagnostics.line(line)} is not after ${before}`, TIME_HINT);
            }
            previous = open;
            return;
        }
        if (!open) {
            if (!reportedUntimed) {
                diagnostics.error(line, 1, 'the script mixes timed and untimed lines: this text comes before the first [mm:ss] time', 'start the line with a time like [00:00], or remove the times everywhere to spread the text over the video');
                reportedUntimed = true;
            }
            return;
        }
        const tags = readLeadingTags(raw);
        for (const problem of tags.problems)
            diagnostics.error(line, problem.offset + 1, problem.message, problem.hint);
        if (tags.voice !== undefined) {
            diagnostics.error(line, raw.length - raw.trimStart().length + 1, 'a {voice=…} tag must follow the time at the start of a cue', 'move the tag right after the [mm:ss] time of this cue, or give this text its own time');
        }
        const inner = innerTagOffset(tags.rest);
        if (inner >= 0)
            diagnostics.error(line, tags.consumed + inner + 1, INNER_TAG.message, INNER_TAG.hint);
        if (afterBlank) {
            diagnostics.warn(line, 1, `untimed text after a blank line continues the line at ${shown(open.written)} (line ${diagnostics.line(open.cue.line)})`, 'give it its own [mm:ss] time, or remove the blank line');
            afterBlank = false;
        }
        const text = tags.rest.trim();
        if (text !== '')
            open.cue.text = open.cue.text === '' ? text : `${open.cue.text} ${text}`;
    });
    close();
    return cues;
}

;// CONCATENATED MODULE: ./src/script/script-diagnostics.ts
// Collects a script parser's diagnostics, shifting line numbers for scripts embedded in a config.
/** Where a parser reports problems; lines it is given are 1-based lines of the script text. */
class ScriptDiagnostics {
    file;
    lineOffset;
    list = [];
    constructor(file, lineOffset = 0) {
        this.file = file;
        this.lineOffset = lineOffset;
    }
    /** The line as a person sees it in the file (script line + offset). */
    line(scriptLine) {
        return scriptLine + this.lineOffset;
    }
    /** Record an error at a script line and 1-based column. */
    error(line, col, message, hint) {
        this.list.push({ file: this.file, line: this.line(line), col, message, hint, severity: 'error' });
    }
    /** Record a warning at a script line and 1-based column. */
    warn(line, col, message, hint) {
        this.list.push({ file: this.file, line: this.line(line), col, message, hint, severity: 'warning' });
    }
}

;// CONCATENATED MODULE: ./src/script/parse.ts
// Script text (plain, timed lines, SRT, VTT) → cues with speech text, plus diagnostics; strict mode throws.








/** Whether plain script lines use `[mm:ss]` times (then every line must). */
function isTimedText(lines) {
    return lines.some((line) => !isCommentLine(line) && looksTimed(line));
}
/** Cues of the script by its format, before numbering. */
function rawCues(lines, text, options, diagnostics) {
    if (options.format === 'srt' || options.format === 'vtt')
        return parseSubtitles(text, options.format, diagnostics);
    return isTimedText(lines) ? parseTimed(lines, diagnostics) : parsePlain(lines, diagnostics);
}
/** Parse a voiceover script into cues; each cue's `speech` is its text normalised for speech. */
function parseScript(text, options) {
    const diagnostics = new ScriptDiagnostics(options.file, options.lineOffset ?? 0);
    const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const lines = clean.split('\n');
    const raw = rawCues(lines, clean, options, diagnostics);
    if (raw.length === 0 && !diagnostics.list.some((d) => d.severity === 'error')) {
        diagnostics.error(1, 1, 'the script has no text to speak', 'write at least one sentence (lines starting with # are comments)');
    }
    const language = options.language ?? 'en';
    const cues = raw.map((cue, index) => ({
        ...cue,
        index,
        line: diagnostics.line(cue.line),
        speech: normaliseForSpeech(cue.text, language),
    }));
    const sorted = [...diagnostics.list].sort((a, b) => a.line - b.line || a.col - b.col);
    const firstError = sorted.find((d) => d.severity === 'error');
    if (options.strict && firstError) {
        throw new errors/* VoiceoverError */.pF('SCRIPT_INVALID', { detail: firstError.message, hint: firstError.hint }, { location: { file: firstError.file, line: firstError.line, col: firstError.col } });
    }
    return { script: { cues, timed: cues.some((cue) => cue.cue_s !== null) }, diagnostics: sorted };
}


/***/ })

};
