// Inputs and outputs of the pure timing planner.

import type { Overflow } from '../config/types.js';
import type { SourceLocation } from '../core/errors.js';

/** One line to place: its cue (or none) and how long its speech lasts at rate 1. */
export interface PlanLineInput {
  index: number;
  text: string;
  cue_s: number | null;
  /**
   * Where the line's slot ends, source time (a subtitle cue's own end): used when later than `cue_s`,
   * bounded by the next cue's slot and the video's end. Absent or null: the slot runs to the next cue.
   */
  end_s?: number | null;
  /** Speech duration at rate 1, seconds. */
  duration_s: number;
  /** Internal pauses that can be removed before speeding up, seconds (0 if unknown). */
  compressible_s?: number;
  /** Where the line is written (script file and 1-based line), for errors about it. */
  location?: SourceLocation;
}

/** What the planner knows of the video. */
export interface VideoFacts {
  duration_s: number;
  /** Scene-cut times, seconds, ascending. */
  sceneCuts: number[];
  /** Spans where the original audio is silent, ascending. */
  silences: { start_s: number; end_s: number }[];
}

export interface PlanOptions {
  max_stretch: number;
  overflow: Overflow;
  /** Smallest gap kept between two lines, seconds. */
  min_gap_s: number;
}

/**
 * Where one line lands. `cue_s` is in source time (the input video's clock); `start_s` and `end_s`
 * are in output time, which runs ahead of source time by the holds before the line (Plan.holds).
 */
export interface PlannedLine {
  index: number;
  text: string;
  /** Requested start (the cue, source time), or the chosen start for untimed text. */
  cue_s: number;
  /** Output time, seconds: the cue + the holds before it, or later when a previous line ran long ('shift'). */
  start_s: number;
  end_s: number;
  /** Speed-up applied (1 = none, ≤ max_stretch). */
  stretch: number;
  /** How far the line ran past its slot, milliseconds (0 when it fit). */
  overflow_ms: number;
  /**
   * Seconds of internal pauses to remove from the clip before stretching (0 = none). Added by the
   * planner so render can reproduce its arithmetic: end_s - start_s ≈ (duration_s - compress_s) / stretch.
   */
  compress_s?: number;
}

/** The picture (and original sound) frozen at source time `at_s` for `d_s` seconds. */
export interface PlanHold {
  at_s: number;
  d_s: number;
}

export interface Plan {
  lines: PlannedLine[];
  /** Final output duration: the video's plus its holds, or longer when the last frame is held. */
  duration_s: number;
  /** Seconds of last-frame hold appended (speech running past the end of the video). */
  extend_s: number;
  /**
   * Mid-video holds ('extend' when a timed line overflows its slot), ascending by `at_s` (source
   * time): output time = source time + the holds at or before it. Empty otherwise.
   */
  holds: PlanHold[];
}
