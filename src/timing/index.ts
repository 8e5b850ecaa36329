// The timing planner's public surface.

export { planTimeline } from './plan.js';
export type { Plan, PlanHold, PlanLineInput, PlanOptions, PlannedLine, VideoFacts } from './types.js';
