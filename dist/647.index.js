export const id = 647;
export const ids = [647];
export const modules = {

/***/ 29005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ alignSequences)
/* harmony export */ });
// A monotonic alignment of two token sequences (minimum edits: substitutions, insertions, deletions).
/** Cells of the alignment table above which sequences are not aligned (the caller falls back). */
const MAX_CELLS = 4_000_000;
/**
 * For each token of `a`, the index of its partner in `b` (matched or substituted), or -1 when it has none;
 * partners only ever increase. undefined when either is empty or they are too long to align.
 */
function alignSequences(a, b) {
    const n = a.length;
    const m = b.length;
    if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS)
        return undefined;
    if (n === m && a.every((token, i) => token === b[i]))
        return a.map((_, i) => i);
    // 0 diagonal, 1 up (a token of `a` with no partner), 2 left (a token of `b` with none).
    const step = new Uint8Array((n + 1) * (m + 1));
    let previous = new Uint32Array(m + 1).map((_, j) => j);
    for (let j = 1; j <= m; j++)
        step[j] = 2;
    for (let i = 1; i <= n; i++) {
        const row = new Uint32Array(m + 1);
        row[0] = i;
        step[i * (m + 1)] = 1;
        for (let j = 1; j <= m; j++) {
            const diagonal = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            const up = previous[j] + 1;
            const left = row[j - 1] + 1;
            const best = Math.min(diagonal, up, left);
            row[j] = best;
            step[i * (m + 1) + j] = best === diagonal ? 0 : best === up ? 1 : 2;
        }
        previous = row;
    }
    const partners = new Array(n).fill(-1);
    for (let i = n, j = m; i > 0 || j > 0;) {
        const move = step[i * (m + 1) + j];
        if (move === 0)
            partners[--i] = --j;
        else if (move === 1)
            i--;
        else
            j--;
    }
    return partners;
}


/***/ }),

/***/ 34664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ throwIfAborted)
/* harmony export */ });
// Progress events and cancellation helpers shared by every long-running stage.
/** Throw the signal's reason (an AbortError) if it was aborted. */
function throwIfAborted(signal) {
    if (signal?.aborted) {
        const reason = signal.reason;
        if (reason instanceof Error)
            throw reason;
        const error = new Error('The operation was aborted');
        error.name = 'AbortError';
        throw error;
    }
}


/***/ }),

/***/ 41180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ writtenWords),
/* harmony export */   y: () => (/* binding */ splitWords)
/* harmony export */ });
/* harmony import */ var _core_align_sequences_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29005);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93187);
/* harmony import */ var _user_pronunciations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81851);
// Words as written vs words as spoken: which spoken words ("one thousand two hundred ninety-nine dollars")
// each written word ("$1,299") became, so captions and reports can show the written words with spoken times.



const hasWordCharacter = (token) => /[\p{L}\p{N}]/u.test(token);
/**
 * The words of a text: whitespace-separated tokens, punctuation kept on its word; a token of punctuation
 * only ("—", "…") joins the word before it (or the one after it, at the start).
 */
function splitWords(text) {
    const words = [];
    let pending = '';
    for (const token of text.split(/\s+/).filter(Boolean)) {
        if (hasWordCharacter(token)) {
            words.push(pending ? `${pending} ${token}` : token);
            pending = '';
        }
        else if (words.length > 0)
            words[words.length - 1] += ` ${token}`;
        else
            pending = pending ? `${pending} ${token}` : token;
    }
    if (pending && words.length === 0)
        words.push(pending);
    return words;
}
/** How a word compares: lower case, letters and digits only ("Ninety-nine," → "ninetynine"). */
const key = (word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/**
 * The written words of `written` mapped onto `spoken` (the words an engine said for its normalised form):
 * each written word is normalised on its own, and those spoken forms are aligned with `spoken` in order
 * (context rules, "5-10 km", may differ token by token: the alignment absorbs that). A written word that
 * became no spoken word joins its neighbour. undefined when no mapping covers every spoken word.
 */
function writtenWords(written, spoken, options = {}) {
    const tokens = splitWords(written);
    const pronunciations = (0,_user_pronunciations_js__WEBPACK_IMPORTED_MODULE_1__/* .compilePronunciations */ .G)(options.pronunciations);
    if (tokens.length === 0 || spoken.length === 0)
        return undefined;
    const expected = [];
    tokens.forEach((token, index) => {
        for (const word of splitWords((0,_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseForSpeech */ .q)(token, options.language, pronunciations))) {
            expected.push({ key: key(word), token: index });
        }
    });
    const partners = (0,_core_align_sequences_js__WEBPACK_IMPORTED_MODULE_2__/* .alignSequences */ .y)(spoken.map(key), expected.map((e) => e.key));
    if (!partners)
        return undefined;
    // A spoken word without a partner belongs to the written word of the spoken word before it.
    let last = expected[partners.find((j) => j >= 0) ?? 0]?.token ?? 0;
    const owners = partners.map((j) => (j >= 0 ? (last = expected[j].token) : last));
    const spans = new Map();
    owners.forEach((token, i) => {
        const span = spans.get(token);
        spans.set(token, span ? { first: span.first, last: i } : { first: i, last: i });
    });
    // Written words with no spoken word of their own join the word before them (or the first one after).
    const result = [];
    let orphans = [];
    tokens.forEach((text, index) => {
        const span = spans.get(index);
        if (!span) {
            if (result.length > 0)
                result[result.length - 1].text += ` ${text}`;
            else
                orphans.push(text);
            return;
        }
        result.push({ text: [...orphans, text].join(' '), ...span });
        orphans = [];
    });
    return result.length > 0 ? result : undefined;
}


/***/ }),

/***/ 38449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ trimBounds),
/* harmony export */   Rk: () => (/* binding */ findPauses),
/* harmony export */   j2: () => (/* binding */ mapThroughCuts),
/* harmony export */   mx: () => (/* binding */ removablePause_s),
/* harmony export */   pA: () => (/* binding */ compactPauses)
/* harmony export */ });
/* unused harmony exports EDGE_MARGIN_S, trimSilence */
// Pure silence handling on mono speech: trim the edges, find and shorten long internal pauses.
/** Silence kept before the first and after the last voiced window when trimming, seconds. */
const EDGE_MARGIN_S = 0.01;
function analyse(samples, sampleRate, options) {
    const size = Math.max(1, Math.round(sampleRate * (options.window_s ?? 0.005)));
    const threshold = 10 ** ((options.threshold_db ?? -45) / 20);
    const limit = threshold * threshold * size;
    const voiced = [];
    for (let start = 0; start < samples.length; start += size) {
        const end = Math.min(samples.length, start + size);
        let energy = 0;
        for (let i = start; i < end; i++) {
            const x = samples[i] ?? 0;
            energy += x * x;
        }
        // Compare the mean square over the window's real length (the last one may be short).
        voiced.push(energy * size > limit * (end - start));
    }
    return { voiced, size };
}
/** What trimSilence keeps, as sample indices [start, end) of its input (start = end = 0 for all-silent input). */
function trimBounds(samples, sampleRate, options = {}) {
    const { voiced, size } = analyse(samples, sampleRate, options);
    const first = voiced.indexOf(true);
    if (first < 0)
        return { start: 0, end: 0 };
    const last = voiced.lastIndexOf(true);
    const margin = Math.round(EDGE_MARGIN_S * sampleRate);
    return { start: Math.max(0, first * size - margin), end: Math.min(samples.length, (last + 1) * size + margin) };
}
/** Remove leading and trailing silence, keeping EDGE_MARGIN_S of it; all-silent input gives an empty array. */
function trimSilence(samples, sampleRate, options = {}) {
    const { start, end } = trimBounds(samples, sampleRate, options);
    return samples.slice(start, end);
}
/** Silent runs between the first and the last voiced window, in order. */
function findPauses(samples, sampleRate, options = {}) {
    const { voiced, size } = analyse(samples, sampleRate, options);
    const pauses = [];
    let runStart = -1;
    let seenVoice = false;
    voiced.forEach((isVoiced, index) => {
        if (!isVoiced) {
            if (seenVoice && runStart < 0)
                runStart = index;
            return;
        }
        if (runStart >= 0)
            pauses.push({ start: runStart * size, end: index * size });
        runStart = -1;
        seenVoice = true;
    });
    return pauses;
}
function checkMaxPause(maxPause_s) {
    if (!(maxPause_s >= 0))
        throw new RangeError(`maxPause_s must be a number >= 0, got ${maxPause_s}`);
}
/** Seconds that compactPauses would remove with this maxPause_s (for the planner). */
function removablePause_s(samples, sampleRate, maxPause_s, options = {}) {
    checkMaxPause(maxPause_s);
    const keep = Math.round(maxPause_s * sampleRate);
    let removed = 0;
    for (const pause of findPauses(samples, sampleRate, options))
        removed += Math.max(0, pause.end - pause.start - keep);
    return removed / sampleRate;
}
/**
 * Shorten every internal pause longer than maxPause_s to maxPause_s (cutting its middle). `cuts` are the
 * removed runs as sample indices of the input, in order (mapThroughCuts moves times, e.g. word times, with them).
 */
function compactPauses(samples, sampleRate, maxPause_s, options = {}) {
    checkMaxPause(maxPause_s);
    const keep = Math.round(maxPause_s * sampleRate);
    const pieces = [];
    let from = 0;
    let removed = 0;
    const cuts = [];
    for (const pause of findPauses(samples, sampleRate, options)) {
        const length = pause.end - pause.start;
        if (length <= keep)
            continue;
        const cutStart = pause.start + Math.floor(keep / 2);
        const cutEnd = pause.end - (keep - Math.floor(keep / 2));
        pieces.push(samples.subarray(from, cutStart));
        cuts.push({ start: cutStart, end: cutEnd });
        from = cutEnd;
        removed += cutEnd - cutStart;
    }
    pieces.push(samples.subarray(from));
    const out = new Float32Array(samples.length - removed);
    let at = 0;
    for (const piece of pieces) {
        out.set(piece, at);
        at += piece.length;
    }
    return { samples: out, saved_s: removed / sampleRate, cuts };
}
/** Where time `t_s` of a clip lands once `cuts` (sample runs, in order) are removed; a time inside a cut goes to its start. */
function mapThroughCuts(t_s, cuts, sampleRate) {
    const at = t_s * sampleRate;
    let removed = 0;
    for (const cut of cuts) {
        if (at <= cut.start)
            break;
        removed += Math.min(at, cut.end) - cut.start;
    }
    return (at - removed) / sampleRate;
}


/***/ }),

/***/ 14435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ encodeWav),
/* harmony export */   h: () => (/* binding */ decodeWav)
/* harmony export */ });
// Decode and encode WAV files as mono Float32 samples (the small subset TTS engines write).
const PCM = 1;
const IEEE_FLOAT = 3;
const EXTENSIBLE = 0xfffe;
/** Decode a PCM WAV (8/16/24/32-bit integer or 32-bit float, any channel count) to mono samples in -1..1. */
function decodeWav(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const tag = (at) => String.fromCharCode(...bytes.subarray(at, at + 4));
    if (bytes.byteLength < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE')
        throw new Error('not a RIFF/WAVE file');
    let format;
    let offset = 12;
    while (offset + 8 <= bytes.byteLength) {
        const id = tag(offset);
        const declared = view.getUint32(offset + 4, true);
        const body = offset + 8;
        // Streaming writers (espeak-ng --stdout) leave 0x7fffffff / 0xffffffff / 0: read to the end.
        const size = Math.min(declared, bytes.byteLength - body);
        if (id === 'fmt ') {
            if (size < 16)
                throw new Error('WAV fmt chunk is too short');
            let code = view.getUint16(body, true);
            if (code === EXTENSIBLE && size >= 26)
                code = view.getUint16(body + 24, true); // SubFormat GUID starts with the code
            format = {
                code,
                channels: view.getUint16(body + 2, true),
                sampleRate: view.getUint32(body + 4, true),
                bits: view.getUint16(body + 14, true),
            };
        }
        else if (id === 'data') {
            if (!format)
                throw new Error('WAV data chunk comes before its fmt chunk');
            const length = declared === 0 ? bytes.byteLength - body : size;
            return { samples: toMono(view, body, length, format), sampleRate: format.sampleRate };
        }
        offset = body + size + (size % 2); // chunks are padded to an even size
    }
    throw new Error('WAV file has no data chunk');
}
function toMono(view, start, length, format) {
    const { code, channels, bits } = format;
    const bytesPerSample = bits / 8;
    const supported = (code === PCM && [8, 16, 24, 32].includes(bits)) || (code === IEEE_FLOAT && bits === 32);
    if (!supported || channels < 1 || format.sampleRate < 1) {
        throw new Error(`unsupported WAV encoding (format ${code}, ${bits}-bit, ${channels} channels)`);
    }
    const frames = Math.floor(length / (bytesPerSample * channels));
    const out = new Float32Array(frames);
    const read = sampleReader(view, code, bits);
    for (let frame = 0; frame < frames; frame++) {
        let sum = 0;
        for (let channel = 0; channel < channels; channel++) {
            sum += read(start + (frame * channels + channel) * bytesPerSample);
        }
        out[frame] = sum / channels;
    }
    return out;
}
function sampleReader(view, code, bits) {
    if (code === IEEE_FLOAT)
        return (at) => view.getFloat32(at, true);
    if (bits === 8)
        return (at) => (view.getUint8(at) - 128) / 128;
    if (bits === 16)
        return (at) => view.getInt16(at, true) / 32768;
    if (bits === 24) {
        return (at) => ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608);
    }
    return (at) => view.getInt32(at, true) / 2147483648;
}
/** Encode mono samples (-1..1, clipped) as a 16-bit PCM WAV file. */
function encodeWav(speech) {
    const { samples, sampleRate } = speech;
    const dataBytes = samples.length * 2;
    const bytes = new Uint8Array(44 + dataBytes);
    const view = new DataView(bytes.buffer);
    const ascii = (at, text) => {
        for (let i = 0; i < text.length; i++)
            bytes[at + i] = text.charCodeAt(i);
    };
    ascii(0, 'RIFF');
    view.setUint32(4, 36 + dataBytes, true);
    ascii(8, 'WAVE');
    ascii(12, 'fmt ');
    view.setUint32(16, 16, true);
    view.setUint16(20, PCM, true);
    view.setUint16(22, 1, true);
    view.setUint32(24, sampleRate, true);
    view.setUint32(28, sampleRate * 2, true);
    view.setUint16(32, 2, true);
    view.setUint16(34, 16, true);
    ascii(36, 'data');
    view.setUint32(40, dataBytes, true);
    for (let i = 0; i < samples.length; i++) {
        const clipped = Math.max(-1, Math.min(1, samples[i] ?? 0));
        view.setInt16(44 + i * 2, Math.min(32767, Math.round(clipped * 32768)), true); // exact inverse of decodeWav
    }
    return bytes;
}


/***/ }),

/***/ 71924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ wordsThroughCuts),
/* harmony export */   Uh: () => (/* binding */ shiftWords),
/* harmony export */   ae: () => (/* binding */ estimateWords),
/* harmony export */   yM: () => (/* reexport safe */ _script_written_words_js__WEBPACK_IMPORTED_MODULE_0__.y)
/* harmony export */ });
/* harmony import */ var _script_written_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41180);
/* harmony import */ var _trim_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38449);
// Word times of a clip: an estimate spread by characters over the voiced part of a
// clip (when the engine measured none), and moving measured times along when a clip is trimmed or cut.


/** The words of a text as engines say them (script/written-words.ts). */

/** Silent runs at least this long separate voiced stretches for the estimate, seconds. */
const MIN_GAP_S = 0.08;
/** How many letters and digits a word has (at least 1): its weight in the estimate. */
function weight(word) {
    return Math.max(1, (word.match(/[\p{L}\p{N}]/gu) ?? []).length);
}
/** Silent runs of MIN_GAP_S or more inside a clip, as sample indices, in order. */
function gapsOf(samples, sampleRate) {
    return (0,_trim_js__WEBPACK_IMPORTED_MODULE_1__/* .findPauses */ .Rk)(samples, sampleRate).filter((p) => p.end - p.start >= MIN_GAP_S * sampleRate);
}
/** Voiced stretches of samples [from, to), seconds: that part minus the gaps inside it. */
function voicedSpans(gaps, from, to, sampleRate) {
    const spans = [];
    let at = from;
    for (const gap of gaps) {
        if (gap.end <= from || gap.start >= to)
            continue;
        if (gap.start > at)
            spans.push({ start: at / sampleRate, end: gap.start / sampleRate });
        at = Math.max(at, gap.end);
    }
    if (to > at || spans.length === 0)
        spans.push({ start: at / sampleRate, end: Math.max(at, to) / sampleRate });
    return spans;
}
/** A word that ends a phrase: its punctuation is where speakers pause. */
const endsPhrase = (word) => /[.,;:!?…—–]["'”’)\]]*$/u.test(word);
/** Words spread by letters over the voiced spans, in order (a start at a span's end moves on to the next span). */
function spread(words, spans) {
    const voiced = spans.reduce((sum, span) => sum + (span.end - span.start), 0);
    const total = words.reduce((sum, word) => sum + weight(word), 0);
    const place = (v, isStart) => {
        let left = v;
        for (let i = 0; i < spans.length; i++) {
            const span = spans[i];
            const length = span.end - span.start;
            if (left < length - 1e-9 || (!isStart && left <= length + 1e-9) || i === spans.length - 1)
                return Math.min(span.end, span.start + Math.max(0, left));
            left -= length;
        }
        return spans.at(-1)?.end ?? 0;
    };
    let done = 0;
    return words.map((word) => {
        const start = place((done / total) * voiced, true);
        done += weight(word);
        const end = place((done / total) * voiced, false);
        return { text: word, start_s: round(start), end_s: round(Math.max(start, end)), estimated: true };
    });
}
/**
 * Word times estimated for `text` spoken in `samples` (a trimmed clip), marked estimated. The line's phrases
 * (ending at `, . ; : ! ?`) go to the stretches between the clip's longest pauses, one pause per phrase
 * boundary, when there are enough pauses; within each, the voiced part is shared out by letter count, so
 * words fall in speech and not in its pauses.
 */
function estimateWords(text, samples, sampleRate) {
    const words = (0,_script_written_words_js__WEBPACK_IMPORTED_MODULE_0__/* .splitWords */ .y)(text);
    if (words.length === 0 || samples.length === 0)
        return [];
    const gaps = gapsOf(samples, sampleRate);
    const phrases = [[]];
    words.forEach((word, i) => {
        phrases.at(-1).push(word);
        if (endsPhrase(word) && i < words.length - 1)
            phrases.push([]);
    });
    // Rounded times never pass the clip's end.
    const within = (timed) => shiftWords(timed, 0, samples.length / sampleRate);
    if (phrases.length === 1 || gaps.length < phrases.length - 1)
        return within(spread(words, voicedSpans(gaps, 0, samples.length, sampleRate)));
    const breaks = [...gaps].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, phrases.length - 1).sort((a, b) => a.start - b.start);
    return within(phrases.flatMap((phrase, i) => {
        const from = i === 0 ? 0 : breaks[i - 1].end;
        const to = i === breaks.length ? samples.length : breaks[i].start;
        return spread(phrase, voicedSpans(gaps, from, to, sampleRate));
    }));
}
const round = (s) => Math.round(s * 1e4) / 1e4;
/** Words moved by `offset_s` (a trimmed lead is negative) and kept within 0..duration_s, in order. */
function shiftWords(words, offset_s, duration_s) {
    const end = Math.floor(duration_s * 1e4) / 1e4; // rounded times stay within the clip
    const clamp = (t) => Math.min(end, round(Math.max(0, t + offset_s)));
    let floor = 0;
    return words.map((word) => {
        const start_s = Math.max(floor, clamp(word.start_s));
        const end_s = Math.max(start_s, clamp(word.end_s));
        floor = start_s;
        return { ...word, start_s, end_s };
    });
}
/** Words of a clip after compactPauses removed `cuts` (sample runs of the clip, in order). */
function wordsThroughCuts(words, cuts, sampleRate) {
    if (cuts.length === 0)
        return [...words];
    return words.map((word) => ({
        ...word,
        start_s: round((0,_trim_js__WEBPACK_IMPORTED_MODULE_1__/* .mapThroughCuts */ .j2)(word.start_s, cuts, sampleRate)),
        end_s: round((0,_trim_js__WEBPACK_IMPORTED_MODULE_1__/* .mapThroughCuts */ .j2)(word.end_s, cuts, sampleRate)),
    }));
}


/***/ })

};
