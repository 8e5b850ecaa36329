// A streaming meter of decoded float PCM: clipped samples and a 1 ms energy envelope, in one pass
// over chunks as ffmpeg writes them (memory grows with the duration by one number per millisecond).

/** Length of one envelope bin, seconds. */
export const BIN_S = 0.001;

/**
 * A sample at or above this magnitude counts as clipped: full scale less one 16-bit step, so a
 * decoded AAC overshoot that would clip when played as 16-bit PCM is counted.
 */
export const CLIP_LEVEL = 1 - 2 ** -15;

/** What the meter measured. */
export interface PcmSummary {
  sampleRate: number;
  channels: number;
  /** Sample frames read (one sample per channel each). */
  frames: number;
  /** Samples (any channel) at or above CLIP_LEVEL in magnitude. */
  clipped: number;
  /** Mean square over the channels of each BIN_S bin of the high-passed signal (the last bin may be partial). */
  bins: Float32Array;
}

/**
 * Corner of the high-pass the envelope is taken through, Hz: speech onsets (plosives, fricatives) sit
 * above it while most of a ducked bed's energy (room tone, hum, music's low end) sits below.
 */
export const ENVELOPE_HIGH_PASS_HZ = 1000;

// A second-order Butterworth high-pass (RBJ cookbook): b0 b1 b2 a1 a2, a0 = 1.
function highPass(sampleRate: number, hz: number): [number, number, number, number, number] {
  const w = (2 * Math.PI * hz) / sampleRate;
  const alpha = Math.sin(w) / Math.SQRT2;
  const cos = Math.cos(w);
  const a0 = 1 + alpha;
  return [(1 + cos) / 2 / a0, -(1 + cos) / a0, (1 + cos) / 2 / a0, (-2 * cos) / a0, (1 - alpha) / a0];
}

/** A meter that takes f32le interleaved PCM in chunks of any size (a sample may be split between chunks). */
export function createPcmMeter(sampleRate: number, channels: number): { pushSamples(samples: Float32Array): void; finish(): PcmSummary } {
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
  const addBin = (value: number): void => {
    if (binCount === bins.length) {
      const grown = new Float32Array(bins.length * 2);
      grown.set(bins);
      bins = grown;
    }
    bins[binCount++] = value;
  };
  // Stereo in whole frames, the usual case, in one loop with the state in locals (same sums, same order).
  const pushStereo = (samples: Float32Array): void => {
    let lx1 = state[0]!, lx2 = state[1]!, ly1 = state[2]!, ly2 = state[3]!;
    let rx1 = state[4]!, rx2 = state[5]!, ry1 = state[6]!, ry2 = state[7]!;
    for (let i = 0; i < samples.length; i += 2) {
      const l = samples[i]!, r = samples[i + 1]!;
      if (l >= CLIP_LEVEL || l <= -CLIP_LEVEL) clipped++;
      if (r >= CLIP_LEVEL || r <= -CLIP_LEVEL) clipped++;
      const yl = b0 * l + b1 * lx1 + b2 * lx2 - a1 * ly1 - a2 * ly2;
      const yr = b0 * r + b1 * rx1 + b2 * rx2 - a1 * ry1 - a2 * ry2;
      lx2 = lx1; lx1 = l; rx2 = rx1; rx1 = r;
      binSum += yl * yl;
      binSum += yr * yr;
      ly2 = ly1; ly1 = Math.abs(yl) < 1e-20 ? 0 : yl; // no denormals in the silence between lines
      ry2 = ry1; ry1 = Math.abs(yr) < 1e-20 ? 0 : yr;
      frames++;
      if (++inBin === perBin) {
        addBin(binSum / (perBin * channels));
        binSum = 0;
        inBin = 0;
      }
    }
    state.set([lx1, lx2, ly1, ly2, rx1, rx2, ry1, ry2]);
  };
  const pushSamples = (samples: Float32Array): void => {
    if (channels === 2 && channel === 0 && samples.length % 2 === 0) return pushStereo(samples);
    for (let i = 0; i < samples.length; i++) {
      const x = samples[i]!;
      if (x >= CLIP_LEVEL || x <= -CLIP_LEVEL) clipped++;
      const at = 4 * channel;
      const y = b0 * x + b1 * state[at]! + b2 * state[at + 1]! - a1 * state[at + 2]! - a2 * state[at + 3]!;
      state[at + 1] = state[at]!;
      state[at] = x;
      state[at + 3] = state[at + 2]!;
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
    finish(): PcmSummary {
      if (inBin > 0) addBin(binSum / (inBin * channels));
      return { sampleRate, channels, frames, clipped, bins: bins.subarray(0, binCount) };
    },
  };
}
