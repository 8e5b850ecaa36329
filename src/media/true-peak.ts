// True peak as ffmpeg's ebur128 measures it (peak=true): the largest magnitude of the signal upsampled 4x
// by libswresample with its defaults (Kaiser-windowed sinc, beta 9, 32 taps, exact rational: 4 phases;
// phase 0 is the sample itself). Exact, but only where a peak can be: a block whose samples could not
// reach the peak so far through the filter's gain is skipped, loudest blocks first, and stereo is
// taken as mid and side (max(|L|, |R|) = |M| + |S|), so dual mono costs one channel.

const TAPS = 32;
const CENTER = 15;
const BLOCK = 64;

function besselI0(x: number): number {
  let sum = 1, term = 1;
  for (let k = 1; k < 60; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return sum;
}

// swresample's build_filter for an upsampler (factor 1): sinc × Kaiser, every phase scaled by phase 0's sum (I0(beta)).
const [H1, H2, H3] = [1, 2, 3].map((ph) =>
  Float64Array.from({ length: TAPS }, (_, i) => {
    const d = i - CENTER - ph / 4;
    const w = (2 * d) / TAPS;
    return (Math.sin(Math.PI * d) / (Math.PI * d)) * besselI0(9 * Math.sqrt(Math.max(1 - w * w, 0))) / besselI0(9);
  }),
) as [Float64Array, Float64Array, Float64Array];
/** |interpolated| <= GAIN × the largest |sample| in its window. */
const GAIN = Math.max(...[H1, H2, H3].map((h) => h.reduce((s, v) => s + Math.abs(v), 0)));

/** The three interpolated values (phases 1-3) centred on `c`. */
function interpolate(line: Float64Array, c: number, out: Float64Array): void {
  let y1 = 0, y2 = 0, y3 = 0;
  for (let t = 0, j = c - CENTER; t < TAPS; t++, j++) {
    const v = line[j]!;
    y1 += v * H1[t]!; y2 += v * H2[t]!; y3 += v * H3[t]!;
  }
  out[0] = y1; out[1] = y2; out[2] = y3;
}

/** A streaming true-peak meter of interleaved float samples (linear peak; 20·log10 gives dBTP). */
export function createTruePeakMeter(channels: number): { push(samples: Float32Array, frames: number): void; peak(): number } {
  const stereo = channels === 2;
  const lanes = stereo ? 2 : channels; // stereo: mid, side
  const history = Array.from({ length: lanes }, () => new Float64Array(TAPS - 1));
  const ym = new Float64Array(3);
  const ys = new Float64Array(3);
  let peak = 0;

  const blockMaxima = (line: Float64Array, starts: number[], last: number): Float64Array =>
    Float64Array.from(starts, (c0) => {
      let max = 0;
      const to = Math.min(last, c0 + BLOCK - 1) + TAPS - CENTER - 1;
      for (let j = c0 - CENTER; j <= to; j++) { const a = Math.abs(line[j]!); if (a > max) max = a; }
      return max;
    });

  // One lane, or mid + side: at each centre, phase 0 and 1-3 of |M| + |S|; S is interpolated only where it could matter.
  const scan = (main: Float64Array, side: Float64Array | undefined, starts: number[], last: number): void => {
    const mMax = blockMaxima(main, starts, last);
    const sMax = side ? blockMaxima(side, starts, last) : new Float64Array(starts.length);
    const bound = Float64Array.from(starts, (_, b) => GAIN * (mMax[b]! + sMax[b]!));
    const order = starts.map((_, b) => b).sort((a, b) => bound[b]! - bound[a]!);
    for (const b of order) {
      if (bound[b]! <= peak) break;
      const sideBound = GAIN * sMax[b]!;
      const c1 = Math.min(last, starts[b]! + BLOCK - 1);
      for (let c = starts[b]!; c <= c1; c++) {
        const zero = Math.abs(main[c]!) + (side ? Math.abs(side[c]!) : 0);
        if (zero > peak) peak = zero;
        interpolate(main, c, ym);
        const near = Math.max(Math.abs(ym[0]!), Math.abs(ym[1]!), Math.abs(ym[2]!));
        if (near + sideBound <= peak) continue;
        if (!side || sideBound === 0) { if (near > peak) peak = near; continue; }
        interpolate(side, c, ys);
        for (let p = 0; p < 3; p++) { const v = Math.abs(ym[p]!) + Math.abs(ys[p]!); if (v > peak) peak = v; }
      }
    }
  };

  return {
    push(samples: Float32Array, frames: number): void {
      if (frames === 0) return;
      const H = TAPS - 1;
      const last = H + frames - (TAPS - CENTER); // centres whose 32-sample window lies in the lines
      const starts: number[] = [];
      for (let c0 = CENTER; c0 <= last; c0 += BLOCK) starts.push(c0);
      const lines = history.map((h) => { const line = new Float64Array(H + frames); line.set(h); return line; });
      if (stereo) {
        const [m, s] = lines as [Float64Array, Float64Array];
        for (let i = 0; i < frames; i++) {
          const l = samples[2 * i]!, r = samples[2 * i + 1]!;
          m[H + i] = (l + r) / 2;
          s[H + i] = (l - r) / 2;
        }
        scan(m, s, starts, last);
      } else {
        lines.forEach((line, ch) => {
          for (let i = 0, k = ch; i < frames; i++, k += channels) line[H + i] = samples[k]!;
          scan(line, undefined, starts, last);
        });
      }
      lines.forEach((line, k) => history[k]!.set(line.subarray(frames)));
    },
    peak: () => peak,
  };
}
