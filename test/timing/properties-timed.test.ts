import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planTimeline } from '../../src/timing/plan.js';
import { VoiceoverError } from '../../src/core/errors.js';
import type { PlanOptions } from '../../src/timing/types.js';
import { RUNS, cuesInVideo, slotEndMs, timedArb, timedVerdicts } from './arbitraries.js';
import { checkInvariants, overflowOf } from './invariants.js';

describe('planTimeline properties, timed scripts', () => {
  it('starts every line exactly at its cue when every line fits', () => {
    fc.assert(
      fc.property(timedArb, ({ lines, video, options }) => {
        fc.pre(cuesInVideo(lines, video) && timedVerdicts(lines, video, options).every((v) => v === 'fits'));
        const plan = planTimeline(lines, video, options);
        expect(plan.lines.map((l) => l.start_s)).toEqual(lines.map((l) => l.cue_s));
        expect(plan.lines.every((l) => l.overflow_ms === 0)).toBe(true);
        expect(plan.extend_s).toBe(0);
        expect(plan.holds).toEqual([]);
      }),
      RUNS,
    );
  });

  it("ends each fitting line by its slot's end: its own end (subtitle cues) when earlier than the next cue's", () => {
    fc.assert(
      fc.property(timedArb, ({ lines, video, options }) => {
        fc.pre(cuesInVideo(lines, video) && timedVerdicts(lines, video, options).every((v) => v === 'fits'));
        const plan = planTimeline(lines, video, options);
        plan.lines.forEach((line, i) => expect(Math.round(line.end_s * 1000)).toBeLessThanOrEqual(slotEndMs(lines, i, video, options)));
      }),
      RUNS,
    );
  });

  it('never overlaps lines, keeps stretch in [1, max_stretch] and ends every line within the output', () => {
    fc.assert(
      fc.property(timedArb, ({ lines, video, options }) => {
        fc.pre(cuesInVideo(lines, video));
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
        fc.pre(cuesInVideo(lines, video));
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

  it("'extend' starts every line exactly at its cue + the holds before it, one hold per overflowing line but the last", () => {
    fc.assert(
      fc.property(timedArb, ({ lines, video, options }) => {
        fc.pre(cuesInVideo(lines, video));
        const opts: PlanOptions = { ...options, overflow: 'extend' };
        const plan = planTimeline(lines, video, opts);
        checkInvariants(plan, lines, video, opts);
        let heldMs = 0;
        plan.lines.forEach((line, k) => {
          expect(Math.round(line.start_s * 1000)).toBe(Math.round(line.cue_s * 1000) + heldMs);
          if (k < plan.lines.length - 1) heldMs += line.overflow_ms;
        });
        expect(Math.round(plan.holds.reduce((a, h) => a + h.d_s, 0) * 1000)).toBe(heldMs);
        // Each hold lies before the cue of the line it makes room for (source time).
        plan.holds.forEach((hold) => expect(plan.lines.some((l) => l.cue_s >= hold.at_s && l.start_s > l.cue_s)).toBe(true));
        // Speech runs past the held video only for the last line.
        plan.lines.slice(0, -1).forEach((line) => expect(line.end_s).toBeLessThanOrEqual(plan.duration_s - plan.extend_s));
      }),
      RUNS,
    );
  });

  it("'shift' never holds mid-video: lines start at their cue or right after the previous line", () => {
    fc.assert(
      fc.property(timedArb, ({ lines, video, options }) => {
        fc.pre(cuesInVideo(lines, video));
        const plan = planTimeline(lines, video, { ...options, overflow: 'shift' });
        expect(plan.holds).toEqual([]);
        plan.lines.forEach((line, k) => {
          const previous = plan.lines[k - 1];
          const after = previous ? Math.round(previous.end_s * 1000) + Math.ceil(options.min_gap_s * 1000 - 1e-6) : 0;
          expect(Math.round(line.start_s * 1000)).toBe(Math.max(Math.round(line.cue_s * 1000), after));
        });
      }),
      RUNS,
    );
  });

  it('rejects a cue at or past the end of the video with SCRIPT_INVALID, in every mode', () => {
    fc.assert(
      fc.property(timedArb, ({ lines, video, options }) => {
        fc.pre(!cuesInVideo(lines, video));
        let error: unknown;
        try {
          planTimeline(lines, video, options);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(VoiceoverError);
        expect(error).toMatchObject({ code: 'SCRIPT_INVALID' });
      }),
      RUNS,
    );
  });
});
