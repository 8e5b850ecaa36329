// Loudness of a short mono clip measured in JS on its samples (ITU-R BS.1770 K-weighting and gating),
// so each speech clip can be brought to a common level without running ffmpeg per line.

/** Biquad coefficients: b0 b1 b2 over a1 a2 (a0 = 1). */
export type Biquad = [number, number, number, number, number];

// The K-weighting pre-filter (high shelf) and RLB high-pass for any sample rate, derived from
// their analogue prototypes as libebur128 does (ebur128.c, ebur128_init_filter).
/** The K-weighting biquads (shelf, then RLB high-pass) at `sampleRate`: b0 b1 b2 a1 a2 each. */
export function kWeighting(sampleRate: number): [Biquad, Biquad] {
  let f0 = 1681.974450955533;
  const G = 3.999843853973347;
  let Q = 0.7071752369554196;
  let K = Math.tan((Math.PI * f0) / sampleRate);
  const Vh = 10 ** (G / 20);
  const Vb = Vh ** 0.4996667741545416;
  let a0 = 1 + K / Q + K * K;
  const shelf: Biquad = [
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
  const highPass: Biquad = [1, -2, 1, (2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0];
  return [shelf, highPass];
}

function filter(input: Float32Array, [b0, b1, b2, a1, a2]: Biquad): Float64Array {
  const out = new Float64Array(input.length);
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (let i = 0; i < input.length; i++) {
    const x = input[i]!;
    const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    out[i] = y;
    x2 = x1; x1 = x; y2 = y1; y1 = y;
  }
  return out;
}

const toLufs = (meanSquare: number): number => -0.691 + 10 * Math.log10(meanSquare);

/**
 * Integrated loudness of mono samples, LUFS (BS.1770: 400 ms blocks, 75 % overlap, −70 LUFS absolute
 * and −10 LU relative gates). A clip shorter than one block is measured as one block. -Infinity for silence.
 */
export function clipLoudness(samples: Float32Array, sampleRate: number): number {
  if (samples.length === 0) return -Infinity;
  const [shelf, highPass] = kWeighting(sampleRate);
  const weighted = filter(Float32Array.from(filter(samples, shelf)), highPass);
  const block = Math.min(weighted.length, Math.round(0.4 * sampleRate));
  const step = Math.max(1, Math.round(block / 4));
  // Running sums of squares make every block O(1).
  const cumulative = new Float64Array(weighted.length + 1);
  for (let i = 0; i < weighted.length; i++) cumulative[i + 1] = cumulative[i]! + weighted[i]! * weighted[i]!;
  const blocks: number[] = [];
  for (let start = 0; start + block <= weighted.length; start += step) {
    blocks.push((cumulative[start + block]! - cumulative[start]!) / block);
  }
  const gated = (threshold: number): number[] => blocks.filter((z) => toLufs(z) > threshold);
  const absolute = gated(-70);
  if (absolute.length === 0) return -Infinity;
  const relative = toLufs(absolute.reduce((s, z) => s + z, 0) / absolute.length) - 10;
  const kept = gated(Math.max(-70, relative));
  return toLufs(kept.reduce((s, z) => s + z, 0) / kept.length);
}
