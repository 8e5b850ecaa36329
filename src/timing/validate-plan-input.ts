// Reject impossible planner inputs (negative, NaN, infinite): these are programming errors, not user errors.

import type { PlanLineInput, PlanOptions, VideoFacts } from './types.js';

const OVERFLOWS = new Set(['extend', 'shift', 'error']);

function check(ok: boolean, what: string, value: unknown): void {
  if (!ok) throw new Error(`planTimeline: ${what} must be a finite number ≥ 0 (got ${String(value)})`);
}

function nonNegative(value: unknown, what: string): void {
  check(typeof value === 'number' && Number.isFinite(value) && value >= 0, what, value);
}

/** Throw a plain Error when any time, duration or option is negative, NaN or infinite. */
export function validatePlanInput(lines: PlanLineInput[], video: VideoFacts, options: PlanOptions): void {
  lines.forEach((line, i) => {
    nonNegative(line.duration_s, `lines[${i}].duration_s`);
    if (line.cue_s !== null) nonNegative(line.cue_s, `lines[${i}].cue_s`);
    if (line.compressible_s !== undefined) nonNegative(line.compressible_s, `lines[${i}].compressible_s`);
  });
  nonNegative(video.duration_s, 'video.duration_s');
  video.sceneCuts.forEach((cut, i) => nonNegative(cut, `video.sceneCuts[${i}]`));
  video.silences.forEach((span, i) => {
    nonNegative(span.start_s, `video.silences[${i}].start_s`);
    nonNegative(span.end_s, `video.silences[${i}].end_s`);
    if (span.end_s < span.start_s) throw new Error(`planTimeline: video.silences[${i}] ends before it starts`);
  });
  nonNegative(options.min_gap_s, 'options.min_gap_s');
  nonNegative(options.max_stretch, 'options.max_stretch');
  if (options.max_stretch < 1) throw new Error(`planTimeline: options.max_stretch must be ≥ 1 (got ${options.max_stretch})`);
  if (!OVERFLOWS.has(options.overflow)) throw new Error(`planTimeline: unknown options.overflow ${String(options.overflow)}`);
}
