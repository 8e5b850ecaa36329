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
    ['NaN own end', () => planTimeline([{ index: 0, text: 'a', cue_s: 0, end_s: Number.NaN, duration_s: 1 }], video(10), options())],
    ['negative own end', () => planTimeline([{ index: 0, text: 'a', cue_s: 0, end_s: -1, duration_s: 1 }], video(10), options())],
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
      holds: [],
    });
  });
});

describe('planTimeline rejects a cue at or past the end of the video', () => {
  const late = [
    { index: 0, text: 'Welcome.', cue_s: 1, duration_s: 1 },
    { index: 1, text: 'Ship it today.', cue_s: 300, duration_s: 1, location: { file: 'scripts/demo.txt', line: 7 } },
  ];

  it.each(['extend', 'shift', 'error'] as const)('with SCRIPT_INVALID naming the script line (overflow: %s)', (overflow) => {
    const error = plainError(() => planTimeline(late, video(40), options({ overflow })));
    expect(error).toBeInstanceOf(VoiceoverError);
    expect(error).toMatchObject({
      code: 'SCRIPT_INVALID',
      exitCode: 2,
      message: 'script line 7 is cued at 5:00.0, at or past the end of the video (0:40.0): "Ship it today."',
      hint: 'the video is only 40.0 s long; remove the line or fix its time',
      location: { file: 'scripts/demo.txt', line: 7 },
    });
  });

  it('a cue exactly at the end is past it; a millisecond before is inside', () => {
    expect(plainError(() => planTimeline(lines([[40, 1]]), video(40), options()))).toMatchObject({ code: 'SCRIPT_INVALID' });
    expect(planTimeline(lines([[39.999, 0.5]]), video(40), options()).lines[0]).toMatchObject({ start_s: 39.999 });
  });

  it('leaves untimed text alone however long the video', () => {
    expect(planTimeline(lines([[null, 3]]), video(1), options()).lines[0]).toMatchObject({ start_s: 0 });
  });
});
