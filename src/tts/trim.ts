// Pure silence handling on mono speech: trim the edges, find and shorten long internal pauses.

/** How silence is told from speech. */
export interface SilenceOptions {
  /** Windows whose RMS is below this level are silent, dBFS (default -45). */
  threshold_db?: number;
  /** Analysis window, seconds (default 5 ms). */
  window_s?: number;
}

/** Silence kept before the first and after the last voiced window when trimming, seconds. */
export const EDGE_MARGIN_S = 0.01;

/** A silent run inside speech, as sample indices [start, end). */
export interface Pause {
  start: number;
  end: number;
}

interface Windows {
  voiced: boolean[];
  size: number;
}

function analyse(samples: Float32Array, sampleRate: number, options: SilenceOptions): Windows {
  const size = Math.max(1, Math.round(sampleRate * (options.window_s ?? 0.005)));
  const threshold = 10 ** ((options.threshold_db ?? -45) / 20);
  const limit = threshold * threshold * size;
  const voiced: boolean[] = [];
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
export function trimBounds(samples: Float32Array, sampleRate: number, options: SilenceOptions = {}): Pause {
  const { voiced, size } = analyse(samples, sampleRate, options);
  const first = voiced.indexOf(true);
  if (first < 0) return { start: 0, end: 0 };
  const last = voiced.lastIndexOf(true);
  const margin = Math.round(EDGE_MARGIN_S * sampleRate);
  return { start: Math.max(0, first * size - margin), end: Math.min(samples.length, (last + 1) * size + margin) };
}

/** Remove leading and trailing silence, keeping EDGE_MARGIN_S of it; all-silent input gives an empty array. */
export function trimSilence(samples: Float32Array, sampleRate: number, options: SilenceOptions = {}): Float32Array {
  const { start, end } = trimBounds(samples, sampleRate, options);
  return samples.slice(start, end);
}

/** Silent runs between the first and the last voiced window, in order. */
export function findPauses(samples: Float32Array, sampleRate: number, options: SilenceOptions = {}): Pause[] {
  const { voiced, size } = analyse(samples, sampleRate, options);
  const pauses: Pause[] = [];
  let runStart = -1;
  let seenVoice = false;
  voiced.forEach((isVoiced, index) => {
    if (!isVoiced) {
      if (seenVoice && runStart < 0) runStart = index;
      return;
    }
    if (runStart >= 0) pauses.push({ start: runStart * size, end: index * size });
    runStart = -1;
    seenVoice = true;
  });
  return pauses;
}

function checkMaxPause(maxPause_s: number): void {
  if (!(maxPause_s >= 0)) throw new RangeError(`maxPause_s must be a number >= 0, got ${maxPause_s}`);
}

/** Seconds that compactPauses would remove with this maxPause_s (for the planner). */
export function removablePause_s(
  samples: Float32Array,
  sampleRate: number,
  maxPause_s: number,
  options: SilenceOptions = {},
): number {
  checkMaxPause(maxPause_s);
  const keep = Math.round(maxPause_s * sampleRate);
  let removed = 0;
  for (const pause of findPauses(samples, sampleRate, options)) removed += Math.max(0, pause.end - pause.start - keep);
  return removed / sampleRate;
}

/**
 * Shorten every internal pause longer than maxPause_s to maxPause_s (cutting its middle). `cuts` are the
 * removed runs as sample indices of the input, in order (mapThroughCuts moves times, e.g. word times, with them).
 */
export function compactPauses(
  samples: Float32Array,
  sampleRate: number,
  maxPause_s: number,
  options: SilenceOptions = {},
): { samples: Float32Array; saved_s: number; cuts: Pause[] } {
  checkMaxPause(maxPause_s);
  const keep = Math.round(maxPause_s * sampleRate);
  const pieces: Float32Array[] = [];
  let from = 0;
  let removed = 0;
  const cuts: Pause[] = [];
  for (const pause of findPauses(samples, sampleRate, options)) {
    const length = pause.end - pause.start;
    if (length <= keep) continue;
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
export function mapThroughCuts(t_s: number, cuts: readonly Pause[], sampleRate: number): number {
  const at = t_s * sampleRate;
  let removed = 0;
  for (const cut of cuts) {
    if (at <= cut.start) break;
    removed += Math.min(at, cut.end) - cut.start;
  }
  return (at - removed) / sampleRate;
}
