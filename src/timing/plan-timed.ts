// Place timed lines: each starts at its cue, fits its slot (pauses, then speed-up), or overflows.

import type { PlanLineInput, PlanOptions } from './types.js';
import type { PlacedLine } from './placed-line.js';
import { ceilMs, roundMs } from './ms.js';
import { fitLine } from './fit-line.js';
import { overflowError } from './overflow-error.js';

/** Where line i's slot ends: the next timed cue minus the gap, else the video's end. */
function slotEndMs(lines: PlanLineInput[], i: number, videoEndMs: number, gapMs: number): number {
  for (let j = i + 1; j < lines.length; j++) {
    const cue = lines[j]?.cue_s;
    if (cue !== null && cue !== undefined) return roundMs(cue) - gapMs;
  }
  return videoEndMs;
}

/**
 * Place lines in the given order. A line starts at its cue unless the previous line ran long; then it
 * starts right after it (+ min gap). A line that does not fit even at max_stretch overflows:
 * - 'error' throws OVERFLOW for the first such line;
 * - 'shift' keeps max_stretch and pushes the following lines later;
 * - 'extend' does the same for a non-last line: extending the video only adds a hold at its end
 *   (Plan.extend_s), so the only way to keep lines from talking over each other mid-video is to push
 *   the later ones, exactly as 'shift' does. For the last line both modes run past the video, which
 *   the caller then extends.
 * Untimed lines among timed ones (which the parser rejects) simply follow the previous line.
 */
export function planTimed(lines: PlanLineInput[], videoEndMs: number, options: PlanOptions): PlacedLine[] {
  const gapMs = ceilMs(options.min_gap_s);
  const placed: PlacedLine[] = [];
  let prevEndMs: number | null = null;
  lines.forEach((input, i) => {
    const after = prevEndMs === null ? 0 : prevEndMs + gapMs;
    const cueMs = input.cue_s === null ? after : roundMs(input.cue_s);
    const startMs = Math.max(cueMs, after);
    const endOfSlotMs = slotEndMs(lines, i, videoEndMs, gapMs);
    const roomMs = endOfSlotMs - startMs;
    const fit = fitLine(input.duration_s, input.compressible_s ?? 0, roomMs, options.max_stretch);
    if (!fit.fits && options.overflow === 'error') {
      throw overflowError(input.index, fit.playedMs, roomMs, options.max_stretch);
    }
    const endMs = startMs + fit.playedMs;
    placed.push({
      input,
      cueMs,
      startMs,
      endMs,
      stretch: fit.stretch,
      compress_s: fit.compress_s,
      overflowMs: Math.max(0, endMs - endOfSlotMs),
    });
    prevEndMs = endMs;
  });
  return placed;
}
