// Where each narrated line starts in delivered audio: a pure search of a 1 ms energy envelope near the
// time the plan put the line at (the output's start_s), so a shifted, late or missing line shows.

/** How the onset search works; the defaults suit narration over a ducked (or silent) original. */
export interface OnsetOptions {
  /** How far from the planned start an onset is looked for, seconds (default 0.5). */
  search_s?: number;
  /** Below the line's own speech level (its 90th percentile over the planned span), dB, where sound counts as started (default 40). */
  below_db?: number;
}

const WINDOW_BINS = 10; // the level of bin k is the mean over [k-5, k+5): a 10 ms window centred on it
const SUSTAIN_BINS = 30; // an onset starts ≥ 30 ms at least half above the threshold (not a click)
const BACKTRACK_BINS = 50; // the rise is followed back at most 50 ms from where it crossed the threshold
const QUIET_CAP_BINS = 400; // a quiet run before an onset counts up to 400 ms
const DISTANCE_WEIGHT = 0.5; // each ms away from the planned start costs half a ms of quiet
const SILENT_DB = -120;

const toDb = (meanSquare: number): number => (meanSquare > 1e-12 ? 10 * Math.log10(meanSquare) : SILENT_DB);

function percentile(values: Float32Array, p: number): number {
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** The envelope as levels in dB: a centred 10 ms window per 1 ms bin (no prefix-sum copy: a 2-hour envelope stays one array). */
export function windowLevels(bins: Float32Array | Float64Array): Float32Array {
  const levels = new Float32Array(bins.length);
  const half = WINDOW_BINS / 2;
  for (let k = 0; k < bins.length; k++) {
    const from = Math.max(0, k - half);
    const to = Math.min(bins.length, k + half);
    let sum = 0;
    for (let i = from; i < to; i++) sum += bins[i]!;
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
export function lineOnsets(bins: Float32Array | Float64Array, lines: readonly { start_s: number; end_s: number }[], options: OnsetOptions = {}): (number | null)[] {
  const search = Math.round((options.search_s ?? 0.5) * 1000);
  const below = options.below_db ?? 40;
  const levels = windowLevels(bins);
  const n = levels.length;
  return lines.map((line) => {
    const at = Math.round(line.start_s * 1000);
    const end = Math.min(n, Math.max(Math.round(line.end_s * 1000), at + SUSTAIN_BINS));
    if (at >= n || end <= at) return null;
    const speech = percentile(levels.subarray(at, end), 0.9);
    if (speech <= SILENT_DB + 1) return null;
    const lo = Math.max(0, at - search);
    const hi = Math.min(n, at + search);
    // The floor: the window's quiet part (a ducked bed), or for digital silence 60 dB under the speech (AAC's pre-echo stays under it).
    const floor = Math.max(percentile(levels.subarray(lo, hi), 0.1), speech - 60);
    const threshold = Math.max(speech - below, floor + 4);
    let best: { k: number; score: number } | undefined;
    for (let k = lo; k < hi; k++) {
      if (levels[k]! < threshold || (k > 0 && levels[k - 1]! >= threshold)) continue;
      const sustainEnd = Math.min(n, k + SUSTAIN_BINS);
      let up = 0;
      for (let j = k; j < sustainEnd; j++) if (levels[j]! >= threshold) up++;
      if (up < 0.5 * SUSTAIN_BINS) continue;
      let quiet = 0;
      for (let j = k - 1; j >= 0 && levels[j]! < threshold && quiet < QUIET_CAP_BINS; j--) quiet++;
      if (k - quiet === 0) quiet = QUIET_CAP_BINS; // quiet back to the start of the file
      const score = quiet - DISTANCE_WEIGHT * Math.abs(k - at);
      if (!best || score > best.score) best = { k, score };
    }
    if (!best) return null;
    // Back from the crossing to where the rise left the floor (1 ms bins): a soft onset starts before it crosses.
    let onset = Math.min(n - 1, best.k + WINDOW_BINS / 2);
    const stop = Math.max(0, best.k - BACKTRACK_BINS);
    while (onset > stop && toDb(bins[onset - 1]!) > floor + 2) onset--;
    return onset / 1000;
  });
}
