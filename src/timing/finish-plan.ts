// Turn placed lines into the Plan: report form, and a last-frame hold when speech runs past the video.

import type { Plan } from './types.js';
import { toPlannedLine, type PlacedLine } from './placed-line.js';
import { roundMs, toSeconds } from './ms.js';

/** Quiet time kept after the last line when the video has to be extended for it. */
export const TAIL_MS = 500;

/** The Plan: duration is the video's, or the last line's end + TAIL_MS when speech runs past `videoEndMs`. */
export function finishPlan(placed: PlacedLine[], videoDuration_s: number, videoEndMs: number): Plan {
  const videoMs = roundMs(videoDuration_s);
  const lastEndMs = placed.reduce((a, l) => Math.max(a, l.endMs), 0);
  const extendMs = lastEndMs > videoEndMs ? Math.max(0, lastEndMs + TAIL_MS - videoMs) : 0;
  return {
    lines: placed.map(toPlannedLine),
    duration_s: toSeconds(videoMs + extendMs),
    extend_s: toSeconds(extendMs),
  };
}
