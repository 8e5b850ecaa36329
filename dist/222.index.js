export const id = 222;
export const ids = [222];
export const modules = {

/***/ 78222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createLocalBackend: () => (/* binding */ createLocalBackend)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/media/args.ts
var media_args = __webpack_require__(82139);
;// CONCATENATED MODULE: ./src/media/analyse-parse.ts
// Pure parsers of the logs ffmpeg's analysis filters print on stderr (ebur128, silencedetect, scdet, showinfo).
// EBU R128's absolute gate: ebur128 prints exactly this when no block is louder.
const ABSOLUTE_GATE_LUFS = (/* unused pure expression or super */ null && (-70));
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
function analyse_parse_parseEbur128Summary(stderr) {
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
function analyse_parse_speechOnsets(silences, end_s, tolerance_s = 0.05) {
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

// EXTERNAL MODULE: ./src/media/capabilities.ts
var capabilities = __webpack_require__(50020);
// EXTERNAL MODULE: ./src/media/locate.ts
var locate = __webpack_require__(85864);
// EXTERNAL MODULE: ./src/media/run.ts + 1 modules
var run = __webpack_require__(84072);
// EXTERNAL MODULE: ./src/media/loudness-meter.ts + 1 modules
var loudness_meter = __webpack_require__(15254);
// EXTERNAL MODULE: ./src/media/pcm-stream.ts
var pcm_stream = __webpack_require__(78977);
;// CONCATENATED MODULE: ./src/media/analyse.ts
// Measure a file with ffmpeg's analysis filters: loudness, silences, speech onsets, scene cuts.








// The audio stream alone: with the 2018 static build a -vn without an explicit -map still decodes the video.
function audioInput(file, map = '0:a:0') {
    return ['-i', (0,media_args/* fileUrl */.iw)(file), '-map', map, '-vn', '-sn', '-dn'];
}
/**
 * Integrated loudness (LUFS), true peak (dBTP) and loudness range (LU) of one audio stream: one decode to
 * 48 kHz float PCM read by the JS meter (loudness-meter.ts), which agrees with ffmpeg's ebur128 within
 * 0.1 LU / 0.1 dB and does not slow down in the silences between lines as ebur128 does (issue 10).
 */
async function measureLoudness(file, options = {}) {
    let meter;
    await (0,pcm_stream/* decodePcm */.$N)(file, (f) => (meter = (0,loudness_meter/* createLoudnessMeter */.h)({ sampleRate: f.sampleRate, channels: f.channels, weights: (0,loudness_meter/* channelWeights */.b)(f.channelMask, f.channels), truePeak: options.truePeak !== false })), (samples) => meter.push(samples), { signal: options.signal, map: options.map });
    if (!meter)
        throw new errors/* VoiceoverError */.pF('FFMPEG_FAILED', { detail: `no audio decoded from ${file}` });
    return meter.finish();
}
/** The same figures from ffmpeg's own ebur128 filter: the reference the JS meter is tested and benchmarked against (slow on narration). */
async function measureLoudnessEbur128(file, options = {}) {
    // framelog=verbose keeps the ten-per-second meter lines out of stderr; the Summary stays at info level.
    const peak = options.truePeak === false ? '' : 'peak=true:';
    const args = [...audioInput(file, options.map), '-filter:a', `ebur128=${peak}framelog=verbose`, ...nullOutputArgs()];
    const { stderr } = await runFfmpeg(args, { signal: options.signal, captureStderr: 'full' });
    const loudness = parseEbur128Summary(stderr);
    if (!loudness)
        throw new VoiceoverError('FFMPEG_FAILED', { detail: `ebur128 printed no summary for ${file}` });
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
    return { silences: parseSilenceLog(stderr, end_s), end_s };
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
        const { filters } = await (0,capabilities/* ffmpegCapabilities */.Es)((0,locate/* resolveFfmpeg */.w)().ffmpeg);
        method = filters.has('scdet') ? 'scdet' : 'select';
    }
    const filter = method === 'scdet'
        ? `scdet=threshold=${(threshold * SCDET_PER_SCENE).toFixed(4)}`
        : `select='gt(scene,${threshold})',showinfo`;
    const args = ['-i', (0,media_args/* fileUrl */.iw)(file), '-map', '0:v:0', '-an', '-sn', '-dn', '-filter:v', filter, ...(0,media_args/* nullOutputArgs */.Y5)()];
    const { stderr } = await (0,run/* runFfmpeg */.L)(args, { signal: options.signal, captureStderr: 'full' });
    const times = method === 'scdet' ? parseScdetLog(stderr) : parseShowinfoTimes(stderr);
    return times.sort((a, b) => a - b);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/script/parse.ts + 8 modules
var parse = __webpack_require__(40049);
;// CONCATENATED MODULE: ./src/timing/ms.ts
// Millisecond arithmetic: the planner places everything on an integer-millisecond grid.
/** Tolerance for float noise when snapping seconds to milliseconds (1.2 * 1000 = 1200.0000000000002). */
const EPS = 1e-6;
/** Seconds → nearest whole millisecond. */
function roundMs(seconds) {
    return Math.round(seconds * 1000) + 0; // + 0 turns -0 into 0
}
/** Seconds → whole milliseconds, rounded up (a clip never ends before its last sample). */
function ceilMs(seconds) {
    return Math.ceil(seconds * 1000 - EPS) + 0;
}
/** Seconds → whole milliseconds, rounded down (a room never grows past its real end). */
function floorMs(seconds) {
    return Math.floor(seconds * 1000 + EPS) + 0;
}
/** Whole milliseconds → seconds, as the report shows them. */
function toSeconds(ms) {
    return ms / 1000;
}
/** A speed-up rounded up to 4 decimals (so the clip still fits), kept within [1, max]. */
function roundStretch(stretch, max) {
    return Math.max(1, Math.min(max, Math.ceil(stretch * 1e4 - EPS) / 1e4));
}

;// CONCATENATED MODULE: ./src/timing/validate-plan-input.ts
// Reject impossible planner inputs (negative, NaN, infinite: programming errors), and cues past the video (a script error).


const OVERFLOWS = new Set(['extend', 'shift', 'error']);
function check(ok, what, value) {
    if (!ok)
        throw new Error(`planTimeline: ${what} must be a finite number ≥ 0 (got ${String(value)})`);
}
function nonNegative(value, what) {
    check(typeof value === 'number' && Number.isFinite(value) && value >= 0, what, value);
}
/** Throw a plain Error when any time, duration or option is negative, NaN or infinite. */
function validatePlanInput(lines, video, options) {
    lines.forEach((line, i) => {
        nonNegative(line.duration_s, `lines[${i}].duration_s`);
        if (line.cue_s !== null)
            nonNegative(line.cue_s, `lines[${i}].cue_s`);
        if (line.end_s !== null && line.end_s !== undefined)
            nonNegative(line.end_s, `lines[${i}].end_s`);
        if (line.compressible_s !== undefined)
            nonNegative(line.compressible_s, `lines[${i}].compressible_s`);
    });
    nonNegative(video.duration_s, 'video.duration_s');
    video.sceneCuts.forEach((cut, i) => nonNegative(cut, `video.sceneCuts[${i}]`));
    video.silences.forEach((span, i) => {
        nonNegative(span.start_s, `video.silences[${i}].start_s`);
        nonNegative(span.end_s, `video.silences[${i}].end_s`);
        if (span.end_s < span.start_s)
            throw new Error(`planTimeline: video.silences[${i}] ends before it starts`);
    });
    nonNegative(options.min_gap_s, 'options.min_gap_s');
    nonNegative(options.max_stretch, 'options.max_stretch');
    if (options.max_stretch < 1)
        throw new Error(`planTimeline: options.max_stretch must be ≥ 1 (got ${options.max_stretch})`);
    if (!OVERFLOWS.has(options.overflow))
        throw new Error(`planTimeline: unknown options.overflow ${String(options.overflow)}`);
    checkCuesInVideo(lines, video);
}
/** m:ss.s (or h:mm:ss.s) of a time, as a script writes it. */
function clock(seconds) {
    const tenths = Math.round(seconds * 10);
    const h = Math.floor(tenths / 36000);
    const m = Math.floor((tenths % 36000) / 600);
    const s = ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
/**
 * Throw SCRIPT_INVALID, naming the script line, for the first timed cue at or past the end of the
 * video: nothing of the video is left to narrate (a cue at 0 always starts the video).
 */
function checkCuesInVideo(lines, video) {
    const endMs = floorMs(video.duration_s);
    const late = lines.find((l) => l.cue_s !== null && roundMs(l.cue_s) > 0 && roundMs(l.cue_s) >= endMs);
    if (!late || late.cue_s === null)
        return;
    const line = late.location?.line ?? late.index + 1;
    throw new errors/* VoiceoverError */.pF('SCRIPT_INVALID', { detail: `script line ${line} is cued at ${clock(late.cue_s)}, at or past the end of the video (${clock(video.duration_s)}): "${late.text}"` }, {
        hint: `the video is only ${video.duration_s.toFixed(1)} s long; remove the line or fix its time`,
        location: late.location,
    });
}

;// CONCATENATED MODULE: ./src/timing/fit-line.ts
// Fit one speech clip into the room before its slot ends: remove pauses first, then speed up.

/** Play `duration_s` of speech in `roomMs`: pauses go first, then a speed-up up to `maxStretch`. */
function fitLine(duration_s, compressible_s, roomMs, maxStretch) {
    const plainMs = ceilMs(duration_s);
    if (plainMs <= roomMs)
        return { fits: true, compress_s: 0, stretch: 1, playedMs: plainMs };
    const compressible = Math.min(compressible_s, duration_s);
    const needed_s = duration_s - roomMs / 1000;
    const compress_s = Math.min(compressible, needed_s);
    const effective_s = duration_s - compress_s;
    const compactMs = ceilMs(effective_s);
    if (compactMs <= roomMs)
        return { fits: true, compress_s, stretch: 1, playedMs: compactMs };
    const atMaxMs = ceilMs(effective_s / maxStretch);
    if (roomMs <= 0 || atMaxMs > roomMs) {
        return { fits: false, compress_s, stretch: maxStretch, playedMs: atMaxMs };
    }
    // Rounded up, the stretch plays the clip in at most roomMs.
    const stretch = roundStretch((effective_s * 1000) / roomMs, maxStretch);
    const playedMs = Math.min(ceilMs(effective_s / stretch), roomMs);
    return { fits: true, compress_s, stretch, playedMs };
}

;// CONCATENATED MODULE: ./src/timing/overflow-error.ts
// The OVERFLOW error for a line that does not fit even at max_stretch (overflow: error).


/** OVERFLOW for line `index` (0-based; shown 1-based): it plays `needMs` but only `roomMs` are free. */
function overflowError(index, needMs, roomMs, maxStretch) {
    return new errors/* VoiceoverError */.pF('OVERFLOW', {
        line: index + 1,
        need_s: toSeconds(needMs),
        have_s: toSeconds(Math.max(0, roomMs)),
        max_stretch: maxStretch,
    });
}

;// CONCATENATED MODULE: ./src/timing/plan-timed.ts
// Place timed lines: each starts at its cue, fits its slot (pauses, then speed-up), or overflows.



/**
 * Where line i's slot ends (source time): its own end when it has one later than its cue and before
 * the next cue's slot end, else the next timed cue minus the gap, else the video's end. `last`: no
 * timed cue follows (its overflow runs on instead of holding the picture).
 */
function slotEnd(lines, i, nextTimed, videoEndMs, gapMs) {
    const next = nextCueEnd(lines, nextTimed, videoEndMs, gapMs);
    const { cue_s, end_s } = lines[i];
    if (cue_s === null || end_s === null || end_s === undefined)
        return next;
    const ownMs = roundMs(end_s);
    return ownMs > roundMs(cue_s) && ownMs < next.endMs ? { endMs: ownMs, last: next.last } : next;
}
/** The next timed cue (line `nextTimed`, -1 for none) minus the gap, else the video's end. */
function nextCueEnd(lines, nextTimed, videoEndMs, gapMs) {
    const cue = nextTimed < 0 ? null : lines[nextTimed].cue_s;
    return cue === null ? { endMs: videoEndMs, last: true } : { endMs: roundMs(cue) - gapMs, last: false };
}
/** For each line, the index of the next timed line after it (-1 for none), in one pass from the end. */
function nextTimedLines(lines) {
    const next = new Array(lines.length);
    let found = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
        next[i] = found;
        if (lines[i].cue_s !== null && lines[i].cue_s !== undefined)
            found = i;
    }
    return next;
}
/**
 * Place lines in the given order. A line starts at its cue (plus the holds before it) unless the
 * previous line ran long; then it starts right after it (+ min gap). Its slot ends at its own end
 * (subtitle cues) or the next cue (see slotEnd). A line that does not fit even at
 * max_stretch overflows:
 * - 'error' throws OVERFLOW for the first such line;
 * - 'shift' keeps max_stretch and pushes the following lines later (the picture is untouched, so
 *   they drift off their pictures);
 * - 'extend' keeps max_stretch and holds the picture at the end of the line's slot for the overflow
 *   (a hold at max(slot end, where the line starts), source time), so every later line still starts
 *   at its cue + the holds before it, on its own picture.
 * For the last line both modes run past the video, which finishPlan extends (last-frame hold).
 * Untimed lines among timed ones (which the parser rejects) simply follow the previous line.
 */
function planTimed(lines, videoEndMs, options) {
    const gapMs = ceilMs(options.min_gap_s);
    const placed = [];
    const holds = [];
    let heldMs = 0; // sum of holds so far: output time = source time + heldMs
    let prevEndMs = null;
    const nextTimed = nextTimedLines(lines);
    lines.forEach((input, i) => {
        const after = prevEndMs === null ? 0 : prevEndMs + gapMs;
        const cueMs = input.cue_s === null ? after - heldMs : roundMs(input.cue_s);
        const startMs = Math.max(cueMs + heldMs, after);
        const slot = slotEnd(lines, i, nextTimed[i], videoEndMs, gapMs);
        const endOfSlotMs = slot.endMs + heldMs; // no hold lies between a line's start and its slot's end
        const roomMs = endOfSlotMs - startMs;
        const fit = fitLine(input.duration_s, input.compressible_s ?? 0, roomMs, options.max_stretch);
        if (!fit.fits && options.overflow === 'error') {
            throw overflowError(input.index, fit.playedMs, roomMs, options.max_stretch);
        }
        const endMs = startMs + fit.playedMs;
        const overflowMs = Math.max(0, endMs - endOfSlotMs);
        placed.push({
            input,
            cueMs: input.cue_s === null ? startMs : cueMs,
            startMs,
            endMs,
            stretch: fit.stretch,
            compress_s: fit.compress_s,
            overflowMs,
        });
        if (overflowMs > 0 && options.overflow === 'extend' && !slot.last) {
            holds.push({ atMs: Math.max(slot.endMs, startMs - heldMs), dMs: overflowMs });
            heldMs += overflowMs;
        }
        prevEndMs = endMs;
    });
    return { placed, holds };
}

;// CONCATENATED MODULE: ./src/timing/pick-start.ts
// Choose where an untimed line starts: near its natural position, preferring scene cuts and silences.
/** How far from its natural position a line may move to reach a cut or a silence. */
const REACH_MS = 2000;
/** A cut and a silence start this close count as one place. */
const SAME_PLACE_MS = 100;
const CUT_BONUS = 0.75;
const SILENCE_START_BONUS = 0.75;
const QUIET_WEIGHT = 0.5;
/** Times are whole milliseconds: within one of them counts as the same instant. */
const EXACT_MS = 1;
const indexed = new WeakMap();
function placesOf(q) {
    const known = indexed.get(q.silences);
    if (known && indexed.get(q.cutsMs) === known)
        return known;
    const silences = [...q.silences].sort((a, b) => a.startMs - b.startMs);
    const maxEnd = [];
    for (const s of silences)
        maxEnd.push(Math.max(s.endMs, maxEnd[maxEnd.length - 1] ?? -Infinity));
    const places = { cuts: [...q.cutsMs].sort((a, b) => a - b), silences, starts: silences.map((s) => s.startMs), maxEnd };
    indexed.set(q.silences, places);
    indexed.set(q.cutsMs, places);
    return places;
}
/** First index whose value is ≥ x in an ascending array (its length when none is). */
function lowerBound(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function within(sorted, t, tolerance) {
    const i = lowerBound(sorted, t - tolerance);
    return i < sorted.length && sorted[i] <= t + tolerance;
}
/** The values of an ascending array within [from, to]. */
function between(sorted, from, to) {
    const found = [];
    for (let i = lowerBound(sorted, from); i < sorted.length && sorted[i] <= to; i++)
        found.push(sorted[i]);
    return found;
}
/** Fraction of [t, t + length] that lies in silences of the original audio (only the silences that can overlap it are visited). */
function quietFraction(t, lengthMs, places) {
    if (lengthMs <= 0)
        return 0;
    let quiet = 0;
    // Silences starting at or after t + length add nothing; going back, stop once no earlier one ends after t.
    for (let j = lowerBound(places.starts, t + lengthMs) - 1; j >= 0 && places.maxEnd[j] > t; j--) {
        const s = places.silences[j];
        quiet += Math.max(0, Math.min(t + lengthMs, s.endMs) - Math.max(t, s.startMs));
    }
    return Math.min(1, quiet / lengthMs);
}
/**
 * Score of starting at t (higher is better):
 *   closeness   1 − |t − natural| / REACH_MS          (1 at the natural position, 0 at the reach)
 * + cut         0.75 when a scene cut is at t
 * + silence     0.75 when a silence of the original audio starts at t
 * + quiet       0.5 × the fraction of the line spoken over silence.
 * So a cut or a silence start within ~1.5 s beats the natural position.
 */
function scoreStart(t, q, naturalMs) {
    const places = placesOf(q);
    // Only a start ON a cut earns the cut bonus (a position 60 ms before a cut must move onto it);
    // a cut and a silence start that close count as one place.
    const atCut = within(places.cuts, t, EXACT_MS);
    const atSilenceStart = within(places.starts, t, atCut ? SAME_PLACE_MS : EXACT_MS);
    return (1 -
        Math.abs(t - naturalMs) / REACH_MS +
        (atCut ? CUT_BONUS : 0) +
        (atSilenceStart ? SILENCE_START_BONUS : 0) +
        QUIET_WEIGHT * quietFraction(t, q.lengthMs, places));
}
/** Best start in [lo, hi]: the natural position, or a cut / silence start within reach of it. Deterministic. */
function pickStart(q) {
    const natural = Math.min(q.hiMs, Math.max(q.loMs, Math.round(q.naturalMs)));
    const from = Math.max(q.loMs, natural - REACH_MS);
    const to = Math.min(q.hiMs, natural + REACH_MS);
    const places = placesOf(q);
    const candidates = [natural, ...between(places.cuts, from, to), ...between(places.starts, from, to)].filter((t) => t >= from && t <= to);
    let best = natural;
    let bestScore = scoreStart(natural, q, natural);
    for (const t of candidates) {
        const score = scoreStart(t, q, natural);
        const closer = Math.abs(t - natural) - Math.abs(best - natural);
        if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && (closer < 0 || (closer === 0 && t < best)))) {
            best = t;
            bestScore = score;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/timing/spread-untimed.ts
// Spread untimed lines over a video long enough to hold them at rate 1, snapping to cuts and silences.


/** Share of a line's free time spent before it at its natural position (a breath before speaking). */
const LEAD_FRACTION = 0.25;
/** ... but never more than this. */
const MAX_LEAD_MS = 1000;
/**
 * Each line gets a share of the video proportional to its length (its speech plus the same fraction
 * of the free time); its natural start is just after its share begins. The start actually chosen is
 * the best-scoring place near it (see pickStart), kept after the previous line + gap and early enough
 * that the remaining lines still fit at rate 1. Requires Σ lengths + gaps ≤ videoEndMs.
 */
function spreadUntimed(lines, video, videoEndMs, gapMs) {
    const lengths = lines.map((line) => ceilMs(line.duration_s));
    const total = lengths.reduce((a, b) => a + b, 0);
    const free = videoEndMs - total;
    const cutsMs = video.sceneCuts.map(roundMs);
    const silences = video.silences.map((s) => ({ startMs: roundMs(s.start_s), endMs: roundMs(s.end_s) }));
    const placed = [];
    let rest = total + (lines.length - 1) * gapMs; // what lines i.. still need
    let shareStart = 0;
    let prevEndMs = null;
    lines.forEach((input, i) => {
        const lengthMs = lengths[i] ?? 0;
        const slack = total > 0 ? (free * lengthMs) / total : free / lines.length;
        const startMs = pickStart({
            naturalMs: shareStart + Math.min(slack * LEAD_FRACTION, MAX_LEAD_MS),
            loMs: prevEndMs === null ? 0 : prevEndMs + gapMs,
            hiMs: videoEndMs - rest,
            lengthMs,
            cutsMs,
            silences,
        });
        const endMs = startMs + lengthMs;
        placed.push({ input, cueMs: startMs, startMs, endMs, stretch: 1, compress_s: 0, overflowMs: 0 });
        rest -= lengthMs + gapMs;
        shareStart += lengthMs + slack;
        prevEndMs = endMs;
    });
    return placed;
}

;// CONCATENATED MODULE: ./src/timing/pack-untimed.ts
// Pack untimed lines that are longer than the video back to back: pauses out, then one common speed-up.


/**
 * Lines start at 0 and follow each other with min_gap_s. Every line first loses the same share of its
 * removable pauses; if that is not enough, all pauses go and every line gets the same speed-up (so
 * the voice keeps one pace), up to max_stretch. Beyond that the lines run past the video: 'error'
 * throws OVERFLOW for the first line that ends past it, 'extend' and 'shift' let the caller extend
 * the video. One millisecond per line is kept in reserve for rounding each clip up.
 */
function packUntimed(lines, videoEndMs, gapMs, options) {
    const n = lines.length;
    const roomMs = videoEndMs - (n - 1) * gapMs - n;
    const speechMs = lines.reduce((a, l) => a + l.duration_s * 1000, 0);
    const compressibleMs = lines.reduce((a, l) => a + Math.min(l.compressible_s ?? 0, l.duration_s) * 1000, 0);
    const neededMs = speechMs - roomMs;
    const pausesSuffice = compressibleMs >= neededMs;
    const share = pausesSuffice ? (compressibleMs > 0 ? Math.max(0, neededMs) / compressibleMs : 0) : 1;
    const restMs = speechMs - compressibleMs;
    const stretch = pausesSuffice
        ? 1
        : roomMs > 0
            ? roundStretch(restMs / roomMs, options.max_stretch)
            : options.max_stretch;
    const placed = [];
    let prevEndMs = null;
    for (const input of lines) {
        const compress_s = Math.min(input.compressible_s ?? 0, input.duration_s) * share;
        const startMs = prevEndMs === null ? 0 : prevEndMs + gapMs;
        const playedMs = ceilMs((input.duration_s - compress_s) / stretch);
        const endMs = startMs + playedMs;
        if (endMs > videoEndMs && options.overflow === 'error') {
            throw overflowError(input.index, playedMs, videoEndMs - startMs, options.max_stretch);
        }
        placed.push({
            input,
            cueMs: startMs,
            startMs,
            endMs,
            stretch,
            compress_s,
            overflowMs: Math.max(0, endMs - videoEndMs),
        });
        prevEndMs = endMs;
    }
    return placed;
}

;// CONCATENATED MODULE: ./src/timing/plan-untimed.ts
// Place untimed lines: spread them when the video is long enough, else pack them.



/** Spread the lines over the video when they fit at rate 1 with gaps; otherwise pack them (and maybe overflow). */
function planUntimed(lines, video, videoEndMs, options) {
    if (lines.length === 0)
        return [];
    const gapMs = ceilMs(options.min_gap_s);
    const needMs = lines.reduce((a, l) => a + ceilMs(l.duration_s), 0) + (lines.length - 1) * gapMs;
    return needMs <= videoEndMs
        ? spreadUntimed(lines, video, videoEndMs, gapMs)
        : packUntimed(lines, videoEndMs, gapMs, options);
}

;// CONCATENATED MODULE: ./src/timing/placed-line.ts
// The planner's internal record of one placed line (integer milliseconds) and its report form.

/** The report form of a placed line (seconds, rounded to the millisecond). */
function toPlannedLine(line) {
    return {
        index: line.input.index,
        text: line.input.text,
        cue_s: toSeconds(line.cueMs),
        start_s: toSeconds(line.startMs),
        end_s: toSeconds(line.endMs),
        stretch: line.stretch,
        overflow_ms: line.overflowMs,
        compress_s: toSeconds(roundMs(line.compress_s)),
    };
}

;// CONCATENATED MODULE: ./src/timing/finish-plan.ts
// Turn placed lines into the Plan: report form, mid-video holds, and a last-frame hold when speech runs past the video.


/** Quiet time kept after the last line when the video has to be extended for it. */
const TAIL_MS = 500;
/** Holds in source order, those at the same point merged into one. */
function mergeHolds(holds) {
    const merged = [];
    for (const hold of [...holds].sort((a, b) => a.atMs - b.atMs)) {
        const last = merged[merged.length - 1];
        if (last && last.atMs === hold.atMs)
            last.dMs += hold.dMs;
        else
            merged.push({ ...hold });
    }
    return merged;
}
/**
 * The Plan: duration is the video's plus its mid-video holds, or the last line's end + TAIL_MS when
 * speech runs past the (held) video's end `videoEndMs` + holds.
 */
function finishPlan(placed, videoDuration_s, videoEndMs, holds = []) {
    const heldMs = holds.reduce((a, h) => a + h.dMs, 0);
    const videoMs = roundMs(videoDuration_s) + heldMs;
    const lastEndMs = placed.reduce((a, l) => Math.max(a, l.endMs), 0);
    const extendMs = lastEndMs > videoEndMs + heldMs ? Math.max(0, lastEndMs + TAIL_MS - videoMs) : 0;
    return {
        lines: placed.map(toPlannedLine),
        duration_s: toSeconds(videoMs + extendMs),
        extend_s: toSeconds(extendMs),
        holds: mergeHolds(holds).map((h) => ({ at_s: toSeconds(h.atMs), d_s: toSeconds(h.dMs) })),
    };
}

;// CONCATENATED MODULE: ./src/timing/plan.ts
// The planner's entry point: cues + speech durations + video facts → where every line plays.





/** Timed lines in time order (stable: equal cues keep script order); mixed scripts keep script order. */
function timeOrder(lines) {
    if (lines.some((l) => l.cue_s === null))
        return [...lines];
    return [...lines].sort((a, b) => roundMs(a.cue_s ?? 0) - roundMs(b.cue_s ?? 0));
}
/**
 * Plan where each line plays (pure, deterministic; times on a millisecond grid). Timed lines start at
 * their cue; untimed lines are spread over the video. Lines never overlap: each starts at least
 * min_gap_s after the previous one ends. With overflow 'extend', a timed line that runs past its slot
 * holds the picture for the overflow (Plan.holds), so later lines keep their pictures. Throws
 * VoiceoverError OVERFLOW (overflow: error) when a line cannot fit even at max_stretch,
 * SCRIPT_INVALID for a cue at or past the end of the video, and a plain Error for negative or NaN inputs.
 */
function planTimeline(lines, video, options) {
    validatePlanInput(lines, video, options);
    const videoEndMs = floorMs(video.duration_s);
    const timed = lines.some((l) => l.cue_s !== null);
    if (!timed)
        return finishPlan(planUntimed(lines, video, videoEndMs, options), video.duration_s, videoEndMs);
    const { placed, holds } = planTimed(timeOrder(lines), videoEndMs, options);
    return finishPlan(placed, video.duration_s, videoEndMs, holds);
}

// EXTERNAL MODULE: ./src/tts/wav.ts
var wav = __webpack_require__(14435);
;// CONCATENATED MODULE: ./src/render/geometry.ts
// Output frame size from the source's displayed size and the resolution/aspect settings (pure).
const even = (x) => Math.max(2, Math.round(x / 2) * 2);
const ASPECTS = { '16:9': 16 / 9, '9:16': 9 / 16, '1:1': 1 };
/** Short side of each named resolution. */
const SHORT_SIDE = { '1080p': 1080, '720p': 720 };
/**
 * The output size. `source` is the displayed size (rotation applied), or undefined for audio-only
 * inputs (then 16:9 unless an aspect is asked). 1080p means a short side of 1080 (1920x1080,
 * 1080x1920, 1080x1080); `keep` keeps the source's short side.
 */
function outputSize(source, resolution, aspect) {
    const src = source ?? { width: 1920, height: 1080 };
    const ratio = aspect === 'keep' ? src.width / src.height : ASPECTS[aspect];
    const short = resolution === 'keep' ? Math.min(src.width, src.height) : SHORT_SIDE[resolution];
    return ratio >= 1 ? { width: even(short * ratio), height: even(short) } : { width: even(short), height: even(short / ratio) };
}
/** True when two sizes have the same shape within half a percent. */
function sameAspect(a, b) {
    return Math.abs(a.width / a.height - b.width / b.height) < 0.005 * (b.width / b.height);
}

// EXTERNAL MODULE: ./src/script/written-words.ts
var written_words = __webpack_require__(41180);
;// CONCATENATED MODULE: ./src/backends/local/draft-words.ts
// A line's word times on the timeline (draft `w`, ms) and in the report (seconds): the words as written where
// each written word can be matched to the spoken words it became ("$1,299" spans "one … dollars"), else as spoken.

const ms = (s) => Math.round(s * 1000);
/**
 * The draft words of a line laid at `start_s`: `words` are the fitted clip's (seconds within it, spoken
 * forms), shown as the line's written words when they map onto them. Times stay in order, and before `end_s`
 * (the line's end) when given.
 */
function draftWords(written, words, start_s, options = {}) {
    const mapped = (0,written_words/* writtenWords */.H)(written, words.map((w) => w.text), options);
    const merged = mapped
        ? mapped.map(({ text, first, last }) => {
            const span = words.slice(first, last + 1);
            const estimated = span.some((w) => w.estimated);
            return { text, start_s: words[first].start_s, end_s: words[last].end_s, ...(estimated ? { estimated } : {}) };
        })
        : [...words];
    let floor = ms(start_s);
    // The segment's end (`s + d` in ms): a clip may run a millisecond past its slot, its words may not.
    const until = options.end_s === undefined ? Infinity : ms(start_s) + ms(options.end_s - start_s);
    return merged.map((word) => {
        const s = Math.min(until, Math.max(floor, ms(start_s + word.start_s)));
        const e = Math.min(until, Math.max(s, ms(start_s + word.end_s)));
        floor = s;
        return { t: word.text, s, e, ...(word.estimated ? { est: true } : {}) };
    });
}
/** Draft words as report.json gives them: output seconds, `estimated` kept. */
function reportWords(words) {
    return words.map((w) => ({ text: w.t, start_s: w.s / 1000, end_s: w.e / 1000, ...(w.est ? { estimated: true } : {}) }));
}

// EXTERNAL MODULE: ./src/media/probe.ts + 2 modules
var media_probe = __webpack_require__(47169);
;// CONCATENATED MODULE: ./src/backends/local/inputs.ts
// Stage 1 of the local pipeline: probe the input, check it decodes, and learn what the planner needs.



/** Scene score (0..1) above which a frame counts as a cut when placing untimed text. */
const SCENE_THRESHOLD = 0.015;
/**
 * Probe the item's input file; unsupported files fail here. The decode check (corrupt or truncated
 * files) is `decodable`, started here and awaited by the caller: it runs while the speech is
 * synthesised, and fails the item before anything is planned or rendered.
 */
async function openInput(item, signal) {
    if (item.video.kind === 'url') {
        throw new errors/* VoiceoverError */.pF('INPUT_UNSUPPORTED', { file: item.video.url, detail: 'the local backend reads files from the repository, not URLs' }, { hint: 'commit the video and give its path in `video:`, or use the nemo backend for `url:` videos', location: { line: item.line } });
    }
    const file = item.video.path;
    const { probe, kind } = await (0,media_probe/* probeInput */.x9)(file, { signal });
    const decodable = (0,media_probe/* verifyDecodable */.z8)(file, probe, { signal });
    decodable.catch(() => undefined); // awaited by the caller; this keeps a failure that comes first from going unhandled
    return { input: { file, kind, probe }, decodable };
}
/**
 * Scene cuts and quiet spans of the original, for placing untimed text. Only worth the decode
 * when the script is untimed; timed scripts already say where every line goes.
 */
async function videoFacts(input, duration_s, untimed, signal) {
    if (!untimed)
        return { duration_s, sceneCuts: [], silences: [] };
    // Screen recordings change little at a cut (a new page over the same layout scores ~0.02–0.1):
    // a low threshold finds those, and a false cut in busy footage only adds a candidate start.
    const sceneCuts = input.kind === 'video' ? await detectSceneCuts(input.file, { threshold: SCENE_THRESHOLD, signal }) : [];
    const silences = input.probe.audio
        ? await detectSilences(input.file, { signal })
        : [{ start_s: 0, end_s: duration_s }];
    return { duration_s, sceneCuts, silences };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/tts/registry.ts
var registry = __webpack_require__(53210);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(34664);
// EXTERNAL MODULE: ./src/tts/word-timing.ts
var word_timing = __webpack_require__(71924);
;// CONCATENATED MODULE: ./src/tts/clip-words.ts
// The word times of a cached clip: measured ones kept beside its WAV (`<key>.words.json`), else estimated.




/** Where a clip's measured word times are kept: beside its WAV. */
function wordsFileOf(wavFile) {
    return wavFile.replace(/\.wav$/, '') + '.words.json';
}
/** The engine's word times moved into the trimmed clip (`kept`: the samples trimSilence kept), or undefined. */
function trimmedWords(words, kept, sampleRate) {
    if (!words || words.length === 0)
        return undefined;
    return (0,word_timing/* shiftWords */.Uh)(words, -kept.start / sampleRate, (kept.end - kept.start) / sampleRate);
}
/** A clip's words: the measured ones when there are some, else an estimate over its samples (marked so). */
function clipWords(measured, text, samples, sampleRate) {
    return measured ?? (0,word_timing/* estimateWords */.ae)(text, samples, sampleRate);
}
/**
 * Keep measured words beside the clip, written to a unique temporary name and renamed (readers never see
 * half a file). Call it before the WAV is written: a reader who finds the WAV finds its words too.
 */
async function writeClipWords(wavFile, words) {
    const file = wordsFileOf(wavFile);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    const temporary = `${file}.${process.pid}-${(0,external_node_crypto_.randomUUID)()}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, JSON.stringify({ words }));
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}
/** The measured words kept beside a cached clip, or undefined (none kept: an older entry, or an engine that gives none). */
async function readClipWords(wavFile) {
    let value;
    try {
        value = JSON.parse(await (0,promises_.readFile)(wordsFileOf(wavFile), 'utf8'));
    }
    catch {
        return undefined;
    }
    const words = value?.words;
    if (!Array.isArray(words) || words.length === 0)
        return undefined;
    const valid = words.every((w) => typeof w?.text === 'string' && Number.isFinite(w.start_s) && Number.isFinite(w.end_s));
    return valid ? words.map((w) => ({ text: w.text, start_s: w.start_s, end_s: w.end_s, ...(w.estimated ? { estimated: true } : {}) })) : undefined;
}

// EXTERNAL MODULE: ./src/tts/trim.ts
var trim = __webpack_require__(38449);
;// CONCATENATED MODULE: ./src/tts/synthesize.ts
// Stage 3 for one line: speak it with its voice's engine, trim the edges, keep it in a content-addressed cache.









/** Bump when trimming or the stored format changes, so older cache entries are not reused. */
const CLIP_FORMAT = 'voiceover-clip-1';
/** Add one clip's usage (absent: the clip cost nothing) to a tally. */
function addUsage(tally, engine, usage) {
    tally.characters_sent[engine] = (tally.characters_sent[engine] ?? 0) + (usage?.characters ?? 0);
    tally.requests += usage?.requests ?? 0;
}
/** The cache key of a clip: sha256 over everything that changes its audio. */
function clipCacheKey(parts) {
    const fields = [CLIP_FORMAT, parts.engine, parts.version, parts.voice, parts.rate.toFixed(3), parts.text];
    // Engine settings (a cloud model, its instructions) only when there are some: keys of engines without settings stay as they were.
    const options = Object.entries(parts.options ?? {}).filter(([, value]) => value !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (options.length > 0)
        fields.push(JSON.stringify(options));
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(fields)).digest('hex');
}
/** Speak one line (or read it from the cache): a mono, edge-trimmed clip saved as a 16-bit WAV. */
async function synthesizeClip(request, options) {
    const { line, signal } = request;
    const failed = (detail, cause) => new errors/* VoiceoverError */.pF('TTS_FAILED', { voice: request.voice, line: line ?? '?', detail }, cause === undefined ? {} : { cause });
    (0,progress/* throwIfAborted */.T)(signal);
    const text = request.text.trim();
    if (text === '')
        throw failed('the line has no text to speak');
    const rate = Math.round((request.rate ?? 1) * 1000) / 1000;
    if (!(rate > 0) || !Number.isFinite(rate))
        throw failed(`rate must be a positive number, got ${request.rate}`);
    const { engine, voice } = await concreteVoice(request, options);
    // With the voice: a model's checksum is part of the key (a new model never reuses old clips).
    const version = (await engine.version?.(voice)) ?? 'unversioned';
    const engineOptions = request.engineOptions?.[engine.id];
    const key = clipCacheKey({ engine: engine.id, version, voice, rate, text, options: engineOptions });
    const file = (0,external_node_path_.resolve)(options.cacheDir, `${key}.wav`);
    const model = await engine.describeModel?.(voice);
    const clip = ({ samples, sampleRate }, cached) => {
        const duration_s = samples.length / sampleRate;
        return { file, samples, sampleRate, duration_s, rate, voice, engine: engine.id, ...(model ? { model } : {}), cached };
    };
    const hit = await readCached(file);
    if (hit) {
        if (engine.cloud && options.usage)
            addUsage(options.usage, engine.id, undefined);
        // An older entry (or an engine that measures none) has no words file: its words are estimated.
        const words = clipWords(await readClipWords(file), text, hit.samples, hit.sampleRate);
        return { ...clip(hit, true), words, ...(engine.cloud ? { usage: { characters: 0, requests: 0 } } : {}) };
    }
    const availability = await engine.availability();
    if (!availability.ok) {
        throw new errors/* VoiceoverError */.pF('TTS_UNAVAILABLE', {
            detail: `voice "${voice}" needs ${engine.id}: ${availability.reason}`,
            hint: `install it: ${availability.install}`,
        });
    }
    let speech;
    try {
        speech = await engine.synthesize({ text, voice, rate, ...(signal ? { signal } : {}), ...(engineOptions ? { options: engineOptions } : {}) });
    }
    catch (error) {
        (0,progress/* throwIfAborted */.T)(signal);
        if (error instanceof errors/* VoiceoverError */.pF)
            throw error;
        throw failed(error instanceof Error ? error.message : String(error), error);
    }
    (0,progress/* throwIfAborted */.T)(signal);
    if (engine.cloud && options.usage)
        addUsage(options.usage, engine.id, speech.usage);
    const kept = (0,trim/* trimBounds */.EX)(speech.samples, speech.sampleRate);
    const samples = speech.samples.slice(kept.start, kept.end);
    if (samples.length === 0)
        throw failed('the engine produced no audible speech');
    const bytes = (0,wav/* encodeWav */.H)({ samples, sampleRate: speech.sampleRate });
    const measured = trimmedWords(speech.words, kept, speech.sampleRate);
    if (measured)
        await writeClipWords(file, measured); // before the WAV: whoever finds the clip finds its words
    await writeAtomically(file, bytes);
    // Return what was stored (16-bit), so a later cache hit gives the very same samples.
    const stored = (0,wav/* decodeWav */.h)(bytes);
    return { ...clip(stored, false), words: clipWords(measured, text, stored.samples, stored.sampleRate), ...(speech.usage ? { usage: speech.usage } : {}) };
}
/** The engine and voice id that will speak a request: its voice when an engine owns it, else resolveVoice's pick. */
async function concreteVoice(request, options) {
    const owner = await (0,registry/* engineForVoice */.Wi)(request.voice, options);
    if (owner) {
        // The listed spelling (`SLT` → `slt`), so one voice has one cache key; unlisted ids go to the engine as written.
        const listed = (await owner.voices()).find((voice) => voice.id.toLowerCase() === request.voice.toLowerCase());
        return { engine: owner, voice: listed?.id ?? request.voice };
    }
    if (request.language === undefined) {
        throw new errors/* VoiceoverError */.pF('TTS_UNAVAILABLE', {
            detail: `unknown voice "${request.voice}" (line ${request.line ?? '?'})`,
            hint: 'voiceover voices lists the voices installed here',
        });
    }
    const voice = (await (0,registry/* resolveVoice */.xD)(request.voice, request.language, options)).id;
    const engine = await (0,registry/* engineForVoice */.Wi)(voice, options);
    if (!engine)
        throw new Error(`no engine owns the resolved voice ${voice}`); // registry invariant
    return { engine, voice };
}
/** The cached clip, or undefined when it is missing or unreadable (then it is made again). */
async function readCached(file) {
    try {
        return (0,wav/* decodeWav */.h)(await (0,promises_.readFile)(file));
    }
    catch {
        return undefined;
    }
}
/** Write to a unique temporary name beside the target, then rename: readers never see half a file. */
async function writeAtomically(file, bytes) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    const temporary = `${file}.${process.pid}-${(0,external_node_crypto_.randomUUID)()}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, bytes);
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/backends/local/clip-on-disk.ts
// Clips whose samples stay in their cache file between speech and render, read again on each use: a
// 2-hour video's 720 lines (Float32 at 16 kHz, ~140 MB) are never all in memory at once.


/** Sample counts of clips whose samples stay in a file (read on each use of `samples`). */
const framesOnDisk = new WeakMap();
/** True when the clip's samples are read from a file on each use. */
function isOnDisk(clip) {
    return framesOnDisk.has(clip);
}
/** A clip's length in seconds, without reading a clip kept on disk. */
function clipLength(clip) {
    return (framesOnDisk.get(clip) ?? clip.samples.length) / clip.sampleRate;
}
/**
 * The clip with its samples left in `file`, a WAV whose first samples are exactly the clip's (synthesizeClip
 * returns what it stored in the cache), decoded again on each use of `samples`: a 2-hour video's 720 clips
 * are not all held in memory from speech to render. A clip its file does not hold keeps its samples.
 */
function onDisk(clip, file) {
    const frames = clip.samples.length;
    let stored;
    try {
        stored = (0,wav/* decodeWav */.h)(new Uint8Array((0,external_node_fs_.readFileSync)(file)));
    }
    catch {
        return clip;
    }
    if (stored.sampleRate !== clip.sampleRate || stored.samples.length < frames)
        return clip;
    for (let i = 0; i < frames; i++)
        if (stored.samples[i] !== clip.samples[i])
            return clip;
    const lazy = Object.defineProperty({ ...clip }, 'samples', {
        enumerable: true,
        configurable: true,
        get: () => (0,wav/* decodeWav */.h)(new Uint8Array((0,external_node_fs_.readFileSync)(file))).samples.subarray(0, frames),
    });
    framesOnDisk.set(lazy, frames);
    return lazy;
}
/** The same clip placed at another start (a clip kept on disk stays there). */
function withStart(clip, start_s) {
    const moved = Object.defineProperties({}, Object.getOwnPropertyDescriptors(clip));
    Object.defineProperty(moved, 'start_s', { value: start_s, enumerable: true, writable: true, configurable: true });
    const frames = framesOnDisk.get(clip);
    if (frames !== undefined)
        framesOnDisk.set(moved, frames);
    return moved;
}

;// CONCATENATED MODULE: ./src/backends/local/speech.ts
// Stage 3 of the local pipeline: speak every cue, then refit the lines the planner sped up.







/** Lines spoken at once when a cloud voice speaks some (each service's own limiter bounds its requests). */
const CLOUD_LINES_AT_ONCE = 16;
/** The item's engine settings by engine id, as synthesizeClip takes them (only the speaking engine's reach it). */
function engineOptionsOf(item) {
    const defined = (settings) => Object.fromEntries(Object.entries(settings ?? {}).filter(([, value]) => value !== undefined));
    return { openai: defined(item.openai), elevenlabs: defined(item.elevenlabs) };
}
/** Longest pause kept inside a line when it must be shortened, seconds. */
const MAX_PAUSE_S = 0.12;
/** `installing piper:en_US-amy-medium: 12.0/63.2 MB (19 %, 4.1 MB/s)`: a voice install as a progress detail. */
function installDetail(progress) {
    const mb = (bytes) => (bytes / 1e6).toFixed(1);
    if (progress.stage !== 'download')
        return `installing ${progress.id}: ${progress.stage}`;
    const speed = `${mb(progress.bytesPerSecond)} MB/s`;
    if (!(progress.totalBytes > 0))
        return `installing ${progress.id}: ${mb(progress.receivedBytes)} MB (${speed})`;
    const percent = Math.floor((100 * progress.receivedBytes) / progress.totalBytes);
    return `installing ${progress.id}: ${mb(progress.receivedBytes)}/${mb(progress.totalBytes)} MB (${percent} %, ${speed})`;
}
/**
 * Make every voice the item names ready before any line is spoken: an engine's prepare() installs a
 * catalogued voice that is not installed yet (progress as `tts` events). `auto` and engine ids need nothing.
 */
async function prepareVoices(item, cues, options) {
    const named = new Set([item.voice, ...cues.map((cue) => cue.voice)].filter((voice) => Boolean(voice)));
    for (const voice of named) {
        const engine = await (0,registry/* engineForVoice */.Wi)(voice, options.registry);
        if (!engine?.prepare || engine.id === voice)
            continue;
        await engine.prepare(voice, {
            ...(options.signal ? { signal: options.signal } : {}),
            onProgress: (progress) => options.onProgress?.({ stage: 'tts', detail: installDetail(progress) }),
        });
    }
}
/**
 * Speak each cue at rate 1 (cached), up to one line per core at once (engines run off the main thread),
 * reporting progress per finished line. Results keep the cues' order. After a failure no further line
 * starts, and the failure of the earliest line is thrown. Voices are prepared (installed) first.
 */
async function speakCues(item, cues, cacheDir, options) {
    await prepareVoices(item, cues, options);
    const voices = new Set([item.voice, ...cues.map((cue) => cue.voice ?? item.voice)]);
    const cloud = (await Promise.all([...voices].map((voice) => (0,registry/* engineForVoice */.Wi)(voice)))).some((engine) => engine?.cloud);
    const limit = (0,p_limit/* default */.A)(Math.max(1, (0,external_node_os_.availableParallelism)(), cloud ? CLOUD_LINES_AT_ONCE : 1));
    let done = 0;
    let failed = false;
    const speak = async (cue) => {
        if (failed)
            throw NOT_STARTED;
        try {
            const clip = await synthesizeClip({ text: cue.speech, voice: cue.voice ?? item.voice, language: item.language, rate: 1, line: cue.line, signal: options.signal, engineOptions: engineOptionsOf(item) }, { cacheDir, ...(options.usage ? { usage: options.usage } : {}) });
            options.onLine?.(++done, cues.length);
            return { cue, clip: onDisk(clip, clip.file), compressible_s: (0,trim/* removablePause_s */.mx)(clip.samples, clip.sampleRate, MAX_PAUSE_S) };
        }
        catch (error) {
            failed = true;
            throw error;
        }
    };
    const settled = await Promise.allSettled(cues.map((cue) => limit(() => speak(cue))));
    const error = settled.find((r) => r.status === 'rejected' && r.reason !== NOT_STARTED);
    if (error)
        throw error.reason;
    return settled.map((r) => r.value);
}
/** Why a line was not spoken: an earlier one failed. */
const NOT_STARTED = Symbol('not started');
/** Slack when comparing a clip's length to its slot, seconds (the planner's grid is 1 ms). */
const FIT_SLACK_S = 0.001;
const lengthOf = (samples, sampleRate) => samples.length / sampleRate;
/**
 * The clip to lay for a planned line: as spoken when it fits, else with shorter pauses, then re-spoken
 * faster by the engine (rate = what is still missing, never above max_stretch). Words are never cut:
 * a clip still longer than its slot comes back whole, and `planAndFit` gives the planner its real length.
 */
async function fitClip(item, spoken, line, cacheDir, signal, usage) {
    const slot = line.end_s - line.start_s;
    const maxRate = item.audio.max_stretch;
    let { samples, sampleRate, words } = spoken.clip;
    let rate = 1;
    samples = withinSlot(samples, sampleRate, slot);
    if (lengthOf(samples, sampleRate) > slot + FIT_SLACK_S) {
        const compact = (0,trim/* compactPauses */.pA)(samples, sampleRate, MAX_PAUSE_S);
        samples = compact.samples;
        words = words && (0,word_timing/* wordsThroughCuts */.S5)(words, compact.cuts, sampleRate);
        // Engines honour a rate only roughly: aim again from what came out, at most three times.
        for (let attempt = 0; attempt < 3 && lengthOf(samples, sampleRate) > slot + FIT_SLACK_S && rate < maxRate; attempt++) {
            // Three decimals, rounded down: the cache keeps rates to 3 decimals, and rounding up could pass max_stretch.
            rate = Math.floor(Math.min(maxRate, rate * (lengthOf(samples, sampleRate) / slot) * 1.01) * 1000) / 1000;
            const faster = await synthesizeClip({ text: spoken.cue.speech, voice: spoken.cue.voice ?? item.voice, language: item.language, rate, line: spoken.cue.line, signal, engineOptions: engineOptionsOf(item) }, { cacheDir, ...(usage ? { usage } : {}) });
            rate = faster.rate; // as the cache rounded it
            const compactFaster = (0,trim/* compactPauses */.pA)(faster.samples, faster.sampleRate, MAX_PAUSE_S);
            samples = compactFaster.samples;
            sampleRate = faster.sampleRate;
            words = faster.words && (0,word_timing/* wordsThroughCuts */.S5)(faster.words, compactFaster.cuts, sampleRate);
        }
    }
    const fitted = withinSlot(samples, sampleRate, slot);
    // A quiet tail cut off to fit the slot takes no word with it, only clamps the last one's end.
    return { start_s: line.start_s, samples: fitted, sampleRate, stretch: rate, ...(words ? { words: (0,word_timing/* shiftWords */.Uh)(words, 0, fitted.length / sampleRate) } : {}) };
}
/** A clip a few milliseconds over its slot loses that much of its quiet tail (never a word), so it needs no re-plan. */
function withinSlot(samples, sampleRate, slot) {
    const over = samples.length - Math.floor((slot + FIT_SLACK_S) * sampleRate);
    return over > 0 && over <= quietTail(samples, sampleRate) ? samples.subarray(0, samples.length - over) : samples;
}
/** Level under which the end of a clip counts as its quiet tail, dBFS RMS over 2.5 ms windows (trimSilence's threshold). */
const QUIET_DB = -45;
/** How many samples at the end of a clip lie in 2.5 ms windows quieter than −45 dBFS RMS. */
function quietTail(samples, sampleRate) {
    const size = Math.max(1, Math.round(sampleRate * 0.0025));
    const limit = 10 ** (QUIET_DB / 10) * size;
    let end = samples.length;
    while (end >= size) {
        let energy = 0;
        for (let i = end - size; i < end; i++)
            energy += samples[i] * samples[i];
        if (energy >= limit)
            break;
        end -= size;
    }
    return samples.length - end;
}
/**
 * Plan, fit every line to its slot, and plan again when a clip is still longer than its slot even at
 * max_stretch: that line goes back to the planner with its real length, so it overflows as `overflow`
 * says (shift, extend or error) instead of being cut. Lines report the stretch their clips really use.
 */
async function planAndFit(item, spoken, cacheDir, signal, plan, lines, usage) {
    const byIndex = new Map(spoken.map((s) => [s.cue.index, s]));
    const pinned = new Map(); // clips too long for their first slot, at their real length
    // A line whose slot did not change since the last round keeps its fit (a re-plan moves only a few lines).
    const fits = new Map();
    let inputs = lines;
    for (let round = 0;; round++) {
        const planned = plan(inputs);
        const clips = new Map();
        // A few lines at a time, each clip read from its cache file and left there when fitting kept it as spoken.
        const fitting = (0,p_limit/* default */.A)(Math.max(1, (0,external_node_os_.availableParallelism)()));
        await Promise.all(planned.lines.map((line) => fitting(async () => {
            const slot = line.end_s - line.start_s;
            const kept = pinned.get(line.index);
            const known = fits.get(line.index);
            const clip = kept && clipLength(kept) <= slot + FIT_SLACK_S
                ? withStart(kept, line.start_s)
                : known?.slot === slot
                    ? withStart(known.clip, line.start_s)
                    : asSpoken(await fitClip(item, byIndex.get(line.index), line, cacheDir, signal, usage), byIndex.get(line.index));
            fits.set(line.index, { slot, clip });
            clips.set(line.index, clip);
        })));
        const over = planned.lines.filter((l) => clipLength(clips.get(l.index)) > l.end_s - l.start_s + FIT_SLACK_S);
        if (over.length === 0 || round >= lines.length) {
            if (over.length > 0)
                throw new Error(`lines ${over.map((l) => l.index).join(', ')} still do not fit after re-planning`); // planner invariant
            return { plan: { ...planned, lines: planned.lines.map((l) => ({ ...l, stretch: clips.get(l.index).stretch })) }, clips };
        }
        for (const line of over)
            pinned.set(line.index, clips.get(line.index));
        // The planner plays `duration_s - compress_s` at up to max_stretch: this input makes it reserve the real length.
        inputs = inputs.map((input) => {
            const clip = pinned.get(input.index);
            return clip ? { ...input, duration_s: clipLength(clip) * item.audio.max_stretch, compressible_s: 0 } : input;
        });
    }
}
/** A fitted clip that is the spoken clip's own samples (or their start) goes back to the spoken clip's file. */
function asSpoken(fitted, spoken) {
    return fitted.stretch === 1 && isOnDisk(spoken.clip) ? onDisk(fitted, spoken.clip.file) : fitted;
}

;// CONCATENATED MODULE: ./src/backends/local/draft.ts
// The local backend's timeline model ("draft"), with the short names of the NemoVideo protocol
// (t tracks, tt track type, sg segments, d duration ms, m metadata). The local pipeline builds a
// draft from an item and renders a draft; `voiceover serve` stores and exports the same object.
/** Track types, as the protocol numbers them. */
const TRACK_VIDEO = 0;
const TRACK_AUDIO = 1;
const TRACK_TEXT = 7;
/** The segment's mid-video holds in seconds, as the render builders take them (none when absent; they check them). */
function segmentHolds(video) {
    return (video.h ?? []).map((h) => ({ at_s: h.at / 1000, d_s: h.d / 1000 }));
}

;// CONCATENATED MODULE: ./src/backends/local/build-draft.ts
// Stages 1–4 of the local pipeline: probe, parse, speak, plan, fit — as a draft (timeline) to render.











/** Gap kept between two lines, seconds. */
const MIN_GAP_S = 0.25;
const seconds = (from) => Math.round((performance.now() - from) / 10) / 100;
const build_draft_ms = (s) => Math.round(s * 1000);
/** Stage 2–3: the script parsed and every line spoken (or taken from the cache). */
async function speakScript(item, options, signal) {
    const { onProgress } = options;
    const { script } = (0,parse/* parseScript */.t)(item.script.text, {
        format: item.script.format,
        file: item.script.rel,
        lineOffset: item.script.lineOffset,
        language: item.language,
        strict: true,
        ...(item.pronunciations ? { pronunciations: item.pronunciations } : {}),
    });
    const tTts = performance.now();
    onProgress?.({ stage: 'tts', ratio: 0 });
    const usage = { characters_sent: {}, requests: 0 };
    const spoken = await speakCues(item, script.cues, options.cacheDir, {
        signal,
        onProgress,
        usage,
        onLine: (done, total) => onProgress?.({ stage: 'tts', ratio: done / total, detail: `line ${done}/${total}` }),
    });
    return { script, usage, spoken, tts: seconds(tTts) };
}
/** Build the timeline of an item: every line spoken, placed, and fitted to its slot. */
async function buildDraft(item, options) {
    const { signal, onProgress } = options;
    onProgress?.({ stage: 'probe' });
    const { input, decodable } = await openInput(item, signal);
    options.onInput?.(input);
    // The input's decode check runs while the speech is synthesised; if it fails, the synthesis stops and its error is the item's.
    const speaking = new AbortController();
    decodable.catch((error) => speaking.abort(error));
    const speechSignal = signal ? AbortSignal.any([signal, speaking.signal]) : speaking.signal;
    const said = await speakScript(item, options, speechSignal).catch(async (error) => {
        await decodable;
        throw error;
    });
    await decodable;
    const { script, usage, tts, spoken } = said;
    const tPlan = performance.now();
    onProgress?.({ stage: 'plan' });
    const facts = await videoFacts(input, baseDuration(input, spoken), !script.timed, signal);
    // Fitted clips too long for their slot even at max_stretch go back to the planner with their real length.
    const { plan, clips } = await planAndFit(item, spoken, options.cacheDir, signal, (lines) => planTimeline(lines, facts, { max_stretch: item.audio.max_stretch, overflow: item.audio.overflow, min_gap_s: MIN_GAP_S }), spoken.map((s) => ({
        // A subtitle cue's own end bounds its slot (the planner falls back to the next cue when it is missing or zero).
        index: s.cue.index, text: s.cue.text, cue_s: s.cue.cue_s, end_s: s.cue.end_s, duration_s: s.clip.duration_s, compressible_s: s.compressible_s,
        location: { file: item.script.rel, line: s.cue.line },
    })), usage);
    const byIndex = new Map(spoken.map((s) => [s.cue.index, s]));
    await (0,promises_.mkdir)(options.clipDir, { recursive: true });
    // A few clips encoded and written at a time: 720 lines' WAV buffers are never all in memory at once.
    const writing = (0,p_limit/* default */.A)(4);
    const voices = await Promise.all(plan.lines.map(async (line) => {
        const said = byIndex.get(line.index);
        const clip = clips.get(line.index);
        const src = (0,external_node_path_.join)(options.clipDir, `line-${line.index}.wav`);
        await writing(() => (0,promises_.writeFile)(src, (0,wav/* encodeWav */.H)({ samples: clip.samples, sampleRate: clip.sampleRate })));
        return {
            kind: 'voice', src, s: build_draft_ms(line.start_s), d: build_draft_ms(line.end_s - line.start_s), text: line.text, v: said.clip.voice,
            ...(said.clip.model ? { model: said.clip.model } : {}),
            index: line.index, cue_s: line.cue_s, stretch: line.stretch, overflow_ms: line.overflow_ms,
            // Word times on the timeline, as written where the written words map onto the spoken ones.
            ...(clip.words ? { w: draftWords(said.cue.text, clip.words, line.start_s, { end_s: line.end_s, language: item.language, ...(item.pronunciations ? { pronunciations: item.pronunciations } : {}) }) } : {}),
        };
    }));
    const music = item.music ? [{ kind: 'music', src: item.music.file, s: 0, d: build_draft_ms(plan.duration_s), vol: item.music.volume, name: item.music.rel }] : [];
    const v = input.probe.video;
    const size = outputSize(v && input.kind !== 'audio' ? { width: v.displayWidth, height: v.displayHeight } : undefined, item.output.resolution, item.output.aspect);
    const draft = {
        d: build_draft_ms(plan.duration_s),
        m: {
            width: size.width, height: size.height, resolution: item.output.resolution, aspect: item.output.aspect, quality: item.output.quality,
            loudness: item.audio.loudness, duck_db: item.audio.duck_db, burn: item.captions.burn, sidecar: item.captions.sidecar, language: item.language,
            captions: { words: item.captions.words, max_chars: item.captions.max_chars, max_lines: item.captions.max_lines },
        },
        t: [
            { tt: TRACK_VIDEO, sg: [{ src: input.file, k: input.kind, s: 0, d: build_draft_ms(plan.duration_s - plan.extend_s), x: build_draft_ms(plan.extend_s), ...holds(plan.holds) }] },
            { tt: TRACK_AUDIO, sg: [...voices, ...music] },
            { tt: TRACK_TEXT, sg: voices.map((l) => ({ kind: 'caption', s: l.s, d: l.d, text: l.text, ...(l.w ? { w: l.w } : {}) })) },
        ],
    };
    return { draft, input, timings: { tts, plan: seconds(tPlan) }, usage };
}
/** The video segment's mid-video holds (source ms), only when there are some (older drafts have none). */
function holds(planned) {
    return planned.length > 0 ? { h: planned.map((h) => ({ at: build_draft_ms(h.at_s), d: build_draft_ms(h.d_s) })) } : {};
}
/** How long the output lasts before planning: the input's length, or for a still image the speech's. */
function baseDuration(input, spoken) {
    if (input.kind !== 'image')
        return input.probe.duration;
    const speech = spoken.reduce((sum, s) => sum + s.clip.duration_s, 0);
    const lastCue = spoken.reduce((end, s) => Math.max(end, (s.cue.cue_s ?? 0) + s.clip.duration_s), 0);
    // Untimed: a half-second lead-in and tail with gaps between lines; timed: up to the last line.
    return Math.max(speech + MIN_GAP_S * 2 * spoken.length + 1, lastCue + 1);
}

// EXTERNAL MODULE: ./src/media/qa.ts + 2 modules
var qa = __webpack_require__(21632);
;// CONCATENATED MODULE: ./src/render/envelope.ts
// Ducking as a deterministic volume envelope computed from the plan (DESIGN step 5), not a compressor.
/** The default ramps: 150 ms attack, 300 ms release. */
const DEFAULT_DUCK_SHAPE = { attack_s: 0.15, release_s: 0.3 };
/** Merge speech spans whose ramps would touch, so the bed doesn't bob up between close lines. */
function duckSpans(lines, shape = DEFAULT_DUCK_SHAPE) {
    const sorted = [...lines].sort((a, b) => a.start_s - b.start_s);
    const spans = [];
    for (const line of sorted) {
        const last = spans[spans.length - 1];
        if (last && line.start_s - shape.attack_s <= last.end_s + shape.release_s) {
            last.end_s = Math.max(last.end_s, line.end_s);
        }
        else {
            spans.push({ start_s: line.start_s, end_s: line.end_s });
        }
    }
    return spans;
}
/** Fraction of full ducking (0..1) at time t: trapezoids around each span. */
function duckAmount(t, spans, shape = DEFAULT_DUCK_SHAPE) {
    let amount = 0;
    for (const s of spans) {
        const rise = shape.attack_s > 0 ? (t - (s.start_s - shape.attack_s)) / shape.attack_s : t >= s.start_s ? 1 : 0;
        const fall = shape.release_s > 0 ? (s.end_s + shape.release_s - t) / shape.release_s : t <= s.end_s ? 1 : 0;
        amount = Math.max(amount, Math.min(1, Math.max(0, Math.min(rise, fall))));
    }
    return amount;
}
const num = (x) => x.toFixed(4).replace(/\.?0+$/, '') || '0';
/**
 * An ffmpeg `volume` expression (linear gain, evaluated per frame with `eval=frame`) equal to
 * 10^(-duck_db·duckAmount(t)/20). Quote it with '…' inside a filter graph.
 */
function duckVolumeExpression(spans, duck_db, shape = DEFAULT_DUCK_SHAPE) {
    if (spans.length === 0 || duck_db === 0)
        return '1';
    const terms = spans.map((s) => {
        const a = Math.max(shape.attack_s, 0.001);
        const r = Math.max(shape.release_s, 0.001);
        return `min(clip((t-${num(s.start_s - a)})/${num(a)},0,1),clip((${num(s.end_s + r)}-t)/${num(r)},0,1))`;
    });
    // A balanced tree of max() keeps the expression's nesting shallow for long scripts.
    let level = terms;
    while (level.length > 1) {
        const next = [];
        for (let i = 0; i < level.length; i += 2) {
            next.push(i + 1 < level.length ? `max(${level[i]},${level[i + 1]})` : level[i]);
        }
        level = next;
    }
    return `pow(10,-${num(duck_db)}*${level[0]}/20)`;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./node_modules/@alexanderolsen/libsamplerate-js/dist/libsamplerate.js
var libsamplerate = __webpack_require__(83583);
var libsamplerate_default = /*#__PURE__*/__webpack_require__.n(libsamplerate);
// EXTERNAL MODULE: ./src/media/analyse-level.ts
var analyse_level = __webpack_require__(32242);
;// CONCATENATED MODULE: ./src/render/narration.ts
// The narration track: every planned clip laid at its start time, at the voices' own sample rate
// (ffmpeg resamples the whole track once, in the mix or, for a narration alone, in the encode; only clips of a
// different rate are converted here).





// A CommonJS (UMD) package flagged __esModule: Node's ESM loader puts its exports on `default`, while a
// bundler (ncc/webpack) honours the flag and exposes them directly (where `default` is undefined).
const narration_libsamplerate = (libsamplerate_default()) ?? libsamplerate;
const { create, ConverterType } = narration_libsamplerate;
/** The track's sample rate when there is no clip to take it from. */
const NARRATION_RATE = 48_000;
/** Common level every clip is brought to before the track is laid, LUFS (the mix then sets the final level). */
const CLIP_LEVEL_LUFS = -23;
/** Largest boost given to a quiet clip, dB (a near-silent clip is not blown up into noise). */
const MAX_CLIP_BOOST_DB = 20;
/**
 * The clip at the common speech level: voices differ by several dB (Flite's slt is ~5 dB louder than rms),
 * so each clip gets its own gain from its K-weighted gated loudness. Silence is left alone.
 */
function levelClip(clip, level = CLIP_LEVEL_LUFS) {
    const loudness = (0,analyse_level/* clipLoudness */._)(clip.samples, clip.sampleRate);
    if (!Number.isFinite(loudness))
        return clip;
    const gain = 10 ** (Math.min(MAX_CLIP_BOOST_DB, level - loudness) / 20);
    return { ...clip, samples: clip.samples.map((x) => x * gain) };
}
/** Resample mono speech to `rate` with libsamplerate (its fastest sinc converter is ample for speech). */
async function resample(samples, sampleRate, rate) {
    if (sampleRate === rate)
        return samples;
    const src = await create(1, sampleRate, rate, { converterType: ConverterType.SRC_SINC_FASTEST });
    try {
        return src.simple(samples);
    }
    finally {
        src.destroy();
    }
}
/** A 44-byte header of a mono 32-bit float WAV holding `frames` samples. */
function floatWavHeader(frames, sampleRate) {
    const header = Buffer.alloc(44);
    const dataBytes = frames * 4;
    header.write('RIFF', 0, 'ascii');
    header.writeUInt32LE(36 + dataBytes, 4);
    header.write('WAVEfmt ', 8, 'ascii');
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(3, 20); // IEEE float
    header.writeUInt16LE(1, 22); // mono
    header.writeUInt32LE(sampleRate, 24);
    header.writeUInt32LE(sampleRate * 4, 28);
    header.writeUInt16LE(4, 32);
    header.writeUInt16LE(32, 34);
    header.write('data', 36, 'ascii');
    header.writeUInt32LE(dataBytes, 40);
    return header;
}
/**
 * Write the track as a mono 32-bit float WAV at the highest rate among the clips, streaming in timeline order so a long video never
 * needs the whole track in memory. Clips must not overlap (the planner guarantees it).
 */
async function writeNarrationTrack(clips, duration_s, file) {
    await layNarrationTrack(clips.map((c) => ({ start_s: c.start_s, sampleRate: c.sampleRate, read: async () => c.samples })), duration_s, file);
}
/**
 * writeNarrationTrack from clips read one at a time as the track reaches them: a long video (720 lines)
 * holds one clip at a time, not all of them.
 */
async function layNarrationTrack(clips, duration_s, file) {
    const out = (0,external_node_fs_.createWriteStream)(file);
    const rate = clips.reduce((max, c) => Math.max(max, c.sampleRate), 0) || NARRATION_RATE;
    const total = Math.round(duration_s * rate);
    let written = 0;
    out.write(floatWavHeader(total, rate));
    const write = async (chunk) => {
        if (!out.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)))
            await (0,external_node_events_.once)(out, 'drain');
        written += chunk.length;
    };
    const silence = async (count) => {
        const block = new Float32Array(rate);
        for (let left = count; left > 0; left -= block.length)
            await write(left >= block.length ? block : block.subarray(0, left));
    };
    try {
        const sorted = [...clips].sort((a, b) => a.start_s - b.start_s);
        for (const clip of sorted) {
            const at = Math.round(clip.start_s * rate);
            if (at < written)
                throw new Error(`narration clips overlap at ${clip.start_s.toFixed(3)}s`);
            await silence(Math.min(at, total) - written);
            const pcm = await resample(await clip.read(), clip.sampleRate, rate);
            const room = total - written;
            if (room > 0)
                await write(pcm.length <= room ? pcm : pcm.subarray(0, room));
        }
        await silence(total - written);
    }
    finally {
        out.end();
        await (0,external_node_events_.once)(out, 'close');
    }
}
/** The sample rate in a WAV file's header (its `fmt ` chunk, within the first 4 kB), without reading the samples. */
async function readWavRate(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const head = Buffer.alloc(4096);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        if (bytesRead >= 12 && head.toString('ascii', 0, 4) === 'RIFF' && head.toString('ascii', 8, 12) === 'WAVE') {
            for (let at = 12; at + 16 <= bytesRead; at += 8 + head.readUInt32LE(at + 4) + (head.readUInt32LE(at + 4) % 2)) {
                if (head.toString('ascii', at, at + 4) === 'fmt ')
                    return head.readUInt32LE(at + 12);
            }
        }
        throw new Error(`${file}: no WAV format chunk in its first ${head.length} bytes`);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/render/video-args.ts
// ffmpeg arguments for the final output: copy the video stream when it already fits, else encode once (pure).

const PRESETS = {
    high: { preset: 'veryfast', crf: 20 },
    medium: { preset: 'veryfast', crf: 23 },
    draft: { preset: 'ultrafast', crf: 28 },
};
/** Decide copy or encode: copy only H.264 yuv420p at the output size with nothing visual to change. */
function decideVideo(job) {
    const v = job.probe.video;
    const source = v && job.kind !== 'audio' ? { width: v.displayWidth, height: v.displayHeight } : undefined;
    const size = outputSize(source, job.resolution, job.aspect);
    const why = (reason) => ({ copy: false, size, reason });
    if (job.kind !== 'video' || !v)
        return why(`${job.kind} input needs a video track made`);
    if (v.codec !== 'h264')
        return why(`codec ${v.codec} is not H.264`);
    if (v.pixFmt !== 'yuv420p')
        return why(`pixel format ${v.pixFmt} is not yuv420p`);
    if (v.rotation !== 0)
        return why(`rotation ${v.rotation}° must be applied`);
    if (v.width !== size.width || v.height !== size.height)
        return why(`size ${v.width}x${v.height} differs from ${size.width}x${size.height}`);
    if (job.burn)
        return why('captions are burned in');
    if (usableHolds(job.holds).length > 0)
        return why('the picture holds frames mid-video so later lines stay on their cues');
    if (job.extend_s > 0)
        return why('the last frame is held to fit the narration');
    return { copy: true, size, reason: 'H.264 yuv420p at the output size' };
}
/** Filter chain that fits the picture into the output frame (scale, pad or blurred fill). */
function fitFilter(source, size) {
    const { width: W, height: H } = size;
    if (sameAspect(source, size))
        return `scale=${W}:${H}:flags=bicubic,setsar=1`;
    if (H > W && source.width > source.height) {
        // Landscape into portrait: the picture over a blurred, cropped copy of itself.
        const bw = Math.round(W / 8) * 2;
        const bh = Math.round(H / 8) * 2;
        return (`split=2[fg][bg];[bg]scale=${bw}:${bh}:force_original_aspect_ratio=increase,crop=${bw}:${bh},boxblur=10:2,scale=${W}:${H},setsar=1[bgs];` +
            `[fg]scale=${W}:${H}:force_original_aspect_ratio=decrease,setsar=1[fgs];[bgs][fgs]overlay=(W-w)/2:(H-h)/2`);
    }
    return `scale=${W}:${H}:force_original_aspect_ratio=decrease,pad=${W}:${H}:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1`;
}
/** Escape a value for use inside a filter-graph option ('…' quoting). */
function filterQuote(value) {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "'\\''").replace(/:/g, '\\:')}'`;
}
/**
 * Burn-in with libass. SRT is laid out on a 288-line canvas scaled to the frame's height, so a
 * portrait frame needs a smaller size for the same share of the width.
 */
function burnFilter(burn, size) {
    // An ASS script (word captions) carries its own style, laid out for the output frame (captions-ass.ts).
    if (/\.ass$/i.test(burn.file))
        return `subtitles=${filterQuote(burn.file)}:fontsdir=${filterQuote(burn.fontsDir)}`;
    const portrait = size.height > size.width;
    const style = `FontName=DejaVu Sans,FontSize=${portrait ? 10 : 16},Outline=1.5,Shadow=0,MarginV=${portrait ? 40 : 20}`;
    return `subtitles=${filterQuote(burn.file)}:fontsdir=${filterQuote(burn.fontsDir)}:force_style=${filterQuote(style)}`;
}
const secs = (x) => x.toFixed(3);
/**
 * Holds as the builders use them: ascending, those at the same point merged, and any that is not
 * finite, starts before 0 or lasts no time left out (a draft can come from outside: `voiceover serve`).
 */
function usableHolds(holds) {
    const valid = (holds ?? []).filter((h) => Number.isFinite(h?.at_s) && Number.isFinite(h?.d_s) && h.at_s >= 0 && h.d_s > 0);
    const merged = [];
    for (const hold of [...valid].sort((a, b) => a.at_s - b.at_s)) {
        const last = merged[merged.length - 1];
        if (last && secs(last.at_s) === secs(hold.at_s))
            last.d_s += hold.d_s;
        else
            merged.push({ at_s: hold.at_s, d_s: hold.d_s });
    }
    return merged;
}
/**
 * A filter graph from `input` to `[output]` that freezes the picture at each hold (source time) for
 * its length: the stream split at the hold points (trim), each part but the last padded with clones of
 * its last frame (tpad), the parts joined (concat). Source time t ≥ a hold's point then shows at
 * t + the holds up to it. With the frame rate known, the holds are rounded to whole frames on their
 * running sum, so many holds never drift by more than half a frame.
 */
function holdFilter(input, given, fps, output) {
    const holds = usableHolds(given);
    const n = holds.length + 1;
    const split = Array.from({ length: n }, (_, k) => `[hold${k}]`);
    const parts = [`${input}split=${n}${split.join('')}`];
    let sum = 0;
    let padded = 0;
    holds.forEach((hold, k) => {
        sum += hold.d_s;
        const upTo = fps && fps > 0 ? Math.round(sum * fps) / fps : sum;
        const from = k > 0 ? `start=${secs(holds[k - 1].at_s)}:` : '';
        // tpad before setpts: older ffmpeg (the 2018 static build) pads a part that doesn't start at 0 by
        // the end-of-stream time trim reports, which setpts does not shift.
        parts.push(`[hold${k}]trim=${from}end=${secs(hold.at_s)},tpad=stop_mode=clone:stop_duration=${(upTo - padded).toFixed(6)},setpts=PTS-STARTPTS[held${k}]`);
        padded = upTo;
    });
    const last = holds[holds.length - 1];
    parts.push(`[hold${n - 1}]${last ? `trim=start=${secs(last.at_s)},` : ''}setpts=PTS-STARTPTS[held${n - 1}]`);
    parts.push(`${Array.from({ length: n }, (_, k) => `[held${k}]`).join('')}concat=n=${n}:v=1:a=0[${output}]`);
    return parts.join(';');
}
/** Input arguments for the picture source of the job. */
function inputArgs(job, size) {
    if (job.kind === 'image')
        return ['-f', 'image2', '-loop', '1', '-framerate', '30', '-t', job.duration_s.toFixed(3), '-i', job.input];
    if (job.kind === 'audio') {
        const colour = job.background ?? '0x1b1f2a';
        return ['-f', 'lavfi', '-i', `color=c=${colour}:s=${size.width}x${size.height}:r=30:d=${job.duration_s.toFixed(3)}`];
    }
    return ['-i', job.input];
}
/** The complete ffmpeg argument list for the final output, and the decision behind it. */
function videoArgs(job) {
    const decision = decideVideo(job);
    const { size } = decision;
    const args = ['-y', ...inputArgs(job, size), '-i', job.audio];
    if (decision.copy) {
        args.push('-map', '0:v:0', '-map', '1:a:0', '-c:v', 'copy');
    }
    else {
        const v = job.probe.video;
        const source = v && job.kind === 'video' ? { width: v.displayWidth, height: v.displayHeight } : v && job.kind === 'image' ? { width: v.width, height: v.height } : size;
        const holds = job.kind === 'video' ? usableHolds(job.holds) : [];
        const head = holds.length > 0 ? `${holdFilter('[0:v]', holds, v?.fps, 'held')};[held]` : '[0:v]';
        const chain = [fitFilter(source, size)];
        if (job.burn)
            chain.push(burnFilter(job.burn, size));
        if (job.extend_s > 0)
            chain.push(`tpad=stop_mode=clone:stop_duration=${job.extend_s.toFixed(3)}`);
        chain.push('format=yuv420p');
        const { preset, crf } = PRESETS[job.quality];
        args.push('-filter_complex', `${head}${chain.join(',')}[v]`, '-map', '[v]', '-map', '1:a:0');
        args.push('-c:v', 'libx264', '-preset', preset, '-crf', String(crf), '-profile:v', 'high', '-pix_fmt', 'yuv420p');
    }
    // A mono narration becomes stereo at −3 dB per channel here, as the mix pass's aformat would make it (both use swresample's default matrix).
    if (job.audioGain_db)
        args.push('-af', `volume=${job.audioGain_db.toFixed(4)}dB`);
    args.push('-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '192k', '-ar', '48000', '-ac', '2');
    args.push('-t', job.duration_s.toFixed(3), '-movflags', '+faststart', '-f', 'mp4', job.output);
    return { args, decision };
}

;// CONCATENATED MODULE: ./src/render/audio-args.ts
// ffmpeg arguments for the audio stages: the ducked mix, and the loudness pass (pure).


const STEREO = 'aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo';
/** Split the signal: `[out]` goes to the file, `[pcm]` to stdout for the JS loudness meter (see measuredOutputs). */
const MEASURE = 'asplit=2[out][pcm]';
/** Outputs of a measured pass: `[out]` to `file` and `[pcm]` to stdout, both float WAV (stdout for the JS meter, read as ffmpeg writes it). */
function measuredOutputs(file, duration) {
    const t = duration ? ['-t', duration] : [];
    return ['-map', '[out]', ...t, '-c:a', 'pcm_f32le', '-f', 'wav', file, '-map', '[pcm]', ...t, '-c:a', 'pcm_f32le', '-f', 'wav', 'pipe:1'];
}
const audio_args_secs = (x) => x.toFixed(3);
/**
 * Chains from `[input]` (48 kHz audio) to `[output]` with silence inserted at each hold (source time)
 * for its length: split at the hold points (atrim, sample-exact), each part but the last padded with
 * silence (apad), the parts joined (concat). Source time t ≥ a hold's point then plays at t + the
 * holds up to it, as the picture does.
 */
function audioHoldChains(input, given, output) {
    const holds = usableHolds(given);
    const n = holds.length + 1;
    const chains = [`${input}asplit=${n}${Array.from({ length: n }, (_, k) => `[ahold${k}]`).join('')}`];
    let padded = 0;
    let sum = 0;
    holds.forEach((hold, k) => {
        sum += hold.d_s;
        const upTo = Math.round(sum * 48000); // samples, rounded on the running sum
        const from = k > 0 ? `start=${audio_args_secs(holds[k - 1].at_s)}:` : '';
        chains.push(`[ahold${k}]atrim=${from}end=${audio_args_secs(hold.at_s)},apad=pad_len=${upTo - padded},asetpts=PTS-STARTPTS[aheld${k}]`);
        padded = upTo;
    });
    const last = holds[holds.length - 1];
    chains.push(`[ahold${n - 1}]${last ? `atrim=start=${audio_args_secs(last.at_s)},` : ''}asetpts=PTS-STARTPTS[aheld${n - 1}]`);
    chains.push(`${Array.from({ length: n }, (_, k) => `[aheld${k}]`).join('')}concat=n=${n}:v=0:a=1[${output}]`);
    return chains;
}
/** Arguments for the mix: original ducked, narration, looped music ducked and faded; float WAV out,
 * and the same samples on stdout to be measured on the way.
 * The caller writes `graph` to `graphFile` (scripts keep long envelopes off the command line). */
function mixArgs(job, graphFile) {
    const args = ['-y'];
    const chains = [];
    const labels = [];
    const d = audio_args_secs(job.duration_s);
    let index = 0;
    if (job.original) {
        args.push('-i', job.original.file);
        const holds = usableHolds(job.original.holds);
        // By its timestamps: the original plays where the picture has it (see timedResample), and the duck's t is that time.
        let source = `[${index}:a:0]${(0,media_args/* timedResample */.ji)(48000)},${STEREO},`;
        if (holds.length > 0) {
            chains.push(`[${index}:a:0]${(0,media_args/* timedResample */.ji)(48000)},${STEREO}[orig_in]`, ...audioHoldChains('[orig_in]', holds, 'orig_held'));
            source = '[orig_held]';
        }
        chains.push(`${source}apad,atrim=0:${d},volume=${job.original.gain.toFixed(5)},volume='${job.duckExpression}':eval=frame[orig]`);
        labels.push('[orig]');
        index++;
    }
    args.push('-i', job.narration.file);
    chains.push(`[${index}:a:0]${STEREO},apad,atrim=0:${d},volume=${job.narration.gain.toFixed(5)}[narr]`);
    labels.push('[narr]');
    index++;
    if (job.music) {
        args.push('-stream_loop', '-1', '-i', job.music.file);
        const fade = Math.min(job.music.fadeOut_s, job.duration_s / 2);
        chains.push(`[${index}:a:0]aresample=48000,${STEREO},atrim=0:${d},asetpts=N/SR/TB,volume=${job.music.gain.toFixed(5)},volume='${job.duckExpression}':eval=frame,` +
            `afade=t=out:st=${audio_args_secs(job.duration_s - fade)}:d=${audio_args_secs(fade)}[music]`);
        labels.push('[music]');
        index++;
    }
    if (labels.length === 1) {
        chains.push(`${labels[0]}anull[mix]`);
    }
    else {
        // amix divides each input by the input count (old builds lack normalize=0): undo it.
        chains.push(`${labels.join('')}amix=inputs=${labels.length}:duration=longest:dropout_transition=0,volume=${labels.length}[mix]`);
    }
    chains.push(`[mix]${MEASURE}`);
    const graph = chains.join(';\n');
    args.push('-filter_complex_script', graphFile, ...measuredOutputs(job.output, d));
    return { args, graph };
}
/** Arguments for the loudness pass: a measured gain, then a limiter below the true-peak ceiling (48 kHz stereo);
 * float WAV out, and the same samples on stdout to be measured on the way. */
function masterArgs(input, output, gain_db, limit_db) {
    const limit = Math.min(1, Math.max(0.0625, 10 ** (limit_db / 20)));
    // To 48 kHz stereo first: the input may be the mono narration itself (narrationAsMix), and the limiter works on what is delivered.
    const filter = `[0:a:0]aresample=48000,${STEREO},volume=${gain_db.toFixed(3)}dB,alimiter=limit=${limit.toFixed(5)}:attack=5:release=50:level=0,${MEASURE}`;
    return ['-y', '-i', input, '-filter_complex', filter, ...measuredOutputs(output)];
}

;// CONCATENATED MODULE: ./src/render/master-audio.ts
// Mix and master the soundtrack: ducked original + narration + music, then measured gain and a limiter.









/** How much lower a mono track's true peak is once ffmpeg turns it into stereo (swresample puts it on both channels at −3 dB, M_SQRT1_2, so the loudness stays). */
const MONO_TO_STEREO_DB = 20 * Math.log10(Math.SQRT1_2);
/**
 * The mix of a narration with nothing under it (no original sound, no music): the narration file
 * itself and the gain that brings it to the target, with no mix pass. `speech` is the narration's
 * loudness with its true peak, measured as ffmpeg resamples it to 48 kHz (measureLoudness), so the
 * figures are the mix pass's own: the loudness plus the gain, and the true peak plus the gain less
 * the 3 dB of the mono-to-stereo step.
 */
function narrationAsMix(file, speech, target) {
    const pending_db = Number.isFinite(speech.integrated_lufs) ? target.integrated - speech.integrated_lufs : 0;
    return {
        file,
        pending_db,
        loudness: { integrated_lufs: speech.integrated_lufs + pending_db, true_peak_dbtp: speech.true_peak_dbtp + pending_db + MONO_TO_STEREO_DB, lra: speech.lra },
    };
}
/** Render the ducked mix to a float WAV in `workDir`, measuring it (loudness and true peak) in the same pass. */
async function renderMix(job, workDir, signal) {
    const output = (0,external_node_path_.join)(workDir, 'mix.wav');
    const graphFile = (0,external_node_path_.join)(workDir, 'mix.filtergraph');
    const { args, graph } = mixArgs({ ...job, output }, graphFile);
    await (0,promises_.writeFile)(graphFile, graph);
    return { file: output, loudness: await measuredRun(args, output, true, signal) };
}
/** Run a pass whose second output is the float WAV on stdout (audio-args measuredOutputs), measured as it comes. */
async function measuredRun(args, file, truePeak, signal) {
    let meter;
    const reader = (0,pcm_stream/* createWavReader */.Uy)((f) => (meter = (0,loudness_meter/* createLoudnessMeter */.h)({ sampleRate: f.sampleRate, channels: f.channels, weights: (0,loudness_meter/* channelWeights */.b)(f.channelMask, f.channels), truePeak })), (samples) => meter.push(samples));
    await (0,run/* runFfmpeg */.L)(args, { signal, onStdoutData: (chunk) => reader.push(chunk) });
    if (!meter)
        throw new errors/* VoiceoverError */.pF('FFMPEG_FAILED', { detail: `no audio was measured for ${file}` });
    return meter.finish();
}
/** Whether the mix as it is can be the master: within a fifth of the tolerance of the target, and its true peak at or under the limiter's ceiling (truePeak - 1). */
function mixIsMaster(loudness, target) {
    if (!Number.isFinite(loudness.integrated_lufs))
        return loudness.true_peak_dbtp <= target.truePeak - 1;
    return Math.abs(target.integrated - loudness.integrated_lufs) <= target.tolerance / 5 && loudness.true_peak_dbtp <= target.truePeak - 1;
}
/**
 * Apply gain + limiter to the mix until the result's integrated loudness is within a fifth of
 * the tolerance of the target and its true peak under the ceiling (the limiter shaves loudness,
 * so the gain is corrected by what was measured; at most four passes, each measured as it runs).
 * A mix that already is all that (a narration laid at the target whose peaks stay under the limiter's
 * ceiling, the usual screencast) is the master itself: no pass, and no limiter delay.
 */
async function masterMix(mix, workDir, target, signal, start) {
    const measured = mix.loudness;
    if (!start && mixIsMaster(measured, target)) {
        return { file: mix.file, loudness: measured, gain_db: 0, limit_db: target.truePeak - 1, passes: 0, ...(mix.pending_db ? { pending_db: mix.pending_db } : {}) };
    }
    const state = start ?? {
        gain_db: Number.isFinite(measured.integrated_lufs) ? target.integrated - measured.integrated_lufs : 0,
        limit_db: target.truePeak - 1,
    };
    const output = (0,external_node_path_.join)(workDir, 'master.wav');
    let loudness = measured;
    let passes = 0;
    while (passes < 4) {
        loudness = await measuredRun(masterArgs(mix.file, output, state.gain_db + (mix.pending_db ?? 0), state.limit_db), output, true, signal);
        passes++;
        if (!Number.isFinite(loudness.integrated_lufs))
            break; // silence: nothing to correct
        const error = target.integrated - loudness.integrated_lufs;
        const peakOver = loudness.true_peak_dbtp - (target.truePeak - 0.3);
        if (Math.abs(error) <= target.tolerance / 5 && peakOver <= 0)
            break;
        state.gain_db += error;
        if (peakOver > 0)
            state.limit_db -= peakOver;
    }
    return { file: output, loudness, gain_db: state.gain_db, limit_db: state.limit_db, passes };
}
/** Arguments to swap an MP4's soundtrack: the video stream copied as it is, the new audio encoded as the first render did. */
function remuxArgs(video, audio, output, duration_s) {
    return [
        '-y', '-i', (0,media_args/* fileUrl */.iw)(video), '-i', (0,media_args/* fileUrl */.iw)(audio), '-map', '0:v:0', '-map', '1:a:0', '-c:v', 'copy',
        // The same AAC settings as the first render (video-args.ts).
        '-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '192k', '-ar', '48000', '-ac', '2',
        '-t', duration_s.toFixed(3), '-movflags', '+faststart', '-f', 'mp4', output,
    ];
}
/**
 * Replace the soundtrack of a rendered MP4 without encoding its video again: remux into `workDir`,
 * then move the result over `output` (copied when the two are on different file systems). Returns
 * the loudness of the new file as encoded.
 */
async function replaceAudio(output, audio, 
// measure: how the new file is measured (default measureLoudness), e.g. the delivered-file QA pass that also gives loudness.
options) {
    const temporary = (0,external_node_path_.join)(options.workDir, 'remux.mp4');
    try {
        await (0,run/* runFfmpeg */.L)(remuxArgs(output, audio, temporary, options.duration_s), { signal: options.signal });
        const loudness = await (options.measure ?? ((file) => measureLoudness(file, { signal: options.signal })))(temporary);
        await (0,promises_.rename)(temporary, output).catch(async (error) => {
            if (error.code !== 'EXDEV')
                throw error;
            await (0,promises_.copyFile)(temporary, output);
        });
        return loudness;
    }
    finally {
        await (0,promises_.rm)(temporary, { force: true });
    }
}
/** Throw OUTPUT_INVALID unless the delivered loudness is within the tolerance and under the true-peak ceiling (silence passes). */
function checkLoudness(loudness, target, file) {
    if (!Number.isFinite(loudness.integrated_lufs))
        return;
    const off = loudness.integrated_lufs - target.integrated;
    const problems = [];
    if (Math.abs(off) > target.tolerance) {
        problems.push(`integrated loudness ${loudness.integrated_lufs.toFixed(2)} LUFS is ${Math.abs(off).toFixed(2)} LU off the ${target.integrated} LUFS target (allowed ±${target.tolerance})`);
    }
    if (loudness.true_peak_dbtp > target.truePeak) {
        problems.push(`true peak ${loudness.true_peak_dbtp.toFixed(2)} dBTP is above the ${target.truePeak} dBTP ceiling`);
    }
    if (problems.length > 0)
        throw new errors/* VoiceoverError */.pF('OUTPUT_INVALID', { file, detail: `after loudness correction, ${problems.join('; ')}` });
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/render/render-video.ts
// Run the final mux/encode of a timeline: one ffmpeg call, progress from its -progress output.




let fontsDir;
/** The DejaVu fonts shipped by the dejavu-fonts-ttf package, so burn-in never depends on the system's fonts. */
function bundledFontsDir() {
    // The action's bundle has no node_modules: it copies the fonts and names the folder.
    fontsDir ??= process.env['VOICEOVER_FONTS_DIR'] || (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_module_.createRequire)(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    return fontsDir;
}
/** Render the output MP4 (copying the video stream when it fits) and say how it was made. */
async function renderVideo(job) {
    const { settings } = job;
    const { args, decision } = videoArgs({
        input: job.input.file,
        kind: job.input.kind,
        probe: job.input.probe,
        audio: job.audio,
        audioGain_db: job.audioGain_db,
        output: job.output,
        duration_s: job.duration_s,
        extend_s: job.extend_s,
        holds: job.holds,
        resolution: settings.resolution,
        aspect: settings.aspect,
        quality: settings.quality,
        burn: job.burn ? { file: job.burn.file, fontsDir: bundledFontsDir() } : undefined,
    });
    await (0,run/* runFfmpeg */.L)(args, {
        signal: job.signal,
        duration_s: job.duration_s,
        onProgress: job.onProgress ? (p) => job.onProgress?.(Math.min(1, p.out_time_s / job.duration_s)) : undefined,
    });
    return decision;
}

// EXTERNAL MODULE: ./src/render/caption-layout.ts + 2 modules
var caption_layout = __webpack_require__(63057);
// EXTERNAL MODULE: ./src/render/captions.ts
var captions = __webpack_require__(2249);
// EXTERNAL MODULE: ./node_modules/ass-compiler/dist/esm/ass-compiler.js
var ass_compiler = __webpack_require__(60626);
;// CONCATENATED MODULE: ./src/render/captions-ass.ts
// Word-highlight captions to burn in: an ASS script with karaoke tags (`{\k<cs>}` per word), laid
// out like every caption (caption-layout.ts) and written by ass-compiler's stringify.


/** Colour of a word once it is said (ASS &HAABBGGRR): yellow. Words not yet said are white. */
const KARAOKE_HIGHLIGHT = '&H0000FFFF';
const UNSAID = '&H00FFFFFF';
/** The font every burned caption uses (dejavu-fonts-ttf, found through the filter's fontsdir). */
const CAPTION_FONT = 'DejaVu Sans';
// DejaVu Sans averages about 0.6 em a character over running text.
const EM_PER_CHAR = 0.6;
/** Centiseconds, the unit of ASS times and of `\k`. */
const cs = (s) => Math.round(s * 100);
/** Style sizes for a frame: the same share of the height as the plain burn (16/288, portrait 10/288), never wider than max_chars allows. */
function karaokeStyle(size, layout) {
    const portrait = size.height > size.width;
    const byHeight = (size.height * (portrait ? 10 : 16)) / 288;
    const byWidth = (size.width * 0.9) / (layout.max_chars * EM_PER_CHAR);
    const fontSize = Math.max(8, Math.min(Math.round(byHeight), Math.floor(byWidth)));
    return {
        fontSize,
        outline: Math.round(((fontSize * 1.5) / 16) * 10) / 10,
        marginV: Math.round((size.height * (portrait ? 40 : 20)) / 288),
        marginH: Math.round(size.width * 0.04),
    };
}
/**
 * The karaoke segments of a cue: an empty lead-in syllable up to the first word when it starts
 * later than the cue, then one syllable per word lasting until the next word starts (the last until
 * the cue ends), so the `\k` durations add up to the cue's length exactly, in centiseconds.
 */
function karaokeSegments(cue) {
    const words = cue.lines.flatMap((line, r) => line.map((w, i) => ({ w, lead: i === 0 ? (r > 0 ? '\\N' : '') : w.space ? ' ' : '' })));
    const begin = cs(cue.start_s);
    const end = Math.max(begin, cs(cue.end_s));
    let floor = begin;
    const starts = words.map(({ w }) => (floor = Math.min(end, Math.max(floor, cs(w.start_s)))));
    const segments = [];
    if (starts.length > 0 && starts[0] > begin)
        segments.push({ tags: [{ k: starts[0] - begin }], text: '', drawing: [] });
    words.forEach(({ w, lead }, i) => {
        const next = i + 1 < starts.length ? starts[i + 1] : end;
        segments.push({ tags: [{ k: next - starts[i] }], text: lead + escapeAss(w.text), drawing: [] });
    });
    return segments;
}
/** An ASS script (PlayRes = the output frame) whose dialogue lights each word up as it is said. */
function karaokeAss(lines, size, layout = caption_layout/* DEFAULT_CAPTION_LAYOUT */.cQ) {
    const style = karaokeStyle(size, layout);
    const script = {
        info: {
            Title: 'voiceover captions',
            ScriptType: 'v4.00+',
            WrapStyle: '0',
            PlayResX: String(size.width),
            PlayResY: String(size.height),
            ScaledBorderAndShadow: 'yes',
            Collisions: 'Normal',
        },
        styles: {
            format: ['Name', 'Fontname', 'Fontsize', 'PrimaryColour', 'SecondaryColour', 'OutlineColour', 'BackColour', 'Bold', 'Italic', 'Underline', 'StrikeOut', 'ScaleX', 'ScaleY', 'Spacing', 'Angle', 'BorderStyle', 'Outline', 'Shadow', 'Alignment', 'MarginL', 'MarginR', 'MarginV', 'Encoding'],
            style: [
                {
                    Name: 'Default', Fontname: CAPTION_FONT, Fontsize: String(style.fontSize), PrimaryColour: KARAOKE_HIGHLIGHT, SecondaryColour: UNSAID,
                    OutlineColour: '&H00000000', BackColour: '&H80000000', Bold: '0', Italic: '0', Underline: '0', StrikeOut: '0', ScaleX: '100', ScaleY: '100',
                    Spacing: '0', Angle: '0', BorderStyle: '1', Outline: String(style.outline), Shadow: '0', Alignment: '2',
                    MarginL: String(style.marginH), MarginR: String(style.marginH), MarginV: String(style.marginV), Encoding: '1',
                },
            ],
        },
        events: {
            format: ['Layer', 'Start', 'End', 'Style', 'Name', 'MarginL', 'MarginR', 'MarginV', 'Effect', 'Text'],
            comment: [],
            dialogue: (0,caption_layout/* layoutCaptions */.cV)(lines, layout).map((cue) => ({
                Layer: 0, Start: cs(cue.start_s) / 100, End: Math.max(cs(cue.start_s), cs(cue.end_s)) / 100, Style: 'Default', Name: '',
                MarginL: 0, MarginR: 0, MarginV: 0, Text: { raw: '', combined: '', parsed: karaokeSegments(cue) },
            })),
        },
    };
    return (0,ass_compiler/* stringify */.As)(script);
}
/**
 * Text as ASS shows it literally: braces would open an override block, so they become parentheses;
 * a backslash gets a word joiner after it so `\N`, `\n`, `\h` are never formed.
 */
function escapeAss(text) {
    return text.replace(/\{/g, '(').replace(/\}/g, ')').replace(/\\/g, '\\\u2060');
}

;// CONCATENATED MODULE: ./src/backends/local/draft-captions.ts
// The caption files of a draft: sidecars laid out by the draft's caption settings, and the file to
// burn in (SRT for plain captions, an ASS karaoke script for word captions).





/** The caption track's lines in output seconds, with their word times when the draft carries them. */
function draftCaptionLines(texts) {
    return texts
        .filter((t) => t.kind === 'caption')
        .map((t) => ({
        text: t.text,
        start_s: t.s / 1000,
        end_s: (t.s + t.d) / 1000,
        ...(t.w && t.w.length > 0 ? { words: t.w.map((w) => ({ text: w.t, start_s: w.s / 1000, end_s: w.e / 1000, ...(w.est ? { estimated: true } : {}) })) } : {}),
    }));
}
/** The draft's caption settings; an older or foreign draft (voiceover serve) without them, or out of range, gets the defaults. */
function draftCaptionOptions(meta) {
    const given = meta.captions;
    const int = (x, lo, hi, fallback) => (Number.isInteger(x) && x >= lo && x <= hi ? x : fallback);
    return {
        words: given?.words === true,
        max_chars: int(given?.max_chars, 10, 200, caption_layout/* DEFAULT_CAPTION_LAYOUT */.cQ.max_chars),
        max_lines: int(given?.max_lines, 1, 3, caption_layout/* DEFAULT_CAPTION_LAYOUT */.cQ.max_lines),
    };
}
/** Write the sidecars asked for, and the burn-in file when the draft burns captions; returns that file. */
async function writeDraftCaptions(draft, texts, sidecars, workDir) {
    const lines = draftCaptionLines(texts);
    const options = draftCaptionOptions(draft.m);
    for (const [format, file] of Object.entries(sidecars)) {
        if (file)
            await (0,promises_.writeFile)(file, (0,captions/* captionText */.qh)(lines, format, options));
    }
    if (!draft.m.burn || lines.length === 0)
        return undefined;
    if (options.words) {
        const file = (0,external_node_path_.join)(workDir, 'burn.ass');
        await (0,promises_.writeFile)(file, karaokeAss(lines, { width: draft.m.width, height: draft.m.height }, options));
        return { file };
    }
    const file = (0,external_node_path_.join)(workDir, 'burn.srt');
    await (0,promises_.writeFile)(file, (0,captions/* captionText */.qh)(lines, 'srt', options));
    return { file };
}

;// CONCATENATED MODULE: ./src/backends/local/render-draft.ts
// Stages 5–6 of the local pipeline: render a draft (timeline) to a mastered MP4 and its captions.












/** The segments of a draft by kind. */
function draftParts(draft) {
    const track = (tt) => draft.t.find((t) => t.tt === tt);
    const video = track(TRACK_VIDEO)?.sg[0];
    if (!video)
        throw new Error('draft has no video track');
    const audio = (track(TRACK_AUDIO)?.sg ?? []);
    return {
        video,
        voices: audio.filter((s) => s.kind === 'voice').sort((a, b) => a.s - b.s),
        music: audio.find((s) => s.kind === 'music'),
        texts: (track(TRACK_TEXT)?.sg ?? []),
    };
}
/** Render a draft: narration laid from its clips, ducked mix, mastered loudness, one video pass, verified loudness. */
async function renderDraft(draft, options) {
    const { signal, workDir } = options;
    const report = options.onProgress ?? (() => undefined);
    const { video, voices, music, texts } = draftParts(draft);
    const duration_s = draft.d / 1000;
    const input = options.input ?? (await probeInput(video.src, signal));
    const target = { integrated: draft.m.loudness, truePeak: -1, tolerance: 0.5 };
    report({ stage: 'mix' });
    const narration = (0,external_node_path_.join)(workDir, 'narration.wav');
    // With nothing under the narration (a silent screencast, no music) the narration is the mix: measured
    // with its true peak, it needs no mix pass of its own (narrationAsMix).
    const alone = !input.probe.audio && !music;
    // ffmpeg measures the original's and the music's levels while the narration track is laid.
    const [bed, musicLevel, speech] = await Promise.all([
        options.inputLevel ?? (input.probe.audio ? measureLoudness(input.file, { signal, truePeak: false }) : undefined),
        music ? measureLoudness(music.src, { signal, truePeak: false }) : undefined,
        layNarration(voices, duration_s, narration).then(() => measureLoudness(narration, { signal, truePeak: alone })),
    ]);
    const mix = alone ? narrationAsMix(narration, speech, target) : await renderMix({
        duration_s,
        original: bed ? { file: input.file, gain: bedGain(bed, target), holds: segmentHolds(video) } : undefined,
        narration: { file: narration, gain: Number.isFinite(speech.integrated_lufs) ? 10 ** ((target.integrated - speech.integrated_lufs) / 20) : 1 },
        music: music && musicLevel ? { file: music.src, gain: levelGain(musicLevel, target) * music.vol, fadeOut_s: 3 } : undefined,
        duckExpression: duckVolumeExpression(duckSpans(voices.map((v) => ({ start_s: v.s / 1000, end_s: (v.s + v.d) / 1000 }))), draft.m.duck_db),
    }, workDir, signal);
    const master = await masterMix(mix, workDir, target, signal);
    const burn = await writeDraftCaptions(draft, texts, options.captions, workDir);
    report({ stage: 'render', ratio: 0 });
    const job = {
        input, audio: master.file, audioGain_db: master.pending_db, output: options.output, duration_s, extend_s: video.x / 1000, holds: segmentHolds(video),
        settings: { resolution: draft.m.resolution, aspect: draft.m.aspect, quality: draft.m.quality }, burn, signal,
        onProgress: (ratio) => report({ stage: 'render', ratio }),
    };
    const decision = await renderVideo(job);
    report({ stage: 'verify' });
    // One decode of the output's audio gives its loudness and the QA figures (onsets, true peak, clipping).
    const planned = voices.map((v) => ({ start_s: v.s / 1000, end_s: (v.s + v.d) / 1000 }));
    let measured;
    const measure = async (file) => (measured = await (0,qa/* measureDelivered */.to)(file, planned, { signal })).loudness;
    let loudness = await measure(options.output);
    if (!withinTarget(loudness, target)) {
        // AAC shifts loudness and peaks a little: correct once from the encoded measurement, swapping
        // only the soundtrack (the video stream is copied from the rendered file: it is encoded once).
        const corrected = await masterMix(mix, workDir, target, signal, {
            gain_db: master.gain_db + (target.integrated - loudness.integrated_lufs),
            limit_db: master.limit_db - Math.max(0, loudness.true_peak_dbtp - (target.truePeak - 0.2)),
        });
        loudness = await replaceAudio(options.output, corrected.file, { workDir, duration_s, signal, measure });
        checkLoudness(loudness, target, options.output);
    }
    return {
        duration_s: Math.round(duration_s * 1000) / 1000,
        loudness: { integrated_lufs: round2(loudness.integrated_lufs), true_peak_dbtp: round2(loudness.true_peak_dbtp) },
        qa: measured.qa,
        video: { copied: decision.copy, reason: decision.reason },
    };
}
// Without a probed input (the server's exports, whose uploads were checked by content): classify by streams.
async function probeInput(file, signal) {
    const probe = await (0,media_probe/* probeMedia */.PE)(file, { signal });
    return { file, kind: (0,media_probe/* classifyInput */.pS)(probe), probe };
}
async function layNarration(voices, duration_s, file) {
    // Clip by clip as the track reaches it (a 2-hour video's 720 clips are never all in memory), each at one
    // speech level first: lines in different voices sound equally loud.
    const clips = [];
    for (const v of voices) {
        clips.push({
            start_s: v.s / 1000,
            sampleRate: await readWavRate(v.src),
            read: async () => levelClip({ start_s: v.s / 1000, ...(0,wav/* decodeWav */.h)(new Uint8Array(await (0,promises_.readFile)(v.src))) }).samples,
        });
    }
    await layNarrationTrack(clips, duration_s, file);
}
/** Keep the original's own level, but never louder than 4 LU under the voice. */
function bedGain(bed, target) {
    const ceiling = target.integrated - 4;
    return Number.isFinite(bed.integrated_lufs) && bed.integrated_lufs > ceiling ? 10 ** ((ceiling - bed.integrated_lufs) / 20) : 1;
}
/** Gain that brings a measured level to the target (1 for silence). */
function levelGain(level, target) {
    return Number.isFinite(level.integrated_lufs) ? 10 ** ((target.integrated - level.integrated_lufs) / 20) : 1;
}
function withinTarget(l, t) {
    if (!Number.isFinite(l.integrated_lufs))
        return true;
    return Math.abs(l.integrated_lufs - t.integrated) <= t.tolerance * 0.6 && l.true_peak_dbtp <= t.truePeak;
}
const round2 = (x) => Math.round(x * 100) / 100;

;// CONCATENATED MODULE: ./src/backends/local/local-backend.ts
// The local backend: an item becomes a draft (speech placed on a timeline), the draft an MP4.





/** The local backend instance. */
function createLocalBackend() {
    return { name: 'local', process: processItem };
}
const local_backend_seconds = (from) => Math.round((performance.now() - from) / 10) / 100;
async function processItem(item, ctx) {
    const t0 = performance.now();
    // ffmpeg measures the original's level while the speech is synthesised (Flite runs in this thread).
    let inputLevel;
    const { draft, input, timings, usage } = await buildDraft(item, {
        clipDir: (0,external_node_path_.join)(ctx.workDir, 'clips'),
        cacheDir: ctx.cacheDir,
        signal: ctx.signal,
        onProgress: ctx.onProgress,
        onInput: (probed) => {
            inputLevel = probed.probe.audio ? measureLoudness(probed.file, { signal: ctx.signal, truePeak: false }) : Promise.resolve(undefined);
            inputLevel.catch(() => undefined); // awaited by renderDraft; a failure surfaces there
        },
    });
    const tRender = performance.now();
    const rendered = await renderDraft(draft, {
        output: ctx.output,
        captions: ctx.captions,
        workDir: ctx.workDir,
        signal: ctx.signal,
        onProgress: ctx.onProgress,
        input,
        inputLevel,
    });
    ctx.onProgress?.({ stage: 'done', ratio: 1 });
    return {
        duration_s: rendered.duration_s,
        timings_s: { ...timings, render: local_backend_seconds(tRender), total: local_backend_seconds(t0) },
        loudness: rendered.loudness,
        qa: rendered.qa,
        lines: draftParts(draft).voices.map((v) => ({
            index: v.index, text: v.text, cue_s: v.cue_s, start_s: v.s / 1000, end_s: (v.s + v.d) / 1000, stretch: v.stretch, overflow_ms: v.overflow_ms,
            voice: v.v, ...(v.model ? { model: v.model } : {}), ...(v.w ? { words: reportWords(v.w) } : {}),
        })),
        captions: Object.values(ctx.captions).filter((f) => Boolean(f)),
        video: rendered.video,
        ...(Object.keys(usage.characters_sent).length > 0 ? { tts: usage } : {}),
    };
}


/***/ }),

/***/ 50020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ ffmpegCapabilities)
/* harmony export */ });
/* unused harmony exports parseFilterList, parseEncoderList */
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84072);
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
        (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runFfmpeg */ .L)(['-version'], { binary: ffmpegPath }),
        (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runFfmpeg */ .L)(['-filters'], { binary: ffmpegPath }),
        (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runFfmpeg */ .L)(['-encoders'], { binary: ffmpegPath }),
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


/***/ })

};
