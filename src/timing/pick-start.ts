// Choose where an untimed line starts: near its natural position, preferring scene cuts and silences.

/** A span of silence in the original audio, whole milliseconds. */
export interface SilenceMs {
  startMs: number;
  endMs: number;
}

/** What picking a start needs to know, all in whole milliseconds. */
export interface StartQuery {
  /** Where proportional spreading would put the line. */
  naturalMs: number;
  /** Earliest allowed start (after the previous line + gap). */
  loMs: number;
  /** Latest allowed start (so the remaining lines still fit at rate 1). */
  hiMs: number;
  /** How long the line plays. */
  lengthMs: number;
  /**
   * Scene cuts and silences, in any order. They are indexed once per array (the lines of one video share
   * them): pass new arrays rather than changing these between calls.
   */
  cutsMs: readonly number[];
  silences: readonly SilenceMs[];
}

/** How far from its natural position a line may move to reach a cut or a silence. */
export const REACH_MS = 2000;
/** A cut and a silence start this close count as one place. */
const SAME_PLACE_MS = 100;
const CUT_BONUS = 0.75;
const SILENCE_START_BONUS = 0.75;
const QUIET_WEIGHT = 0.5;

/** Times are whole milliseconds: within one of them counts as the same instant. */
const EXACT_MS = 1;

/** A query's places sorted once (every line of a video asks with the same arrays): binary searches, not scans. */
interface Places {
  cuts: number[];
  /** Silences by start, their starts, and the latest end among the first i + 1 of them. */
  silences: SilenceMs[];
  starts: number[];
  maxEnd: number[];
}

const indexed = new WeakMap<object, Places>();

function placesOf(q: StartQuery): Places {
  const known = indexed.get(q.silences);
  if (known && indexed.get(q.cutsMs) === known) return known;
  const silences = [...q.silences].sort((a, b) => a.startMs - b.startMs);
  const maxEnd: number[] = [];
  for (const s of silences) maxEnd.push(Math.max(s.endMs, maxEnd[maxEnd.length - 1] ?? -Infinity));
  const places = { cuts: [...q.cutsMs].sort((a, b) => a - b), silences, starts: silences.map((s) => s.startMs), maxEnd };
  indexed.set(q.silences, places);
  indexed.set(q.cutsMs, places);
  return places;
}

/** First index whose value is ≥ x in an ascending array (its length when none is). */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function within(sorted: readonly number[], t: number, tolerance: number): boolean {
  const i = lowerBound(sorted, t - tolerance);
  return i < sorted.length && sorted[i]! <= t + tolerance;
}

/** The values of an ascending array within [from, to]. */
function between(sorted: readonly number[], from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = lowerBound(sorted, from); i < sorted.length && sorted[i]! <= to; i++) found.push(sorted[i]!);
  return found;
}

/** Fraction of [t, t + length] that lies in silences of the original audio (only the silences that can overlap it are visited). */
function quietFraction(t: number, lengthMs: number, places: Places): number {
  if (lengthMs <= 0) return 0;
  let quiet = 0;
  // Silences starting at or after t + length add nothing; going back, stop once no earlier one ends after t.
  for (let j = lowerBound(places.starts, t + lengthMs) - 1; j >= 0 && places.maxEnd[j]! > t; j--) {
    const s = places.silences[j]!;
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
export function scoreStart(t: number, q: StartQuery, naturalMs: number): number {
  const places = placesOf(q);
  // Only a start ON a cut earns the cut bonus (a position 60 ms before a cut must move onto it);
  // a cut and a silence start that close count as one place.
  const atCut = within(places.cuts, t, EXACT_MS);
  const atSilenceStart = within(places.starts, t, atCut ? SAME_PLACE_MS : EXACT_MS);
  return (
    1 -
    Math.abs(t - naturalMs) / REACH_MS +
    (atCut ? CUT_BONUS : 0) +
    (atSilenceStart ? SILENCE_START_BONUS : 0) +
    QUIET_WEIGHT * quietFraction(t, q.lengthMs, places)
  );
}

/** Best start in [lo, hi]: the natural position, or a cut / silence start within reach of it. Deterministic. */
export function pickStart(q: StartQuery): number {
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
