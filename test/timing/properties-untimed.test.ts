import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planTimeline } from '../../src/timing/plan.js';
import { VoiceoverError } from '../../src/core/errors.js';
import type { PlanOptions } from '../../src/timing/types.js';
import { RUNS, timedArb, untimedArb, untimedVerdict, cuesInVideo } from './arbitraries.js';
import { checkInvariants, overflowOf } from './invariants.js';

describe('planTimeline properties, untimed scripts', () => {
  it('never overlaps lines, keeps order, stretch in [1, max_stretch] and every line within the output', () => {
    fc.assert(
      fc.property(untimedArb, ({ lines, video, options }) => {
        const opts = { ...options, overflow: options.overflow === 'error' ? 'extend' : options.overflow } as PlanOptions;
        const plan = planTimeline(lines, video, opts);
        checkInvariants(plan, lines, video, opts);
        expect(plan.lines.map((l) => l.index)).toEqual(lines.map((l) => l.index));
        plan.lines.forEach((line) => expect(line.cue_s).toBe(line.start_s));
      }),
      RUNS,
    );
  });

  it('leaves speech untouched and inside the video when it fits at rate 1', () => {
    fc.assert(
      fc.property(untimedArb, ({ lines, video, options }) => {
        const gapMs = Math.round(options.min_gap_s * 1000);
        const needMs = lines.reduce((a, l) => a + Math.ceil(l.duration_s * 1000), 0) + (lines.length - 1) * gapMs;
        fc.pre(needMs + 1 <= Math.floor(video.duration_s * 1000));
        const plan = planTimeline(lines, video, options);
        expect(plan.lines.every((l) => l.stretch === 1 && l.compress_s === 0 && l.overflow_ms === 0)).toBe(true);
        expect(plan.extend_s).toBe(0);
        expect(plan.lines.at(-1)!.end_s).toBeLessThanOrEqual(video.duration_s + 1e-6);
      }),
      RUNS,
    );
  });

  it("'error' throws OVERFLOW iff the speech cannot fit even back to back at max_stretch", () => {
    fc.assert(
      fc.property(untimedArb, ({ lines, video, options }) => {
        const verdict = untimedVerdict(lines, video, options);
        fc.pre(verdict !== 'borderline');
        const error = overflowOf(() => planTimeline(lines, video, { ...options, overflow: 'error' }));
        expect(error !== undefined).toBe(verdict === 'overflows');
      }),
      RUNS,
    );
  });
});

describe('planTimeline properties, purity', () => {
  it('is deterministic and leaves its inputs alone', () => {
    fc.assert(
      fc.property(fc.oneof(timedArb, untimedArb), ({ lines, video, options }) => {
        fc.pre(cuesInVideo(lines, video));
        const before = structuredClone({ lines, video, options });
        const run = () => overflowOf(() => planTimeline(lines, video, options)) ?? planTimeline(lines, video, options);
        const first = run();
        const second = run();
        if (first instanceof VoiceoverError) expect(second).toMatchObject({ message: first.message, code: first.code });
        else expect(second).toEqual(first);
        expect({ lines, video, options }).toEqual(before);
      }),
      RUNS,
    );
  });
});
