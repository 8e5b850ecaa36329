// The planner's entry point: cues + speech durations + video facts → where every line plays.

import type { Plan, PlanLineInput, PlanOptions, VideoFacts } from './types.js';
import { floorMs, roundMs } from './ms.js';
import { validatePlanInput } from './validate-plan-input.js';
import { planTimed } from './plan-timed.js';
import { planUntimed } from './plan-untimed.js';
import { finishPlan } from './finish-plan.js';

/** Timed lines in time order (stable: equal cues keep script order); mixed scripts keep script order. */
function timeOrder(lines: PlanLineInput[]): PlanLineInput[] {
  if (lines.some((l) => l.cue_s === null)) return [...lines];
  return [...lines].sort((a, b) => roundMs(a.cue_s ?? 0) - roundMs(b.cue_s ?? 0));
}

/**
 * Plan where each line plays (pure, deterministic; times on a millisecond grid). Timed lines start at
 * their cue; untimed lines are spread over the video. Lines never overlap: each starts at least
 * min_gap_s after the previous one ends. With overflow 'extend', a timed line that runs past its slot
 * holds the picture for the overflow (Plan.holds), so later lines keep their pictures. Throws
 * VoiceoverError OVERFLOW (overflow: error) when a line cannot fit even at max_stretch,
 * SCRIPT_INVALID for a cue at or past the end of the video, and a plain Error for negative or NaN inputs.
 */
export function planTimeline(lines: PlanLineInput[], video: VideoFacts, options: PlanOptions): Plan {
  validatePlanInput(lines, video, options);
  const videoEndMs = floorMs(video.duration_s);
  const timed = lines.some((l) => l.cue_s !== null);
  if (!timed) return finishPlan(planUntimed(lines, video, videoEndMs, options), video.duration_s, videoEndMs);
  const { placed, holds } = planTimed(timeOrder(lines), videoEndMs, options);
  return finishPlan(placed, video.duration_s, videoEndMs, holds);
}
