// Small builders shared by the timing tests.

import type { PlanLineInput, PlanOptions, VideoFacts } from '../../src/timing/types.js';

/** Lines from [cue_s, duration_s, compressible_s?] triples (cue null = untimed). */
export function lines(specs: [number | null, number, number?][]): PlanLineInput[] {
  return specs.map(([cue_s, duration_s, compressible_s], index) => ({
    index,
    text: `line ${index + 1}`,
    cue_s,
    duration_s,
    ...(compressible_s === undefined ? {} : { compressible_s }),
  }));
}

/** A video with no scene cuts or silences unless given. */
export function video(duration_s: number, facts: Partial<VideoFacts> = {}): VideoFacts {
  return { duration_s, sceneCuts: [], silences: [], ...facts };
}

/** Options with the config defaults (max_stretch 1.15, overflow extend) and a 0.1 s gap. */
export function options(overrides: Partial<PlanOptions> = {}): PlanOptions {
  return { max_stretch: 1.15, overflow: 'extend', min_gap_s: 0.1, ...overrides };
}
