// Place timed lines: each starts at its cue, fits its slot (pauses, then speed-up), or overflows.

import type { PlanLineInput, PlanOptions } from './types.js';
import type { PlacedLine } from './placed-line.js';
import { ceilMs, roundMs } from './ms.js';
import { fitLine } from './fit-line.js';
import { overflowError } from './overflow-error.js';

/** A mid-video hold: the picture (and original sound) freezes at source time `atMs` for `dMs`. */
export interface HoldMs {
  atMs: number;
  dMs: number;
}

/** Timed lines as placed (output time), and the holds 'extend' inserted (source time). */
export interface TimedPlacement {
  placed: PlacedLine[];
  holds: HoldMs[];
}

/**
 * Where line i's slot ends (source time): its own end when it has one later than its cue and before
 * the next cue's slot end, else the next timed cue minus the gap, else the video's end. `last`: no
 * timed cue follows (its overflow runs on instead of holding the picture).
 */
function slotEnd(lines: PlanLineInput[], i: number, nextTimed: number, videoEndMs: number, gapMs: number): { endMs: number; last: boolean } {
  const next = nextCueEnd(lines, nextTimed, videoEndMs, gapMs);
  const { cue_s, end_s } = lines[i]!;
  if (cue_s === null || end_s === null || end_s === undefined) return next;
  const ownMs = roundMs(end_s);
  return ownMs > roundMs(cue_s) && ownMs < next.endMs ? { endMs: ownMs, last: next.last } : next;
}

/** The next timed cue (line `nextTimed`, -1 for none) minus the gap, else the video's end. */
function nextCueEnd(lines: PlanLineInput[], nextTimed: number, videoEndMs: number, gapMs: number): { endMs: number; last: boolean } {
  const cue = nextTimed < 0 ? null : lines[nextTimed]!.cue_s;
  return cue === null ? { endMs: videoEndMs, last: true } : { endMs: roundMs(cue) - gapMs, last: false };
}

/** For each line, the index of the next timed line after it (-1 for none), in one pass from the end. */
function nextTimedLines(lines: PlanLineInput[]): number[] {
  const next = new Array<number>(lines.length);
  let found = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = found;
    if (lines[i]!.cue_s !== null && lines[i]!.cue_s !== undefined) found = i;
  }
  return next;
}

/**
 * Place lines in the given order. A line starts at its cue (plus the holds before it) unless the
 * previous line ran long; then it starts right after it (+ min gap). Its slot ends at its own end
 * (subtitle cues) or the next cue (see slotEnd). A line that does not fit even at
 * max_stretch overflows:
 * - 'error' throws OVERFLOW for the first such line;
 * - 'shift' keeps max_stretch and pushes the following lines later (the picture is untouched, so
 *   they drift off their pictures);
 * - 'extend' keeps max_stretch and holds the picture at the end of the line's slot for the overflow
 *   (a hold at max(slot end, where the line starts), source time), so every later line still starts
 *   at its cue + the holds before it, on its own picture.
 * For the last line both modes run past the video, which finishPlan extends (last-frame hold).
 * Untimed lines among timed ones (which the parser rejects) simply follow the previous line.
 */
export function planTimed(lines: PlanLineInput[], videoEndMs: number, options: PlanOptions): TimedPlacement {
  const gapMs = ceilMs(options.min_gap_s);
  const placed: PlacedLine[] = [];
  const holds: HoldMs[] = [];
  let heldMs = 0; // sum of holds so far: output time = source time + heldMs
  let prevEndMs: number | null = null;
  const nextTimed = nextTimedLines(lines);
  lines.forEach((input, i) => {
    const after = prevEndMs === null ? 0 : prevEndMs + gapMs;
    const cueMs = input.cue_s === null ? after - heldMs : roundMs(input.cue_s);
    const startMs = Math.max(cueMs + heldMs, after);
    const slot = slotEnd(lines, i, nextTimed[i]!, videoEndMs, gapMs);
    const endOfSlotMs = slot.endMs + heldMs; // no hold lies between a line's start and its slot's end
    const roomMs = endOfSlotMs - startMs;
    const fit = fitLine(input.duration_s, input.compressible_s ?? 0, roomMs, options.max_stretch);
    if (!fit.fits && options.overflow === 'error') {
      throw overflowError(input.index, fit.playedMs, roomMs, options.max_stretch);
    }
    const endMs = startMs + fit.playedMs;
    const overflowMs = Math.max(0, endMs - endOfSlotMs);
    placed.push({
      input,
      cueMs: input.cue_s === null ? startMs : cueMs,
      startMs,
      endMs,
      stretch: fit.stretch,
      compress_s: fit.compress_s,
      overflowMs,
    });
    if (overflowMs > 0 && options.overflow === 'extend' && !slot.last) {
      holds.push({ atMs: Math.max(slot.endMs, startMs - heldMs), dMs: overflowMs });
      heldMs += overflowMs;
    }
    prevEndMs = endMs;
  });
  return { placed, holds };
}
