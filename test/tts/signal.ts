// Small signal helpers for the TTS tests (not a test file).

/** RMS level of samples in dBFS (-Infinity for silence). */
export function rmsDb(samples: Float32Array): number {
  let sum = 0;
  for (const x of samples) sum += x * x;
  return 10 * Math.log10(sum / Math.max(1, samples.length));
}

/** `seconds` of a sine tone at `amplitude`. */
export function tone(seconds: number, sampleRate: number, amplitude = 0.5, hz = 220): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate);
  return out;
}

/** Concatenate sample arrays. */
export function concat(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Longest run of samples below `threshold_db` at the start and at the end, seconds. */
export function edgeSilence_s(samples: Float32Array, sampleRate: number, threshold_db = -45): { lead: number; trail: number } {
  const limit = 10 ** (threshold_db / 20);
  let first = samples.findIndex((x) => Math.abs(x) > limit);
  if (first < 0) first = samples.length;
  let last = samples.length - 1;
  while (last >= 0 && Math.abs(samples[last] ?? 0) <= limit) last--;
  return { lead: first / sampleRate, trail: (samples.length - 1 - last) / sampleRate };
}
