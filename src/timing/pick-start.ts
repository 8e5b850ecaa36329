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
  cutsMs: number[];
  silences: SilenceMs[];
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

function within(times: number[], t: number, tolerance: number): boolean {
  return times.some((x) => Math.abs(x - t) <= tolerance);
}

/** Fraction of [t, t + length] that lies in silences of the original audio. */
function quietFraction(t: number, lengthMs: number, silences: SilenceMs[]): number {
  if (lengthMs <= 0) return 0;
  let quiet = 0;
  for (const s of silences) quiet += Math.max(0, Math.min(t + lengthMs, s.endMs) - Math.max(t, s.startMs));
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
  const silenceStarts = q.silences.map((s) => s.startMs);
  // Only a start ON a cut earns the cut bonus (a position 60 ms before a cut must move onto it);
  // a cut and a silence start that close count as one place.
  const atCut = within(q.cutsMs, t, EXACT_MS);
  const atSilenceStart = within(silenceStarts, t, atCut ? SAME_PLACE_MS : EXACT_MS);
  return (
    1 -
    Math.abs(t - naturalMs) / REACH_MS +
    (atCut ? CUT_BONUS : 0) +
    (atSilenceStart ? SILENCE_START_BONUS : 0) +
    QUIET_WEIGHT * quietFraction(t, q.lengthMs, q.silences)
  );
}

/** Best start in [lo, hi]: the natural position, or a cut / silence start within reach of it. Deterministic. */
export function pickStart(q: StartQuery): number {
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
