// A streaming EBU R128 / ITU-R BS.1770-4 meter in JS, built to read what ffmpeg's ebur128 reads (ffmpeg 5.1
// libavfilter/f_ebur128.c): K-weighting, 400 ms blocks every 100 ms gated at -70 LUFS and -10 LU
// (integrated), 3 s blocks gated at -20 LU (loudness range), and the true peak (true-peak.ts). It keeps
// the filter state out of denormal floats in silences, which is what makes ebur128 ~7x slower on
// narration (issue 10). Memory grows by two numbers per 100 ms of audio.

import type { Loudness } from './analyse-parse.js';
import { kWeighting } from './analyse-level.js';
import { createTruePeakMeter } from './true-peak.js';

/** What the meter needs to know about the samples it is given. */
export interface LoudnessMeterOptions {
  sampleRate: number;
  channels: number;
  /** Weight of each channel (BS.1770: 1 front, 1.41 surround, 0 LFE); default 1 each. See channelWeights. */
  weights?: readonly number[];
  /** Measure the true peak too (default true); without it the peak is -Infinity, as parseEbur128Summary gives. */
  truePeak?: boolean;
}

/** A meter fed interleaved float samples in chunks of whole frames. */
export interface LoudnessMeter {
  push(samples: Float32Array): void;
  finish(): Loudness;
}

// WAVEFORMATEXTENSIBLE channel-mask bits that ebur128 weighs differently (ffmpeg's BACK_MASK and the LFEs).
const LFE_BITS = [0x8, 0x800000000];
const SURROUND_BITS = [0x10, 0x20, 0x100, 0x200, 0x400, 0x8000, 0x10000, 0x20000]; // back, side, top back

/** BS.1770 weights of the channels named by a WAVE channel mask (0: unknown layout, every channel 1), as ffmpeg's ebur128 weighs them. */
export function channelWeights(mask: number, channels: number): number[] {
  const bits: number[] = [];
  for (let bit = 0; bit < 36 && bits.length < channels; bit++) if (Math.floor(mask / 2 ** bit) % 2 === 1) bits.push(2 ** bit);
  return Array.from({ length: channels }, (_, i) => {
    const b = bits[i];
    if (b === undefined) return 1;
    if (LFE_BITS.includes(b)) return 0;
    return SURROUND_BITS.includes(b) ? 1.41 : 1;
  });
}

// The K-weighting biquads at 48 kHz exactly as ffmpeg's ebur128 hard-codes them (BS.1770 table 1 and 2).
const K48: ReturnType<typeof kWeighting> = [
  [1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585],
  [1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621],
];
const DENORMAL = 1e-30; // below this a filter state is zeroed: inaudible, and keeps the maths out of denormals

const lufs = (power: number): number => -0.691 + 10 * Math.log10(power);

/** Integrated loudness of 400 ms block powers (absolute then relative gate), -Infinity when none passes. */
function integrated(powers: Float64Array, count: number): number {
  let sum = 0, n = 0;
  for (let i = 0; i < count; i++) if (lufs(powers[i]!) >= -70) { sum += powers[i]!; n++; }
  if (n === 0) return -Infinity;
  const gate = lufs(sum / n) - 10;
  let kept = 0, k = 0;
  for (let i = 0; i < count; i++) if (lufs(powers[i]!) >= Math.max(-70, gate)) { kept += powers[i]!; k++; }
  return k === 0 ? -Infinity : lufs(kept / k);
}

/** Loudness range of 3 s block powers (EBU Tech 3342: -70 LUFS and -20 LU gates, 10th to 95th percentile). */
function range(powers: Float64Array, count: number): number {
  const values: number[] = [];
  let sum = 0;
  for (let i = 0; i < count; i++) if (lufs(powers[i]!) >= -70) { values.push(powers[i]!); sum += powers[i]!; }
  if (values.length === 0) return 0;
  const gate = lufs(sum / values.length) - 20;
  const kept = values.map(lufs).filter((l) => l >= gate).sort((a, b) => a - b);
  if (kept.length === 0) return 0;
  const low = kept[Math.max(0, Math.floor(0.1 * kept.length + 0.5) - 1)]!;
  const high = kept[Math.max(0, Math.floor(0.95 * kept.length + 0.5) - 1)]!;
  return high - low;
}

function sameChannels(samples: Float32Array, frames: number): boolean {
  for (let i = 0; i < 2 * frames; i += 2) if (samples[i] !== samples[i + 1]) return false;
  return true;
}

/** A streaming meter of integrated loudness, loudness range and true peak (see the file's head). */
export function createLoudnessMeter(options: LoudnessMeterOptions): LoudnessMeter {
  const { sampleRate, channels } = options;
  const weights = Float64Array.from(options.weights ?? Array.from({ length: channels }, () => 1));
  const truePeak = options.truePeak !== false;
  const [[p0, p1, p2, pa1, pa2], [r0, r1, r2, ra1, ra2]] = sampleRate === 48000 ? K48 : kWeighting(sampleRate);
  const state = new Float64Array(channels * 6); // per channel: x1 x2 (input), y1 y2 (shelf), z1 z2 (high-pass)
  const sub = Math.round(sampleRate / 10); // 100 ms
  const subPowers: number[] = []; // weighted sums of the last 30 sub-blocks (3 s)
  let subSum = 0, inSub = 0;
  const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => { const b = new Float64Array(a.length * 2); b.set(a); return b; };
  let blocks = new Float64Array(1024), blockCount = 0;
  let shorts = new Float64Array(1024), shortCount = 0;
  const peak = truePeak ? createTruePeakMeter(channels) : undefined;
  let twin = channels === 2;

  const endSub = (): void => {
    subPowers.push(subSum);
    if (subPowers.length > 30) subPowers.shift();
    subSum = 0;
    inSub = 0;
    const n = subPowers.length;
    if (n >= 4) {
      if (blockCount === blocks.length) blocks = grow(blocks);
      blocks[blockCount++] = (subPowers[n - 1]! + subPowers[n - 2]! + subPowers[n - 3]! + subPowers[n - 4]!) / (4 * sub);
    }
    if (n === 30) {
      if (shortCount === shorts.length) shorts = grow(shorts);
      shorts[shortCount++] = subPowers.reduce((s, v) => s + v, 0) / (30 * sub);
    }
  };

  // K-weighted energy of one channel's samples, summed per stretch up to each 100 ms boundary.
  const weigh = (samples: Float32Array, frames: number, ch: number, sums: Float64Array, weight: number): void => {
    const at = ch * 6;
    let x1 = state[at]!, x2 = state[at + 1]!, y1 = state[at + 2]!, y2 = state[at + 3]!, z1 = state[at + 4]!, z2 = state[at + 5]!;
    let i = 0, seg = 0, left = sub - inSub;
    while (i < frames) {
      const end = Math.min(frames, i + left);
      let sum = 0;
      for (let k = i * channels + ch; i < end; i++, k += channels) {
        const x = samples[k]!;
        const y = p0 * x + p1 * x1 + p2 * x2 - pa1 * y1 - pa2 * y2;
        const z = r0 * y + r1 * y1 + r2 * y2 - ra1 * z1 - ra2 * z2;
        x2 = x1; x1 = x; y2 = y1; y1 = y; z2 = z1; z1 = z;
        sum += z * z;
      }
      // Once per stretch: a state decaying in silence is zeroed long before it could reach denormal range.
      if (Math.abs(y1) + Math.abs(y2) < DENORMAL) y1 = y2 = 0;
      if (Math.abs(z1) + Math.abs(z2) < DENORMAL) z1 = z2 = 0;
      sums[seg++]! += weight * sum;
      left = sub;
    }
    state[at] = x1; state[at + 1] = x2; state[at + 2] = y1; state[at + 3] = y2; state[at + 4] = z1; state[at + 5] = z2;
  };

  // The same for both channels of stereo in one loop: two independent filter chains overlap (about 2x faster).
  const weighStereo = (samples: Float32Array, frames: number, sums: Float64Array): void => {
    const [w0, w1] = [weights[0]!, weights[1]!];
    let ax1 = state[0]!, ax2 = state[1]!, ay1 = state[2]!, ay2 = state[3]!, az1 = state[4]!, az2 = state[5]!;
    let bx1 = state[6]!, bx2 = state[7]!, by1 = state[8]!, by2 = state[9]!, bz1 = state[10]!, bz2 = state[11]!;
    let i = 0, seg = 0, left = sub - inSub;
    while (i < frames) {
      const end = Math.min(frames, i + left);
      let sumA = 0, sumB = 0;
      for (let k = 2 * i; i < end; i++, k += 2) {
        const xa = samples[k]!, xb = samples[k + 1]!;
        const ya = p0 * xa + p1 * ax1 + p2 * ax2 - pa1 * ay1 - pa2 * ay2;
        const yb = p0 * xb + p1 * bx1 + p2 * bx2 - pa1 * by1 - pa2 * by2;
        const za = r0 * ya + r1 * ay1 + r2 * ay2 - ra1 * az1 - ra2 * az2;
        const zb = r0 * yb + r1 * by1 + r2 * by2 - ra1 * bz1 - ra2 * bz2;
        ax2 = ax1; ax1 = xa; ay2 = ay1; ay1 = ya; az2 = az1; az1 = za;
        bx2 = bx1; bx1 = xb; by2 = by1; by1 = yb; bz2 = bz1; bz1 = zb;
        sumA += za * za;
        sumB += zb * zb;
      }
      if (Math.abs(ay1) + Math.abs(ay2) < DENORMAL) ay1 = ay2 = 0;
      if (Math.abs(az1) + Math.abs(az2) < DENORMAL) az1 = az2 = 0;
      if (Math.abs(by1) + Math.abs(by2) < DENORMAL) by1 = by2 = 0;
      if (Math.abs(bz1) + Math.abs(bz2) < DENORMAL) bz1 = bz2 = 0;
      sums[seg++]! += w0 * sumA + w1 * sumB;
      left = sub;
    }
    state.set([ax1, ax2, ay1, ay2, az1, az2, bx1, bx2, by1, by2, bz1, bz2]);
  };

  return {
    push(samples: Float32Array): void {
      const frames = Math.floor(samples.length / channels);
      if (frames === 0) return;
      const sums = new Float64Array(Math.ceil((frames + inSub) / sub) + 1);
      // Dual mono (every chunk so far with two equal channels): the left channel's filter gives both.
      if (twin && !sameChannels(samples, frames)) twin = false;
      if (twin) {
        weigh(samples, frames, 0, sums, weights[0]! + weights[1]!);
        state.copyWithin(6, 0, 6);
      } else if (channels === 2) {
        weighStereo(samples, frames, sums);
      } else {
        for (let ch = 0; ch < channels; ch++) if (weights[ch] !== 0) weigh(samples, frames, ch, sums, weights[ch]!);
      }
      let left = frames, seg = 0;
      while (left > 0) {
        const n = Math.min(left, sub - inSub);
        subSum += sums[seg++]!;
        inSub += n;
        left -= n;
        if (inSub === sub) endSub();
      }
      peak?.push(samples, frames);
    },
    finish(): Loudness {
      // A partial last 100 ms is left out, as ebur128 leaves it.
      return {
        integrated_lufs: integrated(blocks, blockCount),
        true_peak_dbtp: peak && peak.peak() > 0 ? 20 * Math.log10(peak.peak()) : -Infinity,
        lra: range(shorts, shortCount),
      };
    },
  };
}
