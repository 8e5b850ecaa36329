// Reject impossible planner inputs (negative, NaN, infinite: programming errors), and cues past the video (a script error).

import { VoiceoverError } from '../core/errors.js';
import type { PlanLineInput, PlanOptions, VideoFacts } from './types.js';
import { floorMs, roundMs } from './ms.js';

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
    if (line.end_s !== null && line.end_s !== undefined) nonNegative(line.end_s, `lines[${i}].end_s`);
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
  checkCuesInVideo(lines, video);
}

/** m:ss.s (or h:mm:ss.s) of a time, as a script writes it. */
function clock(seconds: number): string {
  const tenths = Math.round(seconds * 10);
  const h = Math.floor(tenths / 36000);
  const m = Math.floor((tenths % 36000) / 600);
  const s = ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * Throw SCRIPT_INVALID, naming the script line, for the first timed cue at or past the end of the
 * video: nothing of the video is left to narrate (a cue at 0 always starts the video).
 */
function checkCuesInVideo(lines: PlanLineInput[], video: VideoFacts): void {
  const endMs = floorMs(video.duration_s);
  const late = lines.find((l) => l.cue_s !== null && roundMs(l.cue_s) > 0 && roundMs(l.cue_s) >= endMs);
  if (!late || late.cue_s === null) return;
  const line = late.location?.line ?? late.index + 1;
  throw new VoiceoverError(
    'SCRIPT_INVALID',
    { detail: `script line ${line} is cued at ${clock(late.cue_s)}, at or past the end of the video (${clock(video.duration_s)}): "${late.text}"` },
    {
      hint: `the video is only ${video.duration_s.toFixed(1)} s long; remove the line or fix its time`,
      location: late.location,
    },
  );
}
