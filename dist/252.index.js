export const id = 252;
export const ids = [252];
export const modules = {

/***/ 32242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ kWeighting),
/* harmony export */   _: () => (/* binding */ clipLoudness)
/* harmony export */ });
// Loudness of a short mono clip measured in JS on its samples (ITU-R BS.1770 K-weighting and gating),
// so each speech clip can be brought to a common level without running ffmpeg per line.
// The K-weighting pre-filter (high shelf) and RLB high-pass for any sample rate, derived from
// their analogue prototypes as libebur128 does (ebur128.c, ebur128_init_filter).
/** The K-weighting biquads (shelf, then RLB high-pass) at `sampleRate`: b0 b1 b2 a1 a2 each. */
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


/***/ }),

/***/ 15254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ channelWeights),
  h: () => (/* binding */ createLoudnessMeter)
});

// EXTERNAL MODULE: ./src/media/analyse-level.ts
var analyse_level = __webpack_require__(32242);
;// CONCATENATED MODULE: ./src/media/true-peak.ts
// True peak as ffmpeg's ebur128 measures it (peak=true): the largest magnitude of the signal upsampled 4x
// by libswresample with its defaults (Kaiser-windowed sinc, beta 9, 32 taps, exact rational: 4 phases;
// phase 0 is the sample itself). Exact, but only where a peak can be: a block whose samples could not
// reach the peak so far through the filter's gain is skipped, loudest blocks first, and stereo is
// taken as mid and side (max(|L|, |R|) = |M| + |S|), so dual mono costs one channel.
const TAPS = 32;
const CENTER = 15;
const BLOCK = 64;
function besselI0(x) {
    let sum = 1, term = 1;
    for (let k = 1; k < 60; k++) {
        term *= (x / (2 * k)) ** 2;
        sum += term;
        if (term < 1e-17 * sum)
            break;
    }
    return sum;
}
// swresample's build_filter for an upsampler (factor 1): sinc × Kaiser, every phase scaled by phase 0's sum (I0(beta)).
const [H1, H2, H3] = [1, 2, 3].map((ph) => Float64Array.from({ length: TAPS }, (_, i) => {
    const d = i - CENTER - ph / 4;
    const w = (2 * d) / TAPS;
    return (Math.sin(Math.PI * d) / (Math.PI * d)) * besselI0(9 * Math.sqrt(Math.max(1 - w * w, 0))) / besselI0(9);
}));
/** |interpolated| <= GAIN × the largest |sample| in its window. */
const GAIN = Math.max(...[H1, H2, H3].map((h) => h.reduce((s, v) => s + Math.abs(v), 0)));
/** The three interpolated values (phases 1-3) centred on `c`. */
function interpolate(line, c, out) {
    let y1 = 0, y2 = 0, y3 = 0;
    for (let t = 0, j = c - CENTER; t < TAPS; t++, j++) {
        const v = line[j];
        y1 += v * H1[t];
        y2 += v * H2[t];
        y3 += v * H3[t];
    }
    out[0] = y1;
    out[1] = y2;
    out[2] = y3;
}
/** A streaming true-peak meter of interleaved float samples (linear peak; 20·log10 gives dBTP). */
function createTruePeakMeter(channels) {
    const stereo = channels === 2;
    const lanes = stereo ? 2 : channels; // stereo: mid, side
    const history = Array.from({ length: lanes }, () => new Float64Array(TAPS - 1));
    const ym = new Float64Array(3);
    const ys = new Float64Array(3);
    let peak = 0;
    const blockMaxima = (line, starts, last) => Float64Array.from(starts, (c0) => {
        let max = 0;
        const to = Math.min(last, c0 + BLOCK - 1) + TAPS - CENTER - 1;
        for (let j = c0 - CENTER; j <= to; j++) {
            const a = Math.abs(line[j]);
            if (a > max)
                max = a;
        }
        return max;
    });
    // One lane, or mid + side: at each centre, phase 0 and 1-3 of |M| + |S|; S is interpolated only where it could matter.
    const scan = (main, side, starts, last) => {
        const mMax = blockMaxima(main, starts, last);
        const sMax = side ? blockMaxima(side, starts, last) : new Float64Array(starts.length);
        const bound = Float64Array.from(starts, (_, b) => GAIN * (mMax[b] + sMax[b]));
        const order = starts.map((_, b) => b).sort((a, b) => bound[b] - bound[a]);
        for (const b of order) {
            if (bound[b] <= peak)
                break;
            const sideBound = GAIN * sMax[b];
            const c1 = Math.min(last, starts[b] + BLOCK - 1);
            for (let c = starts[b]; c <= c1; c++) {
                const zero = Math.abs(main[c]) + (side ? Math.abs(side[c]) : 0);
                if (zero > peak)
                    peak = zero;
                interpolate(main, c, ym);
                const near = Math.max(Math.abs(ym[0]), Math.abs(ym[1]), Math.abs(ym[2]));
                if (near + sideBound <= peak)
                    continue;
                if (!side || sideBound === 0) {
                    if (near > peak)
                        peak = near;
                    continue;
                }
                interpolate(side, c, ys);
                for (let p = 0; p < 3; p++) {
                    const v = Math.abs(ym[p]) + Math.abs(ys[p]);
                    if (v > peak)
                        peak = v;
                }
            }
        }
    };
    return {
        push(samples, frames) {
            if (frames === 0)
                return;
            const H = TAPS - 1;
            const last = H + frames - (TAPS - CENTER); // centres whose 32-sample window lies in the lines
            const starts = [];
            for (let c0 = CENTER; c0 <= last; c0 += BLOCK)
                starts.push(c0);
            const lines = history.map((h) => { const line = new Float64Array(H + frames); line.set(h); return line; });
            if (stereo) {
                const [m, s] = lines;
                for (let i = 0; i < frames; i++) {
                    const l = samples[2 * i], r = samples[2 * i + 1];
                    m[H + i] = (l + r) / 2;
                    s[H + i] = (l - r) / 2;
                }
                scan(m, s, starts, last);
            }
            else {
                lines.forEach((line, ch) => {
                    for (let i = 0, k = ch; i < frames; i++, k += channels)
                        line[H + i] = samples[k];
                    scan(line, undefined, starts, last);
                });
            }
            lines.forEach((line, k) => history[k].set(line.subarray(frames)));
        },
        peak: () => peak,
    };
}

;// CONCATENATED MODULE: ./src/media/loudness-meter.ts
// A streaming EBU R128 / ITU-R BS.1770-4 meter in JS, built to read what ffmpeg's ebur128 reads (ffmpeg 5.1
// libavfilter/f_ebur128.c): K-weighting, 400 ms blocks every 100 ms gated at -70 LUFS and -10 LU
// (integrated), 3 s blocks gated at -20 LU (loudness range), and the true peak (true-peak.ts). It keeps
// the filter state out of denormal floats in silences, which is what makes ebur128 ~7x slower on
// narration (issue 10). Memory grows by two numbers per 100 ms of audio.


// WAVEFORMATEXTENSIBLE channel-mask bits that ebur128 weighs differently (ffmpeg's BACK_MASK and the LFEs).
const LFE_BITS = [0x8, 0x800000000];
const SURROUND_BITS = [0x10, 0x20, 0x100, 0x200, 0x400, 0x8000, 0x10000, 0x20000]; // back, side, top back
/** BS.1770 weights of the channels named by a WAVE channel mask (0: unknown layout, every channel 1), as ffmpeg's ebur128 weighs them. */
function channelWeights(mask, channels) {
    const bits = [];
    for (let bit = 0; bit < 36 && bits.length < channels; bit++)
        if (Math.floor(mask / 2 ** bit) % 2 === 1)
            bits.push(2 ** bit);
    return Array.from({ length: channels }, (_, i) => {
        const b = bits[i];
        if (b === undefined)
            return 1;
        if (LFE_BITS.includes(b))
            return 0;
        return SURROUND_BITS.includes(b) ? 1.41 : 1;
    });
}
// The K-weighting biquads at 48 kHz exactly as ffmpeg's ebur128 hard-codes them (BS.1770 table 1 and 2).
const K48 = [
    [1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585],
    [1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621],
];
const DENORMAL = 1e-30; // below this a filter state is zeroed: inaudible, and keeps the maths out of denormals
const lufs = (power) => -0.691 + 10 * Math.log10(power);
/** Integrated loudness of 400 ms block powers (absolute then relative gate), -Infinity when none passes. */
function integrated(powers, count) {
    let sum = 0, n = 0;
    for (let i = 0; i < count; i++)
        if (lufs(powers[i]) >= -70) {
            sum += powers[i];
            n++;
        }
    if (n === 0)
        return -Infinity;
    const gate = lufs(sum / n) - 10;
    let kept = 0, k = 0;
    for (let i = 0; i < count; i++)
        if (lufs(powers[i]) >= Math.max(-70, gate)) {
            kept += powers[i];
            k++;
        }
    return k === 0 ? -Infinity : lufs(kept / k);
}
/** Loudness range of 3 s block powers (EBU Tech 3342: -70 LUFS and -20 LU gates, 10th to 95th percentile). */
function range(powers, count) {
    const values = [];
    let sum = 0;
    for (let i = 0; i < count; i++)
        if (lufs(powers[i]) >= -70) {
            values.push(powers[i]);
            sum += powers[i];
        }
    if (values.length === 0)
        return 0;
    const gate = lufs(sum / values.length) - 20;
    const kept = values.map(lufs).filter((l) => l >= gate).sort((a, b) => a - b);
    if (kept.length === 0)
        return 0;
    const low = kept[Math.max(0, Math.floor(0.1 * kept.length + 0.5) - 1)];
    const high = kept[Math.max(0, Math.floor(0.95 * kept.length + 0.5) - 1)];
    return high - low;
}
function sameChannels(samples, frames) {
    for (let i = 0; i < 2 * frames; i += 2)
        if (samples[i] !== samples[i + 1])
            return false;
    return true;
}
/** A streaming meter of integrated loudness, loudness range and true peak (see the file's head). */
function createLoudnessMeter(options) {
    const { sampleRate, channels } = options;
    const weights = Float64Array.from(options.weights ?? Array.from({ length: channels }, () => 1));
    const truePeak = options.truePeak !== false;
    const [[p0, p1, p2, pa1, pa2], [r0, r1, r2, ra1, ra2]] = sampleRate === 48000 ? K48 : (0,analyse_level/* kWeighting */.W)(sampleRate);
    const state = new Float64Array(channels * 6); // per channel: x1 x2 (input), y1 y2 (shelf), z1 z2 (high-pass)
    const sub = Math.round(sampleRate / 10); // 100 ms
    const subPowers = []; // weighted sums of the last 30 sub-blocks (3 s)
    let subSum = 0, inSub = 0;
    const grow = (a) => { const b = new Float64Array(a.length * 2); b.set(a); return b; };
    let blocks = new Float64Array(1024), blockCount = 0;
    let shorts = new Float64Array(1024), shortCount = 0;
    const peak = truePeak ? createTruePeakMeter(channels) : undefined;
    let twin = channels === 2;
    const endSub = () => {
        subPowers.push(subSum);
        if (subPowers.length > 30)
            subPowers.shift();
        subSum = 0;
        inSub = 0;
        const n = subPowers.length;
        if (n >= 4) {
            if (blockCount === blocks.length)
                blocks = grow(blocks);
            blocks[blockCount++] = (subPowers[n - 1] + subPowers[n - 2] + subPowers[n - 3] + subPowers[n - 4]) / (4 * sub);
        }
        if (n === 30) {
            if (shortCount === shorts.length)
                shorts = grow(shorts);
            shorts[shortCount++] = subPowers.reduce((s, v) => s + v, 0) / (30 * sub);
        }
    };
    // K-weighted energy of one channel's samples, summed per stretch up to each 100 ms boundary.
    const weigh = (samples, frames, ch, sums, weight) => {
        const at = ch * 6;
        let x1 = state[at], x2 = state[at + 1], y1 = state[at + 2], y2 = state[at + 3], z1 = state[at + 4], z2 = state[at + 5];
        let i = 0, seg = 0, left = sub - inSub;
        while (i < frames) {
            const end = Math.min(frames, i + left);
            let sum = 0;
            for (let k = i * channels + ch; i < end; i++, k += channels) {
                const x = samples[k];
                const y = p0 * x + p1 * x1 + p2 * x2 - pa1 * y1 - pa2 * y2;
                const z = r0 * y + r1 * y1 + r2 * y2 - ra1 * z1 - ra2 * z2;
                x2 = x1;
                x1 = x;
                y2 = y1;
                y1 = y;
                z2 = z1;
                z1 = z;
                sum += z * z;
            }
            // Once per stretch: a state decaying in silence is zeroed long before it could reach denormal range.
            if (Math.abs(y1) + Math.abs(y2) < DENORMAL)
                y1 = y2 = 0;
            if (Math.abs(z1) + Math.abs(z2) < DENORMAL)
                z1 = z2 = 0;
            sums[seg++] += weight * sum;
            left = sub;
        }
        state[at] = x1;
        state[at + 1] = x2;
        state[at + 2] = y1;
        state[at + 3] = y2;
        state[at + 4] = z1;
        state[at + 5] = z2;
    };
    // The same for both channels of stereo in one loop: two independent filter chains overlap (about 2x faster).
    const weighStereo = (samples, frames, sums) => {
        const [w0, w1] = [weights[0], weights[1]];
        let ax1 = state[0], ax2 = state[1], ay1 = state[2], ay2 = state[3], az1 = state[4], az2 = state[5];
        let bx1 = state[6], bx2 = state[7], by1 = state[8], by2 = state[9], bz1 = state[10], bz2 = state[11];
        let i = 0, seg = 0, left = sub - inSub;
        while (i < frames) {
            const end = Math.min(frames, i + left);
            let sumA = 0, sumB = 0;
            for (let k = 2 * i; i < end; i++, k += 2) {
                const xa = samples[k], xb = samples[k + 1];
                const ya = p0 * xa + p1 * ax1 + p2 * ax2 - pa1 * ay1 - pa2 * ay2;
                const yb = p0 * xb + p1 * bx1 + p2 * bx2 - pa1 * by1 - pa2 * by2;
                const za = r0 * ya + r1 * ay1 + r2 * ay2 - ra1 * az1 - ra2 * az2;
                const zb = r0 * yb + r1 * by1 + r2 * by2 - ra1 * bz1 - ra2 * bz2;
                ax2 = ax1;
                ax1 = xa;
                ay2 = ay1;
                ay1 = ya;
                az2 = az1;
                az1 = za;
                bx2 = bx1;
                bx1 = xb;
                by2 = by1;
                by1 = yb;
                bz2 = bz1;
                bz1 = zb;
                sumA += za * za;
                sumB += zb * zb;
            }
            if (Math.abs(ay1) + Math.abs(ay2) < DENORMAL)
                ay1 = ay2 = 0;
            if (Math.abs(az1) + Math.abs(az2) < DENORMAL)
                az1 = az2 = 0;
            if (Math.abs(by1) + Math.abs(by2) < DENORMAL)
                by1 = by2 = 0;
            if (Math.abs(bz1) + Math.abs(bz2) < DENORMAL)
                bz1 = bz2 = 0;
            sums[seg++] += w0 * sumA + w1 * sumB;
            left = sub;
        }
        state.set([ax1, ax2, ay1, ay2, az1, az2, bx1, bx2, by1, by2, bz1, bz2]);
    };
    return {
        push(samples) {
            const frames = Math.floor(samples.length / channels);
            if (frames === 0)
                return;
            const sums = new Float64Array(Math.ceil((frames + inSub) / sub) + 1);
            // Dual mono (every chunk so far with two equal channels): the left channel's filter gives both.
            if (twin && !sameChannels(samples, frames))
                twin = false;
            if (twin) {
                weigh(samples, frames, 0, sums, weights[0] + weights[1]);
                state.copyWithin(6, 0, 6);
            }
            else if (channels === 2) {
                weighStereo(samples, frames, sums);
            }
            else {
                for (let ch = 0; ch < channels; ch++)
                    if (weights[ch] !== 0)
                        weigh(samples, frames, ch, sums, weights[ch]);
            }
            let left = frames, seg = 0;
            while (left > 0) {
                const n = Math.min(left, sub - inSub);
                subSum += sums[seg++];
                inSub += n;
                left -= n;
                if (inSub === sub)
                    endSub();
            }
            peak?.push(samples, frames);
        },
        finish() {
            // A partial last 100 ms is left out, as ebur128 leaves it.
            return {
                integrated_lufs: integrated(blocks, blockCount),
                true_peak_dbtp: peak && peak.peak() > 0 ? 20 * Math.log10(peak.peak()) : -Infinity,
                lra: range(shorts, shortCount),
            };
        },
    };
}


/***/ }),

/***/ 78977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ decodePcm),
/* harmony export */   Uy: () => (/* binding */ createWavReader)
/* harmony export */ });
/* unused harmony exports pcmOutputArgs, decodePcmArgs */
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82139);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84072);
// Float PCM from ffmpeg as it decodes: a reader of the 32-bit float WAV ffmpeg writes to a pipe (its
// header names the rate, channel count and layout), and one decode of a file's audio stream through it.


/** A reader of a streamed float WAV: whole frames of interleaved samples go to `onSamples` as they arrive. */
function createWavReader(onFormat, onSamples) {
    let head = new Uint8Array(0); // bytes before the data chunk
    let format;
    let inData = false;
    let carry = new Uint8Array(0);
    const parseHead = () => {
        const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
        const tag = (at) => String.fromCharCode(...head.subarray(at, at + 4));
        if (head.length < 12)
            return;
        if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE')
            throw new Error('ffmpeg did not write a WAV header');
        let at = 12;
        while (at + 8 <= head.length) {
            const id = tag(at);
            const size = view.getUint32(at + 4, true);
            if (id === 'data') {
                if (!format)
                    throw new Error('WAV data before its fmt chunk');
                inData = true;
                const rest = head.subarray(at + 8);
                head = new Uint8Array(0);
                if (rest.length)
                    feed(rest);
                return;
            }
            if (at + 8 + size > head.length)
                return; // wait for the rest of this chunk
            if (id === 'fmt ' && !format) {
                const code = view.getUint16(at + 8, true);
                const bits = view.getUint16(at + 22, true);
                const extensible = code === 0xfffe && size >= 40;
                const sub = extensible ? view.getUint16(at + 32, true) : code;
                if (sub !== 3 || bits !== 32)
                    throw new Error(`WAV is not 32-bit float (format ${sub}, ${bits} bits)`);
                format = { channels: view.getUint16(at + 10, true), sampleRate: view.getUint32(at + 12, true), channelMask: extensible ? view.getUint32(at + 28, true) : 0 };
                onFormat(format);
            }
            at += 8 + size + (size % 2);
        }
    };
    const feed = (chunk) => {
        let data = chunk;
        if (carry.length > 0) {
            data = new Uint8Array(carry.length + chunk.length);
            data.set(carry);
            data.set(chunk, carry.length);
        }
        const frameBytes = 4 * format.channels;
        const whole = data.length - (data.length % frameBytes);
        // Float32Array needs a 4-aligned offset: copy when the chunk is not.
        const aligned = data.byteOffset % 4 === 0 ? data : data.slice(0, whole);
        if (whole > 0)
            onSamples(new Float32Array(aligned.buffer, aligned.byteOffset, whole / 4));
        carry = data.slice(whole);
    };
    return {
        push(chunk) {
            if (inData)
                return feed(chunk);
            const joined = new Uint8Array(head.length + chunk.length);
            joined.set(head);
            joined.set(chunk, head.length);
            head = joined;
            parseHead();
        },
    };
}
/** Output arguments: a float WAV on stdout (pipe:1), the header naming rate, channels and layout. */
function pcmOutputArgs() {
    return ['-c:a', 'pcm_f32le', '-f', 'wav', 'pipe:1'];
}
/** The arguments of decodePcm: one audio stream through `filter` as a float WAV on stdout. */
function decodePcmArgs(file, options = {}) {
    // An explicit -map: with the 2018 static build a -vn alone still decodes the video.
    return ['-i', (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .fileUrl */ .iw)(file), '-map', options.map ?? '0:a:0', '-vn', '-sn', '-dn', '-af', options.filter ?? 'aresample=48000', ...pcmOutputArgs()];
}
/** Decode one audio stream of `file` to float PCM (its own channels and layout), handing each chunk over as it comes. */
async function decodePcm(file, onFormat, onSamples, options = {}) {
    const reader = createWavReader(onFormat, onSamples);
    await (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runFfmpeg */ .L)(decodePcmArgs(file, options), { signal: options.signal, onStdoutData: (chunk) => reader.push(chunk) });
}


/***/ }),

/***/ 21632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  to: () => (/* binding */ measureDelivered)
});

// UNUSED EXPORTS: LINE_OFF_MS, QA_FILTER, qaFigures

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/media/loudness-meter.ts + 1 modules
var loudness_meter = __webpack_require__(15254);
// EXTERNAL MODULE: ./src/media/args.ts
var args = __webpack_require__(82139);
// EXTERNAL MODULE: ./src/media/pcm-stream.ts
var pcm_stream = __webpack_require__(78977);
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
    // Float32: 4 bytes per ms (a 2-hour file's envelope is 29 MB, not 58 MB plus its copies).
    let bins = new Float32Array(1024);
    let binCount = 0;
    let binSum = 0;
    let inBin = 0;
    let frames = 0;
    let channel = 0;
    let clipped = 0;
    const addBin = (value) => {
        if (binCount === bins.length) {
            const grown = new Float32Array(bins.length * 2);
            grown.set(bins);
            bins = grown;
        }
        bins[binCount++] = value;
    };
    // Stereo in whole frames, the usual case, in one loop with the state in locals (same sums, same order).
    const pushStereo = (samples) => {
        let lx1 = state[0], lx2 = state[1], ly1 = state[2], ly2 = state[3];
        let rx1 = state[4], rx2 = state[5], ry1 = state[6], ry2 = state[7];
        for (let i = 0; i < samples.length; i += 2) {
            const l = samples[i], r = samples[i + 1];
            if (l >= CLIP_LEVEL || l <= -CLIP_LEVEL)
                clipped++;
            if (r >= CLIP_LEVEL || r <= -CLIP_LEVEL)
                clipped++;
            const yl = b0 * l + b1 * lx1 + b2 * lx2 - a1 * ly1 - a2 * ly2;
            const yr = b0 * r + b1 * rx1 + b2 * rx2 - a1 * ry1 - a2 * ry2;
            lx2 = lx1;
            lx1 = l;
            rx2 = rx1;
            rx1 = r;
            binSum += yl * yl;
            binSum += yr * yr;
            ly2 = ly1;
            ly1 = Math.abs(yl) < 1e-20 ? 0 : yl; // no denormals in the silence between lines
            ry2 = ry1;
            ry1 = Math.abs(yr) < 1e-20 ? 0 : yr;
            frames++;
            if (++inBin === perBin) {
                addBin(binSum / (perBin * channels));
                binSum = 0;
                inBin = 0;
            }
        }
        state.set([lx1, lx2, ly1, ly2, rx1, rx2, ry1, ry2]);
    };
    const pushSamples = (samples) => {
        if (channels === 2 && channel === 0 && samples.length % 2 === 0)
            return pushStereo(samples);
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
    };
    return {
        /** Interleaved samples, any count (a frame may be split between calls). */
        pushSamples,
        finish() {
            if (inBin > 0)
                addBin(binSum / (inBin * channels));
            return { sampleRate, channels, frames, clipped, bins: bins.subarray(0, binCount) };
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
    const sorted = Float32Array.from(values).sort();
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
/** The envelope as levels in dB: a centred 10 ms window per 1 ms bin (no prefix-sum copy: a 2-hour envelope stays one array). */
function windowLevels(bins) {
    const levels = new Float32Array(bins.length);
    const half = WINDOW_BINS / 2;
    for (let k = 0; k < bins.length; k++) {
        const from = Math.max(0, k - half);
        const to = Math.min(bins.length, k + half);
        let sum = 0;
        for (let i = from; i < to; i++)
            sum += bins[i];
        levels[k] = toDb(sum / (to - from));
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

;// CONCATENATED MODULE: ./src/media/qa.ts
// QA of a delivered file, measured on the file itself in ONE decode of its audio to float PCM, read as it
// comes by two JS meters: loudness-meter.ts (integrated loudness, true peak, as ffmpeg's ebur128 reads
// them) and qa-pcm.ts (clipped samples, the envelope the line onsets are found in).






/**
 * A line is off when its measured onset is further than this from the plan, ms: a little over one
 * frame at 25–30 fps, and inside the ±45 ms where a lip-sync error starts to be noticed (ITU-R BT.1359).
 */
const LINE_OFF_MS = 40;
/** The rate the audio is decoded to for the JS meters (its channels are kept). */
const PCM_RATE = 48_000;
/** The audio filter of the pass: presentation time, so an audio stream starting late is padded from 0 (first_pts) and gaps are filled. */
const QA_FILTER = (0,args/* timedResample */.ji)(PCM_RATE);
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
 * Measure a delivered file: loudness and true peak (the figures measureLoudness gives), clipped samples
 * and where each line starts, from one decode of its audio. `lines`: the planned line times (output
 * time); empty when unknown (then no onset figures).
 */
async function measureDelivered(file, lines, options = {}) {
    let meters;
    await (0,pcm_stream/* decodePcm */.$N)(file, (f) => (meters = {
        loudness: (0,loudness_meter/* createLoudnessMeter */.h)({ sampleRate: f.sampleRate, channels: f.channels, weights: (0,loudness_meter/* channelWeights */.b)(f.channelMask, f.channels) }),
        pcm: createPcmMeter(f.sampleRate, f.channels),
    }), (samples) => {
        meters.loudness.push(samples);
        meters.pcm.pushSamples(samples);
    }, { signal: options.signal, map: options.map, filter: QA_FILTER });
    if (!meters)
        throw new errors/* VoiceoverError */.pF('FFMPEG_FAILED', { detail: `no audio decoded from ${file}` });
    const loudness = meters.loudness.finish();
    const pcm = meters.pcm.finish();
    const onsets = lines.length ? lineOnsets(pcm.bins, lines) : [];
    return { loudness, qa: qaFigures(lines, onsets, loudness, pcm.clipped), onsets };
}


/***/ }),

/***/ 63057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cQ: () => (/* binding */ DEFAULT_CAPTION_LAYOUT),
  xf: () => (/* binding */ cueText),
  cV: () => (/* binding */ layoutCaptions)
});

// UNUSED EXPORTS: layoutCaption

;// CONCATENATED MODULE: ./src/render/caption-words.ts
// The words of a caption line as the layout sees them: tokens, their display width, and how good a
// line break between two of them is (pure).
// Han, kana, CJK symbols and punctuation, full-width forms: written without spaces, split by character.
const UNSPACED = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
// Wide on screen: the above plus Hangul (Korean does use spaces, so it is only wide, never split).
const WIDE = /[\u1100-\u115f\u3000-\u303f\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]/u;
// Punctuation that belongs to the character before it (never starts a line) or after it (never ends one).
const CLOSING = /^[、。，．！？：；）」』】》〉”’…,.!?;:)\]}'"%]+$/u;
const OPENING = /^[「『（【《〈“‘([{]+$/u;
/** The display width of a string (wide characters count two). */
function textWidth(text) {
    let width = 0;
    for (const ch of text)
        width += WIDE.test(ch) ? 2 : 1;
    return width;
}
/** Split caption text into tokens: words at spaces, and unspaced CJK text character by character. */
function tokenize(text) {
    const tokens = [];
    for (const chunk of text.trim().split(/\s+/u)) {
        if (!chunk)
            continue;
        const pieces = UNSPACED.test(chunk) ? splitUnspaced(chunk) : [chunk];
        pieces.forEach((piece, i) => tokens.push({ text: piece, space: i === 0 && tokens.length > 0, width: textWidth(piece) }));
    }
    return tokens;
}
/** CJK characters one by one, Latin runs whole, punctuation kept with the character it belongs to. */
function splitUnspaced(chunk) {
    const parts = [];
    let run = '';
    let opening = '';
    const push = (piece) => {
        parts.push(opening + piece);
        opening = '';
    };
    for (const ch of chunk) {
        if (UNSPACED.test(ch) && !CLOSING.test(ch) && !OPENING.test(ch)) {
            if (run)
                push(run);
            run = '';
            push(ch);
        }
        else if (CLOSING.test(ch) && !run && parts.length > 0) {
            parts[parts.length - 1] += ch;
        }
        else if (OPENING.test(ch) && UNSPACED.test(ch)) {
            if (run)
                push(run);
            run = '';
            opening += ch;
        }
        else {
            run += ch;
        }
    }
    if (run || opening)
        push(run);
    return parts;
}
// Breaking before these keeps a phrase together (conjunctions, relative pronouns, prepositions).
const CONNECTIVES = new Set(('and but or nor so yet because although though while whereas when whenever where if unless until since after before once ' +
    'that which who whom whose what how why than then with without to for of in on at by from into onto over under about ' +
    'through between across against along among around during toward towards upon via like as').split(' '));
// A line should not end on these (an article or a preposition waiting for its noun).
const WEAK_ENDINGS = new Set('a an the to of in on at by for with from and or but my your our their its his her this these those'.split(' '));
const SENTENCE_END = /[.!?…。！？]["'”’)\]」』）]*$/u;
const CLAUSE_END = /[,;:，、；：—–-]["'”’)\]」』）]*$/u;
const DASH = /^[—–-]/u;
const bare = (word) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/**
 * How bad a break between two tokens is: 0 after a sentence, 10 after a clause mark or before a
 * dash, 20 before a connective, 40 at any other space (60 when the line would end on an article or
 * a preposition).
 */
function breakCost(prev, next) {
    if (SENTENCE_END.test(prev.text))
        return 0;
    if (CLAUSE_END.test(prev.text) || DASH.test(next.text))
        return 10;
    if (CONNECTIVES.has(bare(next.text)))
        return 20;
    return WEAK_ENDINGS.has(bare(prev.text)) ? 60 : 40;
}

;// CONCATENATED MODULE: ./src/render/caption-timing.ts
// When each caption token is said: the engine's word times when there are some, else an estimate
// spread by characters over the line (pure).

/**
 * Times of the tokens of `line`: word for word when the engine's words match the tokens one to one;
 * otherwise (the spoken text was normalised, or CJK characters against words) by position in the
 * text, mapped through the word times; with no word times, spread by characters over the line.
 */
function tokenTimes(tokens, line) {
    const lo = line.start_s;
    const hi = Math.max(line.end_s, line.start_s);
    const words = (line.words ?? []).filter((w) => Number.isFinite(w.start_s) && Number.isFinite(w.end_s));
    let times;
    if (words.length === tokens.length)
        times = words.map((w) => ({ start_s: w.start_s, end_s: w.end_s }));
    else if (words.length > 0)
        times = throughWords(tokens, words);
    else
        times = byCharacters(tokens, lo, hi);
    // Monotone and inside the line, whatever the engine said.
    let floor = lo;
    return times.map((t) => {
        const start_s = Math.min(hi, Math.max(floor, t.start_s));
        floor = start_s;
        return { start_s, end_s: Math.min(hi, Math.max(start_s, t.end_s)) };
    });
}
/** Spread tokens over [from, to] in proportion to their width (a space counts one). */
function byCharacters(tokens, from, to) {
    const weights = tokens.map((t, k) => t.width + (k > 0 && t.space ? 1 : 0));
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    const span = to - from;
    let before = 0;
    return tokens.map((t, k) => {
        before += weights[k] - t.width;
        const start_s = from + (before / total) * span;
        before += t.width;
        return { start_s, end_s: from + (before / total) * span };
    });
}
/** Map each token's place in the caption text onto the same place in the spoken words, then to its time. */
function throughWords(tokens, words) {
    const lengths = words.map((w) => Math.max(1, textWidth(w.text.trim())));
    const spoken = lengths.reduce((a, b) => a + b, 0);
    const written = tokens.reduce((sum, t) => sum + t.width, 0) || 1;
    const timeAt = (p, isEnd) => {
        let at = 0;
        for (let j = 0; j < words.length; j++) {
            const len = lengths[j];
            const w = words[j];
            if (isEnd ? p <= at + len : p < at + len)
                return w.start_s + (Math.max(0, p - at) / len) * (w.end_s - w.start_s);
            at += len;
        }
        return words[words.length - 1].end_s;
    };
    let before = 0;
    return tokens.map((t) => {
        const start = (before / written) * spoken;
        before += t.width;
        return { start_s: timeAt(start, false), end_s: timeAt((before / written) * spoken, true) };
    });
}

;// CONCATENATED MODULE: ./src/render/caption-layout.ts
// Readable captions: each narrated line broken at phrase boundaries into lines of at most max_chars
// and cues of at most max_lines lines, each cue timed by the words it holds (pure).


/** The layout the config defaults to: 42 characters a line, 2 lines a cue. */
const DEFAULT_CAPTION_LAYOUT = { max_chars: 42, max_lines: 2 };
// Weights: fewer cues first, then fewer lines, then good breaks, balanced lengths and no lone words.
const CUE = 1000;
const LINE = 100;
const SLACK = 40;
const LONE_WORD_LINE = 100;
const LONE_WORD_CUE = 150;
// A cue on screen for less than this is hard to read: each second short costs this much.
const MIN_CUE_S = 1;
const SHORT_CUE = 300;
/** The text of a cue: its lines joined by newlines. */
function cueText(cue) {
    return cue.lines.map((line) => line.map((w, i) => (i > 0 && w.space ? ' ' : '') + w.text).join('')).join('\n');
}
/** Lay out every caption line; cues come in time order. */
function layoutCaptions(lines, layout = DEFAULT_CAPTION_LAYOUT) {
    return lines.flatMap((line) => layoutCaption(line, layout));
}
/** One caption line as cues: split into lines ≤ max_chars (a longer single word stays whole) and cues ≤ max_lines. */
function layoutCaption(line, layout = DEFAULT_CAPTION_LAYOUT) {
    const tokens = tokenize(line.text);
    if (tokens.length === 0)
        return [];
    const maxChars = Math.max(1, Math.floor(layout.max_chars));
    const maxLines = Math.max(1, Math.floor(layout.max_lines));
    const times = tokenTimes(tokens, line);
    const starts = times.map((t, k) => (k === 0 ? line.start_s : t.start_s));
    const cues = splitCues(tokens, maxChars, maxLines, (i, j) => (j < tokens.length ? starts[j] : line.end_s) - starts[i]);
    return cues.map(({ from, to, breaks }, k) => {
        const start_s = k === 0 ? line.start_s : times[from].start_s;
        const end_s = k === cues.length - 1 ? Math.max(line.end_s, start_s) : times[cues[k + 1].from].start_s;
        const bounds = [from, ...breaks, to];
        const rows = bounds.slice(0, -1).map((a, r) => tokens.slice(a, bounds[r + 1]).map((t, i) => ({
            text: t.text,
            start_s: clamp(times[a + i].start_s, start_s, end_s),
            end_s: clamp(times[a + i].end_s, start_s, end_s),
            space: t.space,
        })));
        return { start_s, end_s, lines: rows };
    });
}
/** Best split of the tokens into cues (dynamic programming over cue ends, each cue's lines solved inside); `seconds` is how long a span would show. */
function splitCues(tokens, maxChars, maxLines, seconds) {
    const n = tokens.length;
    const width = lineWidths(tokens);
    const capacity = maxChars * maxLines;
    const best = [{ cost: 0, prev: -1, breaks: [] }];
    for (let j = 1; j <= n; j++)
        best.push({ cost: Infinity, prev: -1, breaks: [] });
    for (let i = 0; i < n; i++) {
        if (!Number.isFinite(best[i].cost))
            continue;
        const lines = lineSplits(tokens, width, i, maxChars, maxLines);
        // The table ends where a span stops fitting: it cannot fit with more tokens either.
        for (let j = i + 1; j <= i + lines.length; j++) {
            const inner = lines[j - i - 1];
            let cost = best[i].cost + CUE + inner.cost + SLACK * ratio(Math.max(0, capacity - width(i, j)), capacity);
            if (j - i === 1 && n > 1)
                cost += LONE_WORD_CUE;
            if (n > 1)
                cost += SHORT_CUE * Math.max(0, MIN_CUE_S - seconds(i, j));
            if (j < n)
                cost += 2 * breakCost(tokens[j - 1], tokens[j]);
            if (cost < best[j].cost)
                best[j] = { cost, prev: i, breaks: inner.breaks };
        }
    }
    const spans = [];
    for (let j = n; j > 0; j = best[j].prev)
        spans.unshift({ from: best[j].prev, to: j, breaks: best[j].breaks });
    return spans;
}
/**
 * The best split into at most maxLines lines of ≤ maxChars of tokens [from, from + k) for k = 1, 2, …
 * up to the last k that fits (one dynamic programme serves every cue starting at `from`).
 */
function lineSplits(tokens, width, from, maxChars, maxLines) {
    // cost[l][k]: best cost of tokens [from, from + k) in l lines; back[l][k]: where its last line starts.
    const cost = Array.from({ length: maxLines + 1 }, () => [0]);
    const back = Array.from({ length: maxLines + 1 }, () => [-1]);
    for (let l = 1; l <= maxLines; l++)
        cost[l][0] = Infinity;
    const result = [];
    for (let k = 1; from + k <= tokens.length; k++) {
        cost[0][k] = Infinity;
        let bestLines = 0;
        for (let l = 1; l <= maxLines; l++) {
            cost[l][k] = Infinity;
            back[l][k] = -1;
            for (let i = k - 1; i >= 0; i--) {
                const w = width(from + i, from + k);
                if (k - i > 1 && w > maxChars)
                    break;
                const before = cost[l - 1][i];
                if (!Number.isFinite(before))
                    continue;
                let c = before + LINE + SLACK * ratio(Math.max(0, maxChars - w), maxChars);
                if (k - i === 1)
                    c += LONE_WORD_LINE;
                if (i > 0)
                    c += breakCost(tokens[from + i - 1], tokens[from + i]);
                if (c < cost[l][k]) {
                    cost[l][k] = c;
                    back[l][k] = i;
                }
            }
            if (cost[l][k] < (bestLines ? cost[bestLines][k] : Infinity))
                bestLines = l;
        }
        if (!bestLines)
            break;
        const breaks = [];
        for (let l = bestLines, j = k; l > 1; l--) {
            j = back[l][j];
            breaks.unshift(from + j);
        }
        // A cue of one token: its lone word is no orphan.
        result.push({ cost: cost[bestLines][k] - (k === 1 ? LONE_WORD_LINE : 0), breaks });
    }
    return result;
}
/** Width on one line of tokens [a, b): their widths and the spaces between them (prefix sums). */
function lineWidths(tokens) {
    const prefix = [0];
    tokens.forEach((t, k) => prefix.push(prefix[k] + t.width + (t.space ? 1 : 0)));
    return (a, b) => prefix[b] - prefix[a] - (tokens[a].space ? 1 : 0);
}
const ratio = (slack, of) => (slack / of) ** 2;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));


/***/ }),

/***/ 2249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qh: () => (/* binding */ captionText)
/* harmony export */ });
/* unused harmony exports vttCueText, escapeVtt */
/* harmony import */ var subtitle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21873);
/* harmony import */ var subtitle__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(subtitle__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _caption_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63057);
// Caption sidecars (SRT, WebVTT) from the plan's real times, written by the `subtitle` library; every
// line laid out into readable cues first (caption-layout.ts).


const ms = (s) => Math.round(s * 1000);
/** Caption file text in the given format, every line split into cues of at most max_lines × max_chars. */
function captionText(lines, format, options = _caption_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CAPTION_LAYOUT */ .cQ) {
    const cues = (0,_caption_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layoutCaptions */ .cV)(lines, options);
    const vtt = format === 'vtt';
    const nodes = cues.map((cue) => ({
        type: 'cue',
        data: { start: ms(cue.start_s), end: ms(cue.end_s), text: vtt ? vttCueText(cue, options.words === true) : (0,_caption_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .cueText */ .xf)(cue) },
    }));
    return (0,subtitle__WEBPACK_IMPORTED_MODULE_0__.stringifySync)(nodes, { format: vtt ? 'WebVTT' : 'SRT' });
}
/**
 * A cue's WebVTT payload: text escaped (& < >), and with `words` a timestamp tag before each word
 * after the first (`<00:00:01.500>word`). The spec wants each timestamp after the cue's start, after
 * the previous one and before the cue's end (https://www.w3.org/TR/webvtt1/#webvtt-cue-timestamp):
 * a word whose time would break that joins the word before it.
 */
function vttCueText(cue, words) {
    let last = ms(cue.start_s);
    const end = ms(cue.end_s);
    return cue.lines
        .map((line, r) => line
        .map((w, i) => {
        const at = ms(w.start_s);
        const first = r === 0 && i === 0;
        const stamp = words && !first && at > last && at < end ? `<${(0,subtitle__WEBPACK_IMPORTED_MODULE_0__.formatTimestamp)(at, { format: 'WebVTT' })}>` : '';
        if (stamp)
            last = at;
        return (i > 0 && w.space ? ' ' : '') + stamp + escapeVtt(w.text);
    })
        .join(''))
        .join('\n');
}
/** Escape text for a WebVTT cue payload. */
function escapeVtt(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ })

};
