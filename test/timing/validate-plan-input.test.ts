import { describe, expect, it } from 'vitest';
import { planTimeline } from '../../src/timing/plan.js';
import { VoiceoverError } from '../../src/core/errors.js';
import type { PlanOptions } from '../../src/timing/types.js';
import { lines, options, video } from './helpers.js';

function plainError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('planTimeline rejects impossible inputs with a plain Error', () => {
  const cases: [string, () => unknown][] = [
    ['negative duration', () => planTimeline(lines([[0, -1]]), video(10), options())],
    ['NaN duration', () => planTimeline(lines([[0, Number.NaN]]), video(10), options())],
    ['infinite duration', () => planTimeline(lines([[null, Number.POSITIVE_INFINITY]]), video(10), options())],
    ['negative cue', () => planTimeline(lines([[-0.5, 1]]), video(10), options())],
    ['NaN cue', () => planTimeline(lines([[Number.NaN, 1]]), video(10), options())],
    ['negative compressible', () => planTimeline(lines([[0, 1, -0.1]]), video(10), options())],
    ['negative video duration', () => planTimeline(lines([[0, 1]]), video(-1), options())],
    ['NaN video duration', () => planTimeline(lines([[0, 1]]), video(Number.NaN), options())],
    ['negative scene cut', () => planTimeline(lines([[null, 1]]), video(10, { sceneCuts: [-1] }), options())],
    ['NaN silence', () => planTimeline(lines([[null, 1]]), video(10, { silences: [{ start_s: Number.NaN, end_s: 1 }] }), options())],
    ['inverted silence', () => planTimeline(lines([[null, 1]]), video(10, { silences: [{ start_s: 2, end_s: 1 }] }), options())],
    ['negative gap', () => planTimeline(lines([[0, 1]]), video(10), options({ min_gap_s: -0.1 }))],
    ['NaN max_stretch', () => planTimeline(lines([[0, 1]]), video(10), options({ max_stretch: Number.NaN }))],
    ['max_stretch below 1', () => planTimeline(lines([[0, 1]]), video(10), options({ max_stretch: 0.9 }))],
    ['unknown overflow', () => planTimeline(lines([[0, 1]]), video(10), { ...options(), overflow: 'wrap' } as unknown as PlanOptions)],
  ];

  it.each(cases)('%s', (_name, run) => {
    const error = plainError(run);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(VoiceoverError);
    expect((error as Error).message).toMatch(/^planTimeline: /);
  });

  it('accepts zeros everywhere', () => {
    const plan = planTimeline(lines([[0, 0, 0]]), video(0), options({ min_gap_s: 0, max_stretch: 1 }));
    expect(plan).toEqual({
      lines: [{ index: 0, text: 'line 1', cue_s: 0, start_s: 0, end_s: 0, stretch: 1, overflow_ms: 0, compress_s: 0 }],
      duration_s: 0,
      extend_s: 0,
    });
  });
});
