// The planner's internal record of one placed line (integer milliseconds) and its report form.

import type { PlanLineInput, PlannedLine } from './types.js';
import { roundMs, toSeconds } from './ms.js';

/** One line as placed, on the millisecond grid. */
export interface PlacedLine {
  input: PlanLineInput;
  cueMs: number;
  startMs: number;
  endMs: number;
  stretch: number;
  compress_s: number;
  overflowMs: number;
}

/** The report form of a placed line (seconds, rounded to the millisecond). */
export function toPlannedLine(line: PlacedLine): PlannedLine {
  return {
    index: line.input.index,
    text: line.input.text,
    cue_s: toSeconds(line.cueMs),
    start_s: toSeconds(line.startMs),
    end_s: toSeconds(line.endMs),
    stretch: line.stretch,
    overflow_ms: line.overflowMs,
    compress_s: toSeconds(roundMs(line.compress_s)),
  };
}
