import { describe, expect, it } from 'vitest';
import { planTimeline } from '../../src/timing/plan.js';
import { VoiceoverError } from '../../src/core/errors.js';
import { lines, options, video } from './helpers.js';

function starts(plan: ReturnType<typeof planTimeline>): number[] {
  return plan.lines.map((l) => l.start_s);
}

describe('planTimeline, timed lines that fit', () => {
  it('starts every line exactly at its cue', () => {
    const plan = planTimeline(lines([[0, 3], [5, 4], [12, 5]]), video(20), options());
    expect(starts(plan)).toEqual([0, 5, 12]);
    expect(plan.lines.map((l) => l.end_s)).toEqual([3, 9, 17]);
    expect(plan.lines.map((l) => l.cue_s)).toEqual([0, 5, 12]);
    expect(plan.lines.every((l) => l.stretch === 1 && l.overflow_ms === 0 && l.compress_s === 0)).toBe(true);
    expect(plan).toMatchObject({ duration_s: 20, extend_s: 0 });
  });

  it('keeps millisecond cues exact and rounds the rest to the millisecond', () => {
    const plan = planTimeline(lines([[1.234, 0.5], [7.0004, 1.0001]]), video(10), options());
    expect(starts(plan)).toEqual([1.234, 7]);
    expect(plan.lines.map((l) => l.end_s)).toEqual([1.734, 8.001]);
  });

  it('reports index and text of the input', () => {
    const plan = planTimeline([{ index: 7, text: 'hello', cue_s: 2, duration_s: 1 }], video(5), options());
    expect(plan.lines[0]).toMatchObject({ index: 7, text: 'hello', cue_s: 2, start_s: 2, end_s: 3 });
  });

  it('removes pauses before speeding up', () => {
    // Slot of line 1: 0 → 5 - 0.1 = 4.9 s; 5.2 s of speech with 0.5 s of pauses loses 0.3 s of them.
    const plan = planTimeline(lines([[0, 5.2, 0.5], [5, 1]]), video(10), options());
    expect(plan.lines[0]).toMatchObject({ start_s: 0, end_s: 4.9, stretch: 1, compress_s: 0.3, overflow_ms: 0 });
    expect(plan.lines[1]?.start_s).toBe(5);
  });

  it('speeds a line up just enough to fill its slot', () => {
    const plan = planTimeline(lines([[0, 5.39], [5, 1]]), video(10), options());
    expect(plan.lines[0]).toMatchObject({ start_s: 0, end_s: 4.9, stretch: 1.1, compress_s: 0, overflow_ms: 0 });
  });

  it('removes all pauses, then speeds up the rest (stretch rounded up to 4 decimals)', () => {
    // (5.6 - 0.2) / 4.9 = 1.10204… → 1.1021; 5.4 / 1.1021 = 4.8997 s → 4.9 s.
    const plan = planTimeline(lines([[0, 5.6, 0.2], [5, 1]]), video(10), options());
    expect(plan.lines[0]).toMatchObject({ end_s: 4.9, stretch: 1.1021, compress_s: 0.2, overflow_ms: 0 });
  });

  it('gives the last line the room up to the end of the video', () => {
    const plan = planTimeline(lines([[0, 1], [8, 2.2]]), video(10), options());
    expect(plan.lines[1]).toMatchObject({ start_s: 8, end_s: 10, stretch: 1.1, overflow_ms: 0 });
    expect(plan.extend_s).toBe(0);
  });

  it('places out-of-order cues in time order', () => {
    const plan = planTimeline(lines([[6, 1], [2, 1]]), video(10), options());
    expect(plan.lines.map((l) => [l.index, l.start_s])).toEqual([[1, 2], [0, 6]]);
  });
});

describe('planTimeline, timed overflow', () => {
  // Line 1's slot ends at 3 - 0.1 = 2.9 s; 4.7 s at 1.15 play in 4.0869… → 4.087 s.
  const script = lines([[0, 4.7], [3, 2], [10, 3]]);

  it("'shift' keeps max_stretch and pushes the next line to the previous end + gap", () => {
    const plan = planTimeline(script, video(20), options({ overflow: 'shift' }));
    expect(plan.lines.map((l) => [l.start_s, l.end_s, l.stretch, l.overflow_ms])).toEqual([
      [0, 4.087, 1.15, 1187],
      [4.187, 6.187, 1, 0],
      [10, 13, 1, 0],
    ]);
    expect(plan.lines[1]?.cue_s).toBe(3);
    expect(plan).toMatchObject({ duration_s: 20, extend_s: 0 });
  });

  it("'extend' holds the picture at the slot's end for the overflow, so every later line starts at its cue + the hold", () => {
    const plan = planTimeline(script, video(20), options({ overflow: 'extend' }));
    expect(plan.lines.map((l) => [l.cue_s, l.start_s, l.end_s, l.stretch, l.overflow_ms])).toEqual([
      [0, 0, 4.087, 1.15, 1187],
      [3, 4.187, 6.187, 1, 0],
      [10, 11.187, 14.187, 1, 0],
    ]);
    expect(plan.holds).toEqual([{ at_s: 2.9, d_s: 1.187 }]);
    expect(plan).toMatchObject({ duration_s: 21.187, extend_s: 0 });
  });

  it("'extend' gives a line after a hold its whole slot, and adds one hold per overflowing line", () => {
    // Line 2 starts at 3 + 1.187; its slot (to 4.9 + 1.187) is as long as ever: 1.5 s fits.
    const plan = planTimeline(lines([[0, 4.7], [3, 1.5], [5, 4], [9, 1]]), video(20), options({ overflow: 'extend' }));
    // Line 3: slot 5 → 8.9 (3.9 s), 4 s sped up fits; no hold. Line 1's is the only one.
    expect(plan.lines.map((l) => l.start_s)).toEqual([0, 4.187, 6.187, 10.187]);
    expect(plan.holds).toEqual([{ at_s: 2.9, d_s: 1.187 }]);
    const two = planTimeline(lines([[0, 4.7], [3, 1.5], [5, 6], [9, 1]]), video(20), options({ overflow: 'extend' }));
    // line 3: 6 s at 1.15 = 5.218 s in a 3.9 s slot: 1318 ms more held at 8.9.
    expect(two.lines.map((l) => [l.start_s, l.overflow_ms])).toEqual([[0, 1187], [4.187, 0], [6.187, 1318], [11.505, 0]]);
    expect(two.holds).toEqual([{ at_s: 2.9, d_s: 1.187 }, { at_s: 8.9, d_s: 1.318 }]);
    expect(two.duration_s).toBe(22.505);
  });

  it("'extend' holds at a line's own cue when the next cue is closer than the gap", () => {
    const plan = planTimeline(lines([[2, 1], [2, 1]]), video(10), options({ overflow: 'extend' }));
    expect(plan.lines.map((l) => [l.start_s, l.end_s])).toEqual([[2, 2.87], [2.97, 3.97]]);
    expect(plan.holds).toEqual([{ at_s: 2, d_s: 0.97 }]);
  });

  it("'shift' never holds the picture", () => {
    expect(planTimeline(script, video(20), options({ overflow: 'shift' })).holds).toEqual([]);
  });

  it("'extend' lets the last line run past the video and holds the last frame, plus a 0.5 s tail", () => {
    // 3 s at 1.15 = 2.6087 → 2.609 s from 8 s: ends 10.609, 0.609 s past the 10 s video.
    const plan = planTimeline(lines([[0, 2], [8, 3]]), video(10), options());
    expect(plan.lines[1]).toMatchObject({ start_s: 8, end_s: 10.609, stretch: 1.15, overflow_ms: 609 });
    expect(plan.extend_s).toBe(1.109);
    expect(plan.duration_s).toBe(11.109);
  });

  it("'shift' extends the video when the pushed last line ends past it", () => {
    // Line 2 starts at 4.187 with 1.813 s left: 2.5 s at 1.15 → 2.174 s, ends 6.361.
    const plan = planTimeline(lines([[0, 4.7], [3, 2.5]]), video(6), options({ overflow: 'shift' }));
    expect(plan.lines[1]).toMatchObject({ start_s: 4.187, end_s: 6.361, stretch: 1.15, overflow_ms: 361 });
    expect(plan.extend_s).toBe(0.861);
    expect(plan.duration_s).toBe(6.861);
  });

  it('a pushed line still speeds up to finish inside its slot when it can', () => {
    const plan = planTimeline(lines([[0, 4.7], [3, 2]]), video(6), options({ overflow: 'shift' }));
    // 2 s in the 1.813 s left: stretch 2 / 1.813 = 1.10314… → 1.1032.
    expect(plan.lines[1]).toMatchObject({ start_s: 4.187, end_s: 6, stretch: 1.1032, overflow_ms: 0 });
    expect(plan.extend_s).toBe(0);
  });

  it("'shift' cascades: a line pushed past its own slot pushes the next", () => {
    const plan = planTimeline(lines([[0, 4.7], [3, 1.5], [5, 1]]), video(20), options({ overflow: 'shift' }));
    // line 2 starts 4.187 with room 4.9 - 4.187 = 0.713 s: 1.5 / 1.15 → 1.305 s, ends 5.492.
    expect(plan.lines.map((l) => [l.start_s, l.end_s, l.overflow_ms])).toEqual([
      [0, 4.087, 1187],
      [4.187, 5.492, 592],
      [5.592, 6.592, 0],
    ]);
  });

  it("'error' throws OVERFLOW for the first line that cannot fit, with person-facing numbers", () => {
    const run = () => planTimeline(script, video(20), options({ overflow: 'error' }));
    expect(run).toThrow(VoiceoverError);
    expect(run).toThrow('line 1 needs 4.087s but only 2.9s are free before the next cue, even at max_stretch 1.15');
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ code: 'OVERFLOW', exitCode: 1 });
    }
  });

  it("'error' names the line 1-based from its index", () => {
    const input = [{ index: 4, text: 'late', cue_s: 9, duration_s: 3 }];
    expect(() => planTimeline(input, video(10), options({ overflow: 'error' }))).toThrow(
      'line 5 needs 2.609s but only 1s are free',
    );
  });

  it("'error' does not throw when speeding up is enough", () => {
    const plan = planTimeline(lines([[0, 5.39], [5, 1]]), video(10), options({ overflow: 'error' }));
    expect(plan.lines[0]?.stretch).toBe(1.1);
  });

  it('a cue past the end of the video is a script error, not a long frozen video', () => {
    expect(() => planTimeline(lines([[12, 1]]), video(10), options())).toThrow('at or past the end of the video');
  });
});

describe('planTimeline, mixed timed and untimed lines', () => {
  it('lets an untimed line follow the previous one', () => {
    const plan = planTimeline(lines([[1, 2], [null, 1], [8, 1]]), video(10), options());
    expect(plan.lines.map((l) => [l.cue_s, l.start_s, l.end_s])).toEqual([
      [1, 1, 3],
      [3.1, 3.1, 4.1],
      [8, 8, 9],
    ]);
  });

  it('starts a leading untimed line at 0', () => {
    const plan = planTimeline(lines([[null, 2], [5, 1]]), video(10), options());
    expect(starts(plan)).toEqual([0, 5]);
  });
});

describe('planTimeline, subtitle cues with their own end (end_s)', () => {
  const cued = (specs: [number, number | null, number][]) =>
    specs.map(([cue_s, end_s, duration_s], index) => ({ index, text: `line ${index + 1}`, cue_s, end_s, duration_s }));

  it("fits a line into its own cue, not up to the next cue", () => {
    // Cue 1 runs 0 → 2 s, the next starts at 6: 2.2 s of speech is sped up to end at 2 s.
    const plan = planTimeline(cued([[0, 2, 2.2], [6, 8, 1]]), video(10), options());
    expect(plan.lines[0]).toMatchObject({ start_s: 0, end_s: 2, stretch: 1.1, overflow_ms: 0 });
    expect(plan.lines[1]).toMatchObject({ start_s: 6, end_s: 7 });
  });

  it('falls back to the next cue when the end is missing, zero or not after the start', () => {
    for (const end of [null, 0, 3]) {
      const plan = planTimeline(cued([[3, end, 2.2], [6, null, 1]]), video(10), options());
      expect(plan.lines[0]).toMatchObject({ start_s: 3, end_s: 5.2, stretch: 1, overflow_ms: 0 });
    }
  });

  it('never runs past the next cue: an end after it is bounded by the next slot', () => {
    const plan = planTimeline(cued([[0, 9, 5.39], [5, null, 1]]), video(10), options());
    expect(plan.lines[0]).toMatchObject({ start_s: 0, end_s: 4.9, stretch: 1.1 });
  });

  it("'extend' holds the picture at the line's own end; 'error' names the line that misses it", () => {
    const plan = planTimeline(cued([[0, 2, 3.45], [6, null, 1]]), video(10), options());
    expect(plan.lines[0]).toMatchObject({ start_s: 0, end_s: 3, stretch: 1.15, overflow_ms: 1000 });
    expect(plan.holds).toEqual([{ at_s: 2, d_s: 1 }]);
    expect(plan.lines[1]).toMatchObject({ start_s: 7 });
    expect(() => planTimeline(cued([[0, 2, 3.45], [6, null, 1]]), video(10), options({ overflow: 'error' }))).toThrow(VoiceoverError);
  });
});
