export const id = 131;
export const ids = [131];
export const modules = {

/***/ 25131:
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/script/parse.ts + 22 modules
var parse = __webpack_require__(36420);
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
function slotEnd(lines, i, videoEndMs, gapMs) {
    const next = nextCueEnd(lines, i, videoEndMs, gapMs);
    const { cue_s, end_s } = lines[i];
    if (cue_s === null || end_s === null || end_s === undefined)
        return next;
    const ownMs = roundMs(end_s);
    return ownMs > roundMs(cue_s) && ownMs < next.endMs ? { endMs: ownMs, last: next.last } : next;
}
/** The next timed cue minus the gap, else the video's end. */
function nextCueEnd(lines, i, videoEndMs, gapMs) {
    for (let j = i + 1; j < lines.length; j++) {
        const cue = lines[j]?.cue_s;
        if (cue !== null && cue !== undefined)
            return { endMs: roundMs(cue) - gapMs, last: false };
    }
    return { endMs: videoEndMs, last: true };
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
    lines.forEach((input, i) => {
        const after = prevEndMs === null ? 0 : prevEndMs + gapMs;
        const cueMs = input.cue_s === null ? after - heldMs : roundMs(input.cue_s);
        const startMs = Math.max(cueMs + heldMs, after);
        const slot = slotEnd(lines, i, videoEndMs, gapMs);
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
function within(times, t, tolerance) {
    return times.some((x) => Math.abs(x - t) <= tolerance);
}
/** Fraction of [t, t + length] that lies in silences of the original audio. */
function quietFraction(t, lengthMs, silences) {
    if (lengthMs <= 0)
        return 0;
    let quiet = 0;
    for (const s of silences)
        quiet += Math.max(0, Math.min(t + lengthMs, s.endMs) - Math.max(t, s.startMs));
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
    const silenceStarts = q.silences.map((s) => s.startMs);
    // Only a start ON a cut earns the cut bonus (a position 60 ms before a cut must move onto it);
    // a cut and a silence start that close count as one place.
    const atCut = within(q.cutsMs, t, EXACT_MS);
    const atSilenceStart = within(silenceStarts, t, atCut ? SAME_PLACE_MS : EXACT_MS);
    return (1 -
        Math.abs(t - naturalMs) / REACH_MS +
        (atCut ? CUT_BONUS : 0) +
        (atSilenceStart ? SILENCE_START_BONUS : 0) +
        QUIET_WEIGHT * quietFraction(t, q.lengthMs, q.silences));
}
/** Best start in [lo, hi]: the natural position, or a cut / silence start within reach of it. Deterministic. */
function pickStart(q) {
    const natural = Math.min(q.hiMs, Math.max(q.loMs, Math.round(q.naturalMs)));
    const from = Math.max(q.loMs, natural - REACH_MS);
    const to = Math.min(q.hiMs, natural + REACH_MS);
    const candidates = [natural, ...q.cutsMs, ...q.silences.map((s) => s.startMs)].filter((t) => t >= from && t <= to);
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

// EXTERNAL MODULE: ./src/media/probe.ts + 2 modules
var media_probe = __webpack_require__(47169);
;// CONCATENATED MODULE: ./src/backends/local/inputs.ts
// Stage 1 of the local pipeline: probe the input, check it decodes, and learn what the planner needs.



/** Scene score (0..1) above which a frame counts as a cut when placing untimed text. */
const SCENE_THRESHOLD = 0.015;
/** Probe the item's input file; corrupt, truncated or unsupported files fail here. */
async function openInput(item, signal) {
    if (item.video.kind === 'url') {
        throw new errors/* VoiceoverError */.pF('INPUT_UNSUPPORTED', { file: item.video.url, detail: 'the local backend reads files from the repository, not URLs' }, { hint: 'commit the video and give its path in `video:`, or use the nemo backend for `url:` videos', location: { line: item.line } });
    }
    const file = item.video.path;
    const { probe, kind } = await (0,media_probe/* probeInput */.x9)(file, { signal });
    await (0,media_probe/* verifyDecodable */.z8)(file, probe, { signal });
    return { file, kind, probe };
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
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/tts/registry.ts
var registry = __webpack_require__(53210);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(34664);
;// CONCATENATED MODULE: ./src/tts/trim.ts
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
/** Remove leading and trailing silence, keeping EDGE_MARGIN_S of it; all-silent input gives an empty array. */
function trimSilence(samples, sampleRate, options = {}) {
    const { voiced, size } = analyse(samples, sampleRate, options);
    const first = voiced.indexOf(true);
    if (first < 0)
        return new Float32Array(0);
    const last = voiced.lastIndexOf(true);
    const margin = Math.round(EDGE_MARGIN_S * sampleRate);
    const start = Math.max(0, first * size - margin);
    const end = Math.min(samples.length, (last + 1) * size + margin);
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
/** Shorten every internal pause longer than maxPause_s to maxPause_s (cutting its middle). */
function compactPauses(samples, sampleRate, maxPause_s, options = {}) {
    checkMaxPause(maxPause_s);
    const keep = Math.round(maxPause_s * sampleRate);
    const pieces = [];
    let from = 0;
    let removed = 0;
    for (const pause of findPauses(samples, sampleRate, options)) {
        const length = pause.end - pause.start;
        if (length <= keep)
            continue;
        const cutStart = pause.start + Math.floor(keep / 2);
        const cutEnd = pause.end - (keep - Math.floor(keep / 2));
        pieces.push(samples.subarray(from, cutStart));
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
    return { samples: out, saved_s: removed / sampleRate };
}

;// CONCATENATED MODULE: ./src/tts/synthesize.ts
// Stage 3 for one line: speak it with its voice's engine, trim the edges, keep it in a content-addressed cache.








/** Bump when trimming or the stored format changes, so older cache entries are not reused. */
const CLIP_FORMAT = 'voiceover-clip-1';
/** The cache key of a clip: sha256 over everything that changes its audio. */
function clipCacheKey(parts) {
    const fields = [CLIP_FORMAT, parts.engine, parts.version, parts.voice, parts.rate.toFixed(3), parts.text];
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
    const key = clipCacheKey({ engine: engine.id, version, voice, rate, text });
    const file = (0,external_node_path_.resolve)(options.cacheDir, `${key}.wav`);
    const model = await engine.describeModel?.(voice);
    const clip = ({ samples, sampleRate }, cached) => {
        const duration_s = samples.length / sampleRate;
        return { file, samples, sampleRate, duration_s, rate, voice, engine: engine.id, ...(model ? { model } : {}), cached };
    };
    const hit = await readCached(file);
    if (hit)
        return clip(hit, true);
    const availability = await engine.availability();
    if (!availability.ok) {
        throw new errors/* VoiceoverError */.pF('TTS_UNAVAILABLE', {
            detail: `voice "${voice}" needs ${engine.id}: ${availability.reason}`,
            hint: `install it: ${availability.install}`,
        });
    }
    let speech;
    try {
        speech = await engine.synthesize({ text, voice, rate, ...(signal ? { signal } : {}) });
    }
    catch (error) {
        (0,progress/* throwIfAborted */.T)(signal);
        if (error instanceof errors/* VoiceoverError */.pF)
            throw error;
        throw failed(error instanceof Error ? error.message : String(error), error);
    }
    (0,progress/* throwIfAborted */.T)(signal);
    const samples = trimSilence(speech.samples, speech.sampleRate);
    if (samples.length === 0)
        throw failed('the engine produced no audible speech');
    const bytes = (0,wav/* encodeWav */.H)({ samples, sampleRate: speech.sampleRate });
    await writeAtomically(file, bytes);
    // Return what was stored (16-bit), so a later cache hit gives the very same samples.
    return clip((0,wav/* decodeWav */.h)(bytes), false);
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

;// CONCATENATED MODULE: ./src/backends/local/speech.ts
// Stage 3 of the local pipeline: speak every cue, then refit the lines the planner sped up.





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
    const limit = (0,p_limit/* default */.A)(Math.max(1, (0,external_node_os_.availableParallelism)()));
    let done = 0;
    let failed = false;
    const speak = async (cue) => {
        if (failed)
            throw NOT_STARTED;
        try {
            const clip = await synthesizeClip({ text: cue.speech, voice: cue.voice ?? item.voice, language: item.language, rate: 1, line: cue.line, signal: options.signal }, { cacheDir });
            options.onLine?.(++done, cues.length);
            return { cue, clip, compressible_s: removablePause_s(clip.samples, clip.sampleRate, MAX_PAUSE_S) };
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
async function fitClip(item, spoken, line, cacheDir, signal) {
    const slot = line.end_s - line.start_s;
    const maxRate = item.audio.max_stretch;
    let { samples, sampleRate } = spoken.clip;
    let rate = 1;
    samples = withinSlot(samples, sampleRate, slot);
    if (lengthOf(samples, sampleRate) > slot + FIT_SLACK_S) {
        samples = compactPauses(samples, sampleRate, MAX_PAUSE_S).samples;
        // Engines honour a rate only roughly: aim again from what came out, at most three times.
        for (let attempt = 0; attempt < 3 && lengthOf(samples, sampleRate) > slot + FIT_SLACK_S && rate < maxRate; attempt++) {
            // Three decimals, rounded down: the cache keeps rates to 3 decimals, and rounding up could pass max_stretch.
            rate = Math.floor(Math.min(maxRate, rate * (lengthOf(samples, sampleRate) / slot) * 1.01) * 1000) / 1000;
            const faster = await synthesizeClip({ text: spoken.cue.speech, voice: spoken.cue.voice ?? item.voice, language: item.language, rate, line: spoken.cue.line, signal }, { cacheDir });
            rate = faster.rate; // as the cache rounded it
            samples = compactPauses(faster.samples, faster.sampleRate, MAX_PAUSE_S).samples;
            sampleRate = faster.sampleRate;
        }
    }
    return { start_s: line.start_s, samples: withinSlot(samples, sampleRate, slot), sampleRate, stretch: rate };
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
async function planAndFit(item, spoken, cacheDir, signal, plan, lines) {
    const byIndex = new Map(spoken.map((s) => [s.cue.index, s]));
    const pinned = new Map(); // clips too long for their first slot, at their real length
    let inputs = lines;
    for (let round = 0;; round++) {
        const planned = plan(inputs);
        const clips = new Map();
        await Promise.all(planned.lines.map(async (line) => {
            const slot = line.end_s - line.start_s;
            const kept = pinned.get(line.index);
            const clip = kept && lengthOf(kept.samples, kept.sampleRate) <= slot + FIT_SLACK_S
                ? { ...kept, start_s: line.start_s }
                : await fitClip(item, byIndex.get(line.index), line, cacheDir, signal);
            clips.set(line.index, clip);
        }));
        const over = planned.lines.filter((l) => lengthOf(clips.get(l.index).samples, clips.get(l.index).sampleRate) > l.end_s - l.start_s + FIT_SLACK_S);
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
            return clip ? { ...input, duration_s: lengthOf(clip.samples, clip.sampleRate) * item.audio.max_stretch, compressible_s: 0 } : input;
        });
    }
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
const ms = (s) => Math.round(s * 1000);
/** Build the timeline of an item: every line spoken, placed, and fitted to its slot. */
async function buildDraft(item, options) {
    const { signal, onProgress } = options;
    onProgress?.({ stage: 'probe' });
    const input = await openInput(item, signal);
    options.onInput?.(input);
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
    const spoken = await speakCues(item, script.cues, options.cacheDir, {
        signal,
        onProgress,
        onLine: (done, total) => onProgress?.({ stage: 'tts', ratio: done / total, detail: `line ${done}/${total}` }),
    });
    const tts = seconds(tTts);
    const tPlan = performance.now();
    onProgress?.({ stage: 'plan' });
    const facts = await videoFacts(input, baseDuration(input, spoken), !script.timed, signal);
    // Fitted clips too long for their slot even at max_stretch go back to the planner with their real length.
    const { plan, clips } = await planAndFit(item, spoken, options.cacheDir, signal, (lines) => planTimeline(lines, facts, { max_stretch: item.audio.max_stretch, overflow: item.audio.overflow, min_gap_s: MIN_GAP_S }), spoken.map((s) => ({
        // A subtitle cue's own end bounds its slot (the planner falls back to the next cue when it is missing or zero).
        index: s.cue.index, text: s.cue.text, cue_s: s.cue.cue_s, end_s: s.cue.end_s, duration_s: s.clip.duration_s, compressible_s: s.compressible_s,
        location: { file: item.script.rel, line: s.cue.line },
    })));
    const byIndex = new Map(spoken.map((s) => [s.cue.index, s]));
    await (0,promises_.mkdir)(options.clipDir, { recursive: true });
    const voices = await Promise.all(plan.lines.map(async (line) => {
        const said = byIndex.get(line.index);
        const clip = clips.get(line.index);
        const src = (0,external_node_path_.join)(options.clipDir, `line-${line.index}.wav`);
        await (0,promises_.writeFile)(src, (0,wav/* encodeWav */.H)({ samples: clip.samples, sampleRate: clip.sampleRate }));
        return {
            kind: 'voice', src, s: ms(line.start_s), d: ms(line.end_s - line.start_s), text: line.text, v: said.clip.voice,
            ...(said.clip.model ? { model: said.clip.model } : {}),
            index: line.index, cue_s: line.cue_s, stretch: line.stretch, overflow_ms: line.overflow_ms,
        };
    }));
    const music = item.music ? [{ kind: 'music', src: item.music.file, s: 0, d: ms(plan.duration_s), vol: item.music.volume, name: item.music.rel }] : [];
    const v = input.probe.video;
    const size = outputSize(v && input.kind !== 'audio' ? { width: v.displayWidth, height: v.displayHeight } : undefined, item.output.resolution, item.output.aspect);
    const draft = {
        d: ms(plan.duration_s),
        m: {
            width: size.width, height: size.height, resolution: item.output.resolution, aspect: item.output.aspect, quality: item.output.quality,
            loudness: item.audio.loudness, duck_db: item.audio.duck_db, burn: item.captions.burn, sidecar: item.captions.sidecar, language: item.language,
        },
        t: [
            { tt: TRACK_VIDEO, sg: [{ src: input.file, k: input.kind, s: 0, d: ms(plan.duration_s - plan.extend_s), x: ms(plan.extend_s), ...holds(plan.holds) }] },
            { tt: TRACK_AUDIO, sg: [...voices, ...music] },
            { tt: TRACK_TEXT, sg: voices.map((l) => ({ kind: 'caption', s: l.s, d: l.d, text: l.text })) },
        ],
    };
    return { draft, input, timings: { tts, plan: seconds(tPlan) } };
}
/** The video segment's mid-video holds (source ms), only when there are some (older drafts have none). */
function holds(planned) {
    return planned.length > 0 ? { h: planned.map((h) => ({ at: ms(h.at_s), d: ms(h.d_s) })) } : {};
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
// EXTERNAL MODULE: ./src/render/captions.ts
var captions = __webpack_require__(2249);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./node_modules/@alexanderolsen/libsamplerate-js/dist/libsamplerate.js
var libsamplerate = __webpack_require__(83583);
var libsamplerate_default = /*#__PURE__*/__webpack_require__.n(libsamplerate);
;// CONCATENATED MODULE: ./src/media/analyse-level.ts
// Loudness of a short mono clip measured in JS on its samples (ITU-R BS.1770 K-weighting and gating),
// so each speech clip can be brought to a common level without running ffmpeg per line.
// The K-weighting pre-filter (high shelf) and RLB high-pass for any sample rate, derived from
// their analogue prototypes as libebur128 does (ebur128.c, ebur128_init_filter).
function kWeighting(sampleRate) {
    let f0 = 1681.974450955533;
    const G = 3.999843853973347;
    let Q = 0.7071752369554196;
    let K = Math.tan((Math.PI * f0) / sampleRate);
    const Vh = 10 ** (G / 20);
    const Vb = Vh ** 0.4996667741545416;
    let a0 = 1 + K / Q + K * K;
    const shelf = [
        (Vh + (Vb * K) / Q + K * K) / a0,
        (2 * (K * K - Vh)) / a0,
        (Vh - (Vb * K) / Q + K * K) / a0,
        (2 * (K * K - 1)) / a0,
        (1 - K / Q + K * K) / a0,
    ];
    f0 = 38.13547087602444;
    Q = 0.5003270373238773;
    K = Math.tan((Math.PI * f0) / sampleRate);
    a0 = 1 + K / Q + K * K;
    const highPass = [1, -2, 1, (2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0];
    return [shelf, highPass];
}
function filter(input, [b0, b1, b2, a1, a2]) {
    const out = new Float64Array(input.length);
    let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    for (let i = 0; i < input.length; i++) {
        const x = input[i];
        const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        out[i] = y;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
    }
    return out;
}
const toLufs = (meanSquare) => -0.691 + 10 * Math.log10(meanSquare);
/**
 * Integrated loudness of mono samples, LUFS (BS.1770: 400 ms blocks, 75 % overlap, −70 LUFS absolute
 * and −10 LU relative gates). A clip shorter than one block is measured as one block. -Infinity for silence.
 */
function clipLoudness(samples, sampleRate) {
    if (samples.length === 0)
        return -Infinity;
    const [shelf, highPass] = kWeighting(sampleRate);
    const weighted = filter(Float32Array.from(filter(samples, shelf)), highPass);
    const block = Math.min(weighted.length, Math.round(0.4 * sampleRate));
    const step = Math.max(1, Math.round(block / 4));
    // Running sums of squares make every block O(1).
    const cumulative = new Float64Array(weighted.length + 1);
    for (let i = 0; i < weighted.length; i++)
        cumulative[i + 1] = cumulative[i] + weighted[i] * weighted[i];
    const blocks = [];
    for (let start = 0; start + block <= weighted.length; start += step) {
        blocks.push((cumulative[start + block] - cumulative[start]) / block);
    }
    const gated = (threshold) => blocks.filter((z) => toLufs(z) > threshold);
    const absolute = gated(-70);
    if (absolute.length === 0)
        return -Infinity;
    const relative = toLufs(absolute.reduce((s, z) => s + z, 0) / absolute.length) - 10;
    const kept = gated(Math.max(-70, relative));
    return toLufs(kept.reduce((s, z) => s + z, 0) / kept.length);
}

;// CONCATENATED MODULE: ./src/render/narration.ts
// The narration track: every planned clip laid at its start time, at the voices' own sample rate
// (ffmpeg resamples the whole track once in the mix; only clips of a different rate are converted here).




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
    const loudness = clipLoudness(clip.samples, clip.sampleRate);
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
            const pcm = await resample(clip.samples, clip.sampleRate, rate);
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
    args.push('-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '192k', '-ar', '48000', '-ac', '2');
    args.push('-t', job.duration_s.toFixed(3), '-movflags', '+faststart', '-f', 'mp4', job.output);
    return { args, decision };
}

;// CONCATENATED MODULE: ./src/render/audio-args.ts
// ffmpeg arguments for the audio stages: the ducked mix, and the loudness pass (pure).

const STEREO = 'aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo';
/** Split the signal: `[out]` goes to the file, the copy through ebur128 (its summary lands on stderr). */
const measure = (truePeak) => `asplit=2[out][measure];[measure]ebur128=${truePeak ? 'peak=true:' : ''}framelog=verbose,anullsink`;
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
 * measured on the way (ebur128 summary on stderr).
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
        let source = `[${index}:a:0]aresample=48000,${STEREO},`;
        if (holds.length > 0) {
            chains.push(`[${index}:a:0]aresample=48000,${STEREO}[orig_in]`, ...audioHoldChains('[orig_in]', holds, 'orig_held'));
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
    chains.push(`[mix]${measure(false)}`);
    const graph = chains.join(';\n');
    args.push('-filter_complex_script', graphFile, '-map', '[out]', '-t', d, '-c:a', 'pcm_f32le', '-f', 'wav', job.output);
    return { args, graph };
}
/** Arguments for the loudness pass: a measured gain, then a limiter below the true-peak ceiling,
 * measured on the way (ebur128 summary on stderr). */
function masterArgs(input, output, gain_db, limit_db) {
    const limit = Math.min(1, Math.max(0.0625, 10 ** (limit_db / 20)));
    const filter = `[0:a:0]volume=${gain_db.toFixed(3)}dB,alimiter=limit=${limit.toFixed(5)}:attack=5:release=50:level=0,aresample=48000,${STEREO},${measure(true)}`;
    return ['-y', '-i', input, '-filter_complex', filter, '-map', '[out]', '-c:a', 'pcm_f32le', '-f', 'wav', output];
}

;// CONCATENATED MODULE: ./src/render/master-audio.ts
// Mix and master the soundtrack: ducked original + narration + music, then measured gain and a limiter.








/** Render the ducked mix to a float WAV in `workDir`, measuring it in the same pass. */
async function renderMix(job, workDir, signal) {
    const output = (0,external_node_path_.join)(workDir, 'mix.wav');
    const graphFile = (0,external_node_path_.join)(workDir, 'mix.filtergraph');
    const { args, graph } = mixArgs({ ...job, output }, graphFile);
    await (0,promises_.writeFile)(graphFile, graph);
    return { file: output, loudness: summary(await (0,run/* runFfmpeg */.L)(args, { signal, captureStderr: 'full' }), output) };
}
function summary(result, file) {
    const loudness = (0,analyse_parse/* parseEbur128Summary */.f)(result.stderr);
    if (!loudness)
        throw new errors/* VoiceoverError */.pF('FFMPEG_FAILED', { detail: `ebur128 printed no summary for ${file}` });
    return loudness;
}
/**
 * Apply gain + limiter to the mix until the result's integrated loudness is within a fifth of
 * the tolerance of the target and its true peak under the ceiling (the limiter shaves loudness,
 * so the gain is corrected by what was measured; at most four passes, each measured as it runs).
 */
async function masterMix(mix, workDir, target, signal, start) {
    const measured = mix.loudness;
    const state = start ?? {
        gain_db: Number.isFinite(measured.integrated_lufs) ? target.integrated - measured.integrated_lufs : 0,
        limit_db: target.truePeak - 1,
    };
    const output = (0,external_node_path_.join)(workDir, 'master.wav');
    let loudness = measured;
    let passes = 0;
    while (passes < 4) {
        loudness = summary(await (0,run/* runFfmpeg */.L)(masterArgs(mix.file, output, state.gain_db, state.limit_db), { signal, captureStderr: 'full' }), output);
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
    // ffmpeg measures the original's and the music's levels while the narration track is laid.
    const [bed, musicLevel, speech] = await Promise.all([
        options.inputLevel ?? (input.probe.audio ? measureLoudness(input.file, { signal, truePeak: false }) : undefined),
        music ? measureLoudness(music.src, { signal, truePeak: false }) : undefined,
        layNarration(voices, duration_s, narration).then(() => measureLoudness(narration, { signal, truePeak: false })),
    ]);
    const mix = await renderMix({
        duration_s,
        original: bed ? { file: input.file, gain: bedGain(bed, target), holds: segmentHolds(video) } : undefined,
        narration: { file: narration, gain: Number.isFinite(speech.integrated_lufs) ? 10 ** ((target.integrated - speech.integrated_lufs) / 20) : 1 },
        music: music && musicLevel ? { file: music.src, gain: levelGain(musicLevel, target) * music.vol, fadeOut_s: 3 } : undefined,
        duckExpression: duckVolumeExpression(duckSpans(voices.map((v) => ({ start_s: v.s / 1000, end_s: (v.s + v.d) / 1000 }))), draft.m.duck_db),
    }, workDir, signal);
    const master = await masterMix(mix, workDir, target, signal);
    const captionLines = texts.filter((t) => t.kind === 'caption').map((t) => ({ text: t.text, start_s: t.s / 1000, end_s: (t.s + t.d) / 1000 }));
    for (const [format, file] of Object.entries(options.captions)) {
        if (file)
            await (0,promises_.writeFile)(file, (0,captions/* captionText */.q)(captionLines, format));
    }
    let burn;
    if (draft.m.burn && captionLines.length > 0) {
        burn = { file: (0,external_node_path_.join)(workDir, 'burn.srt') };
        await (0,promises_.writeFile)(burn.file, (0,captions/* captionText */.q)(captionLines, 'srt'));
    }
    report({ stage: 'render', ratio: 0 });
    const job = {
        input, audio: master.file, output: options.output, duration_s, extend_s: video.x / 1000, holds: segmentHolds(video),
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
    const clips = await Promise.all(
    // Each clip at one speech level first: lines in different voices sound equally loud.
    voices.map(async (v) => levelClip({ start_s: v.s / 1000, ...(0,wav/* decodeWav */.h)(new Uint8Array(await (0,promises_.readFile)(v.src))) })));
    await writeNarrationTrack(clips, duration_s, file);
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
    const { draft, input, timings } = await buildDraft(item, {
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
            voice: v.v, ...(v.model ? { model: v.model } : {}),
        })),
        captions: Object.values(ctx.captions).filter((f) => Boolean(f)),
        video: rendered.video,
    };
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

/***/ 21632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  to: () => (/* binding */ measureDelivered)
});

// UNUSED EXPORTS: LINE_OFF_MS, qaArgs, qaFigures

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/media/args.ts
var args = __webpack_require__(82139);
// EXTERNAL MODULE: ./src/media/analyse-parse.ts
var analyse_parse = __webpack_require__(54535);
;// CONCATENATED MODULE: ./src/media/qa-pcm.ts
// A streaming meter of decoded float PCM: clipped samples and a 1 ms energy envelope, in one pass
// over chunks as ffmpeg writes them (memory grows with the duration by one number per millisecond).
/** Length of one envelope bin, seconds. */
const BIN_S = 0.001;
/**
 * A sample at or above this magnitude counts as clipped: full scale less one 16-bit step, so a
 * decoded AAC overshoot that would clip when played as 16-bit PCM is counted.
 */
const CLIP_LEVEL = 1 - 2 ** -15;
/**
 * Corner of the high-pass the envelope is taken through, Hz: speech onsets (plosives, fricatives) sit
 * above it while most of a ducked bed's energy (room tone, hum, music's low end) sits below.
 */
const ENVELOPE_HIGH_PASS_HZ = 1000;
// A second-order Butterworth high-pass (RBJ cookbook): b0 b1 b2 a1 a2, a0 = 1.
function highPass(sampleRate, hz) {
    const w = (2 * Math.PI * hz) / sampleRate;
    const alpha = Math.sin(w) / Math.SQRT2;
    const cos = Math.cos(w);
    const a0 = 1 + alpha;
    return [(1 + cos) / 2 / a0, -(1 + cos) / a0, (1 + cos) / 2 / a0, (-2 * cos) / a0, (1 - alpha) / a0];
}
/** A meter that takes f32le interleaved PCM in chunks of any size (a sample may be split between chunks). */
function createPcmMeter(sampleRate, channels) {
    const perBin = Math.max(1, Math.round(sampleRate * BIN_S));
    const [b0, b1, b2, a1, a2] = highPass(sampleRate, ENVELOPE_HIGH_PASS_HZ);
    // Filter state per channel: x[n-1], x[n-2], y[n-1], y[n-2].
    const state = new Float64Array(4 * channels);
    let bins = new Float64Array(1024);
    let binCount = 0;
    let binSum = 0;
    let inBin = 0;
    let frames = 0;
    let channel = 0;
    let clipped = 0;
    let carry = new Uint8Array(0);
    const addBin = (value) => {
        if (binCount === bins.length) {
            const grown = new Float64Array(bins.length * 2);
            grown.set(bins);
            bins = grown;
        }
        bins[binCount++] = value;
    };
    return {
        push(chunk) {
            let data = chunk;
            if (carry.length > 0) {
                data = new Uint8Array(carry.length + chunk.length);
                data.set(carry);
                data.set(chunk, carry.length);
            }
            const whole = data.length - (data.length % 4);
            // A copy when the chunk's offset is not 4-aligned (Float32Array needs it).
            const aligned = data.byteOffset % 4 === 0 ? data : data.slice(0, whole);
            const samples = new Float32Array(aligned.buffer, aligned.byteOffset, whole / 4);
            for (let i = 0; i < samples.length; i++) {
                const x = samples[i];
                if (x >= CLIP_LEVEL || x <= -CLIP_LEVEL)
                    clipped++;
                const at = 4 * channel;
                const y = b0 * x + b1 * state[at] + b2 * state[at + 1] - a1 * state[at + 2] - a2 * state[at + 3];
                state[at + 1] = state[at];
                state[at] = x;
                state[at + 3] = state[at + 2];
                state[at + 2] = Math.abs(y) < 1e-20 ? 0 : y; // no denormals in the silence between lines
                binSum += y * y;
                if (++channel === channels) {
                    channel = 0;
                    frames++;
                    if (++inBin === perBin) {
                        addBin(binSum / (perBin * channels));
                        binSum = 0;
                        inBin = 0;
                    }
                }
            }
            carry = data.slice(whole);
        },
        finish() {
            if (inBin > 0)
                addBin(binSum / (inBin * channels));
            return { sampleRate, channels, frames, clipped, bins: bins.slice(0, binCount) };
        },
    };
}

;// CONCATENATED MODULE: ./src/media/qa-onsets.ts
// Where each narrated line starts in delivered audio: a pure search of a 1 ms energy envelope near the
// time the plan put the line at (the output's start_s), so a shifted, late or missing line shows.
const WINDOW_BINS = 10; // the level of bin k is the mean over [k-5, k+5): a 10 ms window centred on it
const SUSTAIN_BINS = 30; // an onset starts ≥ 30 ms at least half above the threshold (not a click)
const BACKTRACK_BINS = 50; // the rise is followed back at most 50 ms from where it crossed the threshold
const QUIET_CAP_BINS = 400; // a quiet run before an onset counts up to 400 ms
const DISTANCE_WEIGHT = 0.5; // each ms away from the planned start costs half a ms of quiet
const SILENT_DB = -120;
const toDb = (meanSquare) => (meanSquare > 1e-12 ? 10 * Math.log10(meanSquare) : SILENT_DB);
function percentile(values, p) {
    const sorted = Float64Array.from(values).sort();
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
/** The envelope as levels in dB: a centred 10 ms window per 1 ms bin. */
function windowLevels(bins) {
    const sums = new Float64Array(bins.length + 1);
    for (let i = 0; i < bins.length; i++)
        sums[i + 1] = sums[i] + bins[i];
    const levels = new Float64Array(bins.length);
    const half = WINDOW_BINS / 2;
    for (let k = 0; k < bins.length; k++) {
        const from = Math.max(0, k - half);
        const to = Math.min(bins.length, k + half);
        levels[k] = toDb((sums[to] - sums[from]) / (to - from));
    }
    return levels;
}
/**
 * The measured start of each line (seconds, output time), or null where no onset is found near it.
 * A line's level is its 90th percentile over its planned span; sound has started where the level rises
 * through max(level − below_db, the search window's 10th percentile + 6 dB) — the second term keeps a
 * ducked original's bed under the threshold. Of the rises within ±search_s of the planned start that stay
 * up for 50 ms, the one after the longest quiet (counted up to 400 ms) wins, less half a ms per ms away
 * from the plan; then the first 1 ms bin over the threshold is the onset.
 * `bins`: mean squares per 1 ms (see createPcmMeter).
 */
function lineOnsets(bins, lines, options = {}) {
    const search = Math.round((options.search_s ?? 0.5) * 1000);
    const below = options.below_db ?? 40;
    const levels = windowLevels(bins);
    const n = levels.length;
    return lines.map((line) => {
        const at = Math.round(line.start_s * 1000);
        const end = Math.min(n, Math.max(Math.round(line.end_s * 1000), at + SUSTAIN_BINS));
        if (at >= n || end <= at)
            return null;
        const speech = percentile(levels.subarray(at, end), 0.9);
        if (speech <= SILENT_DB + 1)
            return null;
        const lo = Math.max(0, at - search);
        const hi = Math.min(n, at + search);
        // The floor: the window's quiet part (a ducked bed), or for digital silence 60 dB under the speech (AAC's pre-echo stays under it).
        const floor = Math.max(percentile(levels.subarray(lo, hi), 0.1), speech - 60);
        const threshold = Math.max(speech - below, floor + 4);
        let best;
        for (let k = lo; k < hi; k++) {
            if (levels[k] < threshold || (k > 0 && levels[k - 1] >= threshold))
                continue;
            const sustainEnd = Math.min(n, k + SUSTAIN_BINS);
            let up = 0;
            for (let j = k; j < sustainEnd; j++)
                if (levels[j] >= threshold)
                    up++;
            if (up < 0.5 * SUSTAIN_BINS)
                continue;
            let quiet = 0;
            for (let j = k - 1; j >= 0 && levels[j] < threshold && quiet < QUIET_CAP_BINS; j--)
                quiet++;
            if (k - quiet === 0)
                quiet = QUIET_CAP_BINS; // quiet back to the start of the file
            const score = quiet - DISTANCE_WEIGHT * Math.abs(k - at);
            if (!best || score > best.score)
                best = { k, score };
        }
        if (!best)
            return null;
        // Back from the crossing to where the rise left the floor (1 ms bins): a soft onset starts before it crosses.
        let onset = Math.min(n - 1, best.k + WINDOW_BINS / 2);
        const stop = Math.max(0, best.k - BACKTRACK_BINS);
        while (onset > stop && toDb(bins[onset - 1]) > floor + 2)
            onset--;
        return onset / 1000;
    });
}

// EXTERNAL MODULE: ./src/media/run.ts + 1 modules
var run = __webpack_require__(84072);
;// CONCATENATED MODULE: ./src/media/qa.ts
// QA of a delivered file, measured on the file itself in ONE decode of its audio: ebur128 (integrated
// loudness, true peak) on one branch, float PCM piped to a JS meter (clipped samples, line onsets) on the other.






/**
 * A line is off when its measured onset is further than this from the plan, ms: a little over one
 * frame at 25–30 fps, and inside the ±45 ms where a lip-sync error starts to be noticed (ITU-R BT.1359).
 */
const LINE_OFF_MS = 40;
/** The rate and layout the audio is decoded to for the JS meter. */
const PCM_RATE = 48_000;
const PCM_CHANNELS = 2;
/** The ffmpeg arguments of the pass: audio stream `map` split to ebur128 (summary on stderr) and to f32le on stdout. */
function qaArgs(file, map = '0:a:0') {
    const graph = `[${map}]asplit=2[pcm][meter];[meter]ebur128=peak=true:framelog=verbose,anullsink;` +
        // Presentation time: an audio stream starting late is padded from 0 (first_pts), gaps filled.
        `[pcm]aresample=${PCM_RATE}:async=1:first_pts=0,aformat=sample_fmts=flt:sample_rates=${PCM_RATE}:channel_layouts=stereo[out]`;
    return ['-i', (0,args/* fileUrl */.iw)(file), '-filter_complex', graph, '-map', '[out]', '-f', 'f32le', 'pipe:1'];
}
const round2 = (x) => Math.round(x * 100) / 100;
const finiteOrNull = (x) => (Number.isFinite(x) ? round2(x) : null);
/** The QA figures from planned line starts (output time, seconds), their measured onsets, loudness and clipping. */
function qaFigures(planned, onsets, loudness, clipped) {
    const errors = planned.flatMap((line, i) => {
        const onset = onsets[i];
        return onset === null || onset === undefined ? [] : [(onset - line.start_s) * 1000];
    });
    const worst = errors.reduce((w, e) => (Math.abs(e) > Math.abs(w) ? e : w), 0);
    const missing = planned.length - errors.length;
    return {
        onset_error_ms: errors.length ? { max: Math.round(worst), mean: Math.round(errors.reduce((s, e) => s + e, 0) / errors.length) } : null,
        lines_off: planned.length ? missing + errors.filter((e) => Math.abs(e) > LINE_OFF_MS).length : null,
        integrated_lufs: finiteOrNull(loudness.integrated_lufs),
        true_peak_dbtp: finiteOrNull(loudness.true_peak_dbtp),
        clipped_samples: clipped,
    };
}
/**
 * Measure a delivered file: loudness and true peak (ebur128, the figures measureLoudness gives), clipped
 * samples and where each line starts, from one decode of its audio. `lines`: the planned line times
 * (output time); empty when unknown (then no onset figures).
 */
async function measureDelivered(file, lines, options = {}) {
    const meter = createPcmMeter(PCM_RATE, PCM_CHANNELS);
    const { stderr } = await (0,run/* runFfmpeg */.L)(qaArgs(file, options.map), { signal: options.signal, captureStderr: 'full', onStdoutData: (chunk) => meter.push(chunk) });
    const loudness = (0,analyse_parse/* parseEbur128Summary */.f)(stderr);
    if (!loudness)
        throw new errors/* VoiceoverError */.pF('FFMPEG_FAILED', { detail: `ebur128 printed no summary for ${file}` });
    const pcm = meter.finish();
    const onsets = lines.length ? lineOnsets(pcm.bins, lines) : [];
    return { loudness, qa: qaFigures(lines, onsets, loudness, pcm.clipped), onsets };
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


/***/ })

};
