// Spread untimed lines over a video long enough to hold them at rate 1, snapping to cuts and silences.

import type { PlanLineInput, VideoFacts } from './types.js';
import type { PlacedLine } from './placed-line.js';
import { ceilMs, roundMs } from './ms.js';
import { pickStart, type SilenceMs } from './pick-start.js';

/** Share of a line's free time spent before it at its natural position (a breath before speaking). */
const LEAD_FRACTION = 0.25;
/** ... but never more than this. */
const MAX_LEAD_MS = 1000;

/**
 * Each line gets a share of the video proportional to its length (its speech plus the same fraction
 * of the free time); its natural start is just after its share begins. The start actually chosen is
 * the best-scoring place near it (see pickStart), kept after the previous line + gap and early enough
 * that the remaining lines still fit at rate 1. Requires Σ lengths + gaps ≤ videoEndMs.
 */
export function spreadUntimed(lines: PlanLineInput[], video: VideoFacts, videoEndMs: number, gapMs: number): PlacedLine[] {
  const lengths = lines.map((line) => ceilMs(line.duration_s));
  const total = lengths.reduce((a, b) => a + b, 0);
  const free = videoEndMs - total;
  const cutsMs = video.sceneCuts.map(roundMs);
  const silences: SilenceMs[] = video.silences.map((s) => ({ startMs: roundMs(s.start_s), endMs: roundMs(s.end_s) }));

  const placed: PlacedLine[] = [];
  let rest = total + (lines.length - 1) * gapMs; // what lines i.. still need
  let shareStart = 0;
  let prevEndMs: number | null = null;
  lines.forEach((input, i) => {
    const lengthMs = lengths[i] ?? 0;
    const slack = total > 0 ? (free * lengthMs) / total : free / lines.length;
    const startMs = pickStart({
      naturalMs: shareStart + Math.min(slack * LEAD_FRACTION, MAX_LEAD_MS),
      loMs: prevEndMs === null ? 0 : prevEndMs + gapMs,
      hiMs: videoEndMs - rest,
      lengthMs,
      cutsMs,
      silences,
    });
    const endMs = startMs + lengthMs;
    placed.push({ input, cueMs: startMs, startMs, endMs, stretch: 1, compress_s: 0, overflowMs: 0 });
    rest -= lengthMs + gapMs;
    shareStart += lengthMs + slack;
    prevEndMs = endMs;
  });
  return placed;
}
