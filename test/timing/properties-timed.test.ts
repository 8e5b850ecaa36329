import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planTimeline } from '../../src/timing/plan.js';
import type { PlanOptions } from '../../src/timing/types.js';
import { RUNS, timedArb, timedVerdicts } from './arbitraries.js';
import { checkInvariants, overflowOf } from './invariants.js';

describe('planTimeline properties, timed scripts', () => {
  it('starts every line exactly at its cue when every line fits', () => {
    fc.assert(
      fc.property(timedArb, ({ lines, video, options }) => {
        fc.pre(timedVerdicts(lines, video, options).every((v) => v === 'fits'));
        const plan = planTimeline(lines, video, options);
        expect(plan.lines.map((l) => l.start_s)).toEqual(lines.map((l) => l.cue_s));
        expect(plan.lines.every((l) => l.overflow_ms === 0)).toBe(true);
        expect(plan.extend_s).toBe(0);
      }),
      RUNS,
    );
  });

  it('never overlaps lines, keeps stretch in [1, max_stretch] and ends every line within the output', () => {
    fc.assert(
      fc.property(timedArb, ({ lines, video, options }) => {
        const opts = { ...options, overflow: options.overflow === 'error' ? 'shift' : options.overflow } as PlanOptions;
        const plan = planTimeline(lines, video, opts);
        checkInvariants(plan, lines, video, opts);
        plan.lines.forEach((line) => expect(line.start_s).toBeGreaterThanOrEqual(line.cue_s));
      }),
      RUNS,
    );
  });

  it("'error' throws OVERFLOW iff some line cannot fit even at max_stretch, naming the first one", () => {
    fc.assert(
      fc.property(timedArb, ({ lines, video, options }) => {
        const verdicts = timedVerdicts(lines, video, options);
        fc.pre(!verdicts.includes('borderline'));
        const error = overflowOf(() => planTimeline(lines, video, { ...options, overflow: 'error' }));
        const first = verdicts.indexOf('overflows');
        expect(error !== undefined).toBe(first >= 0);
        if (error) expect(error.message).toMatch(new RegExp(`^line ${first + 1} needs `));
      }),
      RUNS,
    );
  });

  it("plans the same with 'extend' and 'shift' (extend pushes later lines too)", () => {
    fc.assert(
      fc.property(timedArb, ({ lines, video, options }) => {
        expect(planTimeline(lines, video, { ...options, overflow: 'extend' })).toEqual(
          planTimeline(lines, video, { ...options, overflow: 'shift' }),
        );
      }),
      RUNS,
    );
  });
});
