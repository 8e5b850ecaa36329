// fast-check generators of planner inputs, and oracles saying which inputs must fit.

import fc from 'fast-check';
import type { PlanLineInput, PlanOptions, VideoFacts } from '../../src/timing/types.js';

/** Runs per property. */
export const RUNS = { numRuns: 400 };

/** Seconds with microsecond resolution in [min, max] (fc.double dwells on subnormals, useless here). */
const seconds = (min: number, max: number) => fc.integer({ min: min * 1e6, max: max * 1e6 }).map((us) => us / 1e6);

const optionsArb = fc.record({
  max_stretch: seconds(1, 1.6),
  overflow: fc.constantFrom<PlanOptions['overflow']>('extend', 'shift', 'error'),
  min_gap_s: fc.integer({ min: 0, max: 300 }).map((ms) => ms / 1000),
});

const speechArb = fc.record({
  duration_s: seconds(0, 6),
  compressible_s: seconds(0, 1.5),
});

/**
 * Timed scripts: cues on the millisecond grid, ascending (possibly equal), a video that may end before
 * the last cue. "Roomy" scripts leave each line about its own length before the next cue, so that
 * scripts where every line fits are common.
 */
export const timedArb = fc
  .record({
    firstCueMs: fc.integer({ min: 0, max: 3000 }),
    steps: fc.array(
      fc.record({
        afterMs: fc.integer({ min: 0, max: 8000 }),
        speech: speechArb,
        // A subtitle cue's own end, ms after its start (0: missing); null for plain timed lines.
        ownMs: fc.option(fc.integer({ min: 0, max: 7000 }), { nil: null, freq: 2 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    roomy: fc.boolean(),
    tail_s: seconds(-1, 8),
    options: optionsArb,
  })
  .map(({ firstCueMs, steps, roomy, tail_s, options }) => {
    let cueMs = firstCueMs;
    const lines: PlanLineInput[] = steps.map(({ afterMs, speech, ownMs }, index) => {
      const previous = steps[index - 1];
      if (previous) cueMs += roomy ? Math.round(previous.speech.duration_s * 900) + (afterMs % 1000) : afterMs;
      const own = ownMs === null ? {} : { end_s: (cueMs + ownMs) / 1000 };
      return { index, text: `line ${index + 1}`, cue_s: cueMs / 1000, ...own, ...speech };
    });
    const video: VideoFacts = { duration_s: Math.max(0, cueMs / 1000 + tail_s), sceneCuts: [], silences: [] };
    return { lines, video, options };
  });

/** Untimed scripts over a video with random scene cuts and silences. */
export const untimedArb = fc
  .record({
    speeches: fc.array(speechArb, { minLength: 1, maxLength: 10 }),
    duration_s: seconds(0, 60),
    cuts: fc.array(seconds(0, 60), { maxLength: 12 }),
    silences: fc.array(fc.record({ at: seconds(0, 60), len: seconds(0, 8) }), {
      maxLength: 6,
    }),
    options: optionsArb,
  })
  .map(({ speeches, duration_s, cuts, silences, options }) => {
    const lines: PlanLineInput[] = speeches.map((speech, index) => ({ index, text: `line ${index + 1}`, cue_s: null, ...speech }));
    const video: VideoFacts = {
      duration_s,
      sceneCuts: [...cuts].sort((a, b) => a - b),
      silences: [...silences].sort((a, b) => a.at - b.at).map(({ at, len }) => ({ start_s: at, end_s: at + len })),
    };
    return { lines, video, options };
  });

export type Verdict = 'fits' | 'overflows' | 'borderline';

/** True when every cue lies inside the video (a cue at or past its end is a script error). */
export function cuesInVideo(lines: PlanLineInput[], video: VideoFacts): boolean {
  const endMs = Math.floor(video.duration_s * 1000 + 1e-6);
  return lines.every((l) => l.cue_s === null || Math.round(l.cue_s * 1000) === 0 || Math.round(l.cue_s * 1000) < endMs);
}

/**
 * Where line i's slot ends, ms (source time), by the rule written out again: its own end when later than
 * its cue and before the next cue's slot end, else the next cue minus the gap, else the video's end.
 */
export function slotEndMs(lines: PlanLineInput[], i: number, video: VideoFacts, options: PlanOptions): number {
  const next = lines[i + 1];
  const cueEnd = next ? Math.round((next.cue_s ?? 0) * 1000) - Math.round(options.min_gap_s * 1000) : Math.floor(video.duration_s * 1000 + 1e-6);
  const line = lines[i]!;
  const own = line.end_s === null || line.end_s === undefined ? null : Math.round(line.end_s * 1000);
  return own !== null && own > Math.round((line.cue_s ?? 0) * 1000) && own < cueEnd ? own : cueEnd;
}

/** Timed oracle, at the cues: can line i fit its slot (pauses out, then max_stretch)? */
export function timedVerdicts(lines: PlanLineInput[], video: VideoFacts, options: PlanOptions): Verdict[] {
  return lines.map((line, i) => {
    const roomMs = slotEndMs(lines, i, video, options) - Math.round((line.cue_s ?? 0) * 1000);
    const needMs = ((line.duration_s - Math.min(line.compressible_s ?? 0, line.duration_s)) * 1000) / options.max_stretch;
    if (needMs <= roomMs - 1) return 'fits';
    if (needMs > roomMs + 1e-5) return 'overflows';
    return 'borderline';
  });
}

/** Untimed oracle: does all speech fit in the video, back to back at max_stretch with every pause out? */
export function untimedVerdict(lines: PlanLineInput[], video: VideoFacts, options: PlanOptions): Verdict {
  const n = lines.length;
  const haveMs = Math.floor(video.duration_s * 1000 + 1e-6) - (n - 1) * Math.round(options.min_gap_s * 1000);
  const needMs = lines.reduce((a, l) => a + (l.duration_s - Math.min(l.compressible_s ?? 0, l.duration_s)) * 1000, 0) / options.max_stretch;
  if (needMs <= haveMs - n - 1) return 'fits';
  if (needMs > haveMs + 1e-5) return 'overflows';
  return 'borderline';
}
