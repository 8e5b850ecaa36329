// Turn placed lines into the Plan: report form, mid-video holds, and a last-frame hold when speech runs past the video.

import type { Plan } from './types.js';
import { toPlannedLine, type PlacedLine } from './placed-line.js';
import type { HoldMs } from './plan-timed.js';
import { roundMs, toSeconds } from './ms.js';

/** Quiet time kept after the last line when the video has to be extended for it. */
export const TAIL_MS = 500;

/** Holds in source order, those at the same point merged into one. */
function mergeHolds(holds: readonly HoldMs[]): HoldMs[] {
  const merged: HoldMs[] = [];
  for (const hold of [...holds].sort((a, b) => a.atMs - b.atMs)) {
    const last = merged[merged.length - 1];
    if (last && last.atMs === hold.atMs) last.dMs += hold.dMs;
    else merged.push({ ...hold });
  }
  return merged;
}

/**
 * The Plan: duration is the video's plus its mid-video holds, or the last line's end + TAIL_MS when
 * speech runs past the (held) video's end `videoEndMs` + holds.
 */
export function finishPlan(placed: PlacedLine[], videoDuration_s: number, videoEndMs: number, holds: readonly HoldMs[] = []): Plan {
  const heldMs = holds.reduce((a, h) => a + h.dMs, 0);
  const videoMs = roundMs(videoDuration_s) + heldMs;
  const lastEndMs = placed.reduce((a, l) => Math.max(a, l.endMs), 0);
  const extendMs = lastEndMs > videoEndMs + heldMs ? Math.max(0, lastEndMs + TAIL_MS - videoMs) : 0;
  return {
    lines: placed.map(toPlannedLine),
    duration_s: toSeconds(videoMs + extendMs),
    extend_s: toSeconds(extendMs),
    holds: mergeHolds(holds).map((h) => ({ at_s: toSeconds(h.atMs), d_s: toSeconds(h.dMs) })),
  };
}
