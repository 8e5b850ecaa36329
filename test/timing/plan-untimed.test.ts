import { describe, expect, it } from 'vitest';
import { planTimeline } from '../../src/timing/plan.js';
import { lines, options, video } from './helpers.js';

// Three 4 s lines in a 30 s video: each gets a 10 s share and starts 1 s into it (25 % of its 6 s
// of free time, capped at 1 s): 1, 11, 21.
const three = lines([[null, 4], [null, 4], [null, 4]]);
const gap = options({ min_gap_s: 0.2 });

function starts(plan: ReturnType<typeof planTimeline>): number[] {
  return plan.lines.map((l) => l.start_s);
}

describe('planTimeline, untimed lines spread over the video', () => {
  it('places lines at their proportional positions when there are no cuts or silences', () => {
    const plan = planTimeline(three, video(30), gap);
    expect(starts(plan)).toEqual([1, 11, 21]);
    expect(plan.lines.map((l) => l.end_s)).toEqual([5, 15, 25]);
    expect(plan.lines.map((l) => l.cue_s)).toEqual([1, 11, 21]);
    expect(plan.lines.every((l) => l.stretch === 1 && l.overflow_ms === 0)).toBe(true);
    expect(plan).toMatchObject({ duration_s: 30, extend_s: 0 });
  });

  it('gives longer lines larger shares', () => {
    // 2 s + 6 s in 20 s: shares 5 s and 15 s; leads min(0.75, 1) and min(2.25, 1).
    const plan = planTimeline(lines([[null, 2], [null, 6]]), video(20), gap);
    expect(starts(plan)).toEqual([0.75, 6]);
  });

  it('snaps a line to a nearby scene cut', () => {
    const plan = planTimeline(three, video(30, { sceneCuts: [11.8] }), gap);
    expect(starts(plan)).toEqual([1, 11.8, 21]);
  });

  it('snaps earlier to a scene cut as well', () => {
    const plan = planTimeline(three, video(30, { sceneCuts: [9.7] }), gap);
    expect(starts(plan)).toEqual([1, 9.7, 21]);
  });

  it('ignores a scene cut too far from the natural position', () => {
    // 1.6 s away: closeness 0.2 + cut 0.75 < 1 at the natural position.
    const plan = planTimeline(three, video(30, { sceneCuts: [12.6, 14] }), gap);
    expect(starts(plan)).toEqual([1, 11, 21]);
  });

  it('snaps a line to the start of a silence in the original audio', () => {
    const plan = planTimeline(three, video(30, { silences: [{ start_s: 20.5, end_s: 26 }] }), gap);
    expect(starts(plan)).toEqual([1, 11, 20.5]);
  });

  it('prefers a place that is both a cut and a silence start over a plain cut', () => {
    const facts = { sceneCuts: [10.6, 11.6], silences: [{ start_s: 11.6, end_s: 16 }] };
    const plan = planTimeline(three, video(30, facts), gap);
    expect(starts(plan)[1]).toBe(11.6);
  });

  it('never snaps so early that a line would touch the previous one', () => {
    // Dense: 3 × 4 s in 13 s; natural starts 0.083, 4.417, 8.75 (approx.). A cut at 4.1 is before
    // line 1's end + gap (4.083 + 0.2), so it cannot be used.
    const plan = planTimeline(three, video(13, { sceneCuts: [4.1] }), gap);
    expect(starts(plan)).toEqual([0.083, 4.417, 8.75]);
    // A cut just after the earliest allowed start (4.283) is taken.
    expect(starts(planTimeline(three, video(13, { sceneCuts: [4.3] }), gap))).toEqual([0.083, 4.3, 8.75]);
  });

  it('never snaps so late that the remaining lines no longer fit', () => {
    const plan = planTimeline(three, video(12.4, { sceneCuts: [0.5, 5] }), gap);
    expect(starts(plan)).toEqual([0, 4.2, 8.4]);
    expect(plan.lines.at(-1)!.end_s).toBe(12.4);
  });
});

describe('planTimeline, untimed lines longer than the video', () => {
  it('packs them back to back, removing pauses first', () => {
    // 12 s + 2 gaps in 11.5 s: 0.903 s to lose (1 ms per line kept for rounding), 0.301 s of each line's 1 s of pauses.
    const plan = planTimeline(lines([[null, 4, 1], [null, 4, 1], [null, 4, 1]]), video(11.5), gap);
    expect(plan.lines.map((l) => [l.start_s, l.end_s, l.stretch, l.compress_s])).toEqual([
      [0, 3.699, 1, 0.301],
      [3.899, 7.598, 1, 0.301],
      [7.798, 11.497, 1, 0.301],
    ]);
    expect(plan.extend_s).toBe(0);
  });

  it('then speeds all of them up by the same factor', () => {
    // 12 s of speech in 10 - 0.4 - 0.003 s: stretch 1.25039… → 1.2504; 4 / 1.2504 → 3.199 s.
    const plan = planTimeline(three, video(10), options({ min_gap_s: 0.2, max_stretch: 1.5 }));
    expect(plan.lines.map((l) => [l.start_s, l.end_s, l.stretch])).toEqual([
      [0, 3.199, 1.2504],
      [3.399, 6.598, 1.2504],
      [6.798, 9.997, 1.2504],
    ]);
    expect(plan.lines.map((l) => l.cue_s)).toEqual([0, 3.399, 6.798]);
  });

  it("'extend' runs past the video at max_stretch and holds the last frame", () => {
    // 4 / 1.15 → 3.479 s each: ends 3.479, 7.158, 10.837.
    const plan = planTimeline(three, video(10), gap);
    expect(plan.lines.map((l) => [l.start_s, l.end_s, l.stretch, l.overflow_ms])).toEqual([
      [0, 3.479, 1.15, 0],
      [3.679, 7.158, 1.15, 0],
      [7.358, 10.837, 1.15, 837],
    ]);
    expect(plan).toMatchObject({ duration_s: 11.337, extend_s: 1.337 });
  });

  it("'shift' extends the same way", () => {
    expect(planTimeline(three, video(10), options({ min_gap_s: 0.2, overflow: 'shift' }))).toEqual(
      planTimeline(three, video(10), gap),
    );
  });

  it("'error' throws OVERFLOW for the first line that ends past the video", () => {
    expect(() => planTimeline(three, video(10), options({ min_gap_s: 0.2, overflow: 'error' }))).toThrow(
      'line 3 needs 3.479s but only 2.642s are free before the next cue, even at max_stretch 1.15',
    );
  });

  it('extends a zero-length video (a still image) for the whole narration', () => {
    const plan = planTimeline(lines([[null, 2]]), video(0), options({ max_stretch: 1 }));
    expect(plan.lines[0]).toMatchObject({ start_s: 0, end_s: 2, stretch: 1, overflow_ms: 2000 });
    expect(plan).toMatchObject({ duration_s: 2.5, extend_s: 2.5 });
  });
});

describe('planTimeline, edge cases', () => {
  it('returns an empty plan for no lines', () => {
    expect(planTimeline([], video(12.3456), options())).toEqual({ lines: [], duration_s: 12.346, extend_s: 0, holds: [] });
  });
});
