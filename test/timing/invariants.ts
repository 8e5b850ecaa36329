// Checks every plan must pass, shared by the property tests.

import { expect } from 'vitest';
import { VoiceoverError } from '../../src/core/errors.js';
import type { Plan, PlanLineInput, PlanOptions, VideoFacts } from '../../src/timing/types.js';

/** Invariants every plan keeps, whatever the input. */
export function checkInvariants(plan: Plan, lines: PlanLineInput[], video: VideoFacts, options: PlanOptions): void {
  const byIndex = new Map(lines.map((l) => [l.index, l]));
  expect(plan.lines).toHaveLength(lines.length);
  expect(plan.extend_s).toBeGreaterThanOrEqual(0);
  const held_s = plan.holds.reduce((a, h) => a + h.d_s, 0);
  expect(plan.duration_s).toBeCloseTo(Math.round(video.duration_s * 1000) / 1000 + held_s + plan.extend_s, 9);
  if (options.overflow !== 'extend') expect(plan.holds).toEqual([]);
  plan.holds.forEach((hold, k) => {
    expect(hold.d_s).toBeGreaterThan(0);
    expect(hold.at_s).toBeGreaterThanOrEqual(0);
    expect(hold.at_s).toBeLessThan(video.duration_s);
    if (k > 0) expect(hold.at_s).toBeGreaterThan(plan.holds[k - 1]!.at_s);
  });
  plan.lines.forEach((line, k) => {
    const input = byIndex.get(line.index)!;
    expect(line.stretch).toBeGreaterThanOrEqual(1);
    expect(line.stretch).toBeLessThanOrEqual(options.max_stretch);
    expect(line.start_s).toBeGreaterThanOrEqual(0);
    expect(line.end_s).toBeGreaterThanOrEqual(line.start_s);
    expect(line.end_s).toBeLessThanOrEqual(plan.duration_s + 1e-9);
    expect(Number.isInteger(line.overflow_ms) && line.overflow_ms >= 0).toBe(true);
    for (const t of [line.cue_s, line.start_s, line.end_s]) expect(Math.abs(t * 1000 - Math.round(t * 1000))).toBeLessThan(1e-6);
    // What render plays: (speech − removed pauses) / stretch, rounded up to the millisecond.
    const played = (input.duration_s - (line.compress_s ?? 0)) / line.stretch;
    expect(Math.abs(line.end_s - line.start_s - played)).toBeLessThanOrEqual(0.0015);
    const previous = plan.lines[k - 1];
    if (previous) expect(line.start_s).toBeGreaterThanOrEqual(previous.end_s + options.min_gap_s - 1e-9);
  });
}

/** The OVERFLOW error `run` throws, or undefined when it returns; any other error is rethrown. */
export function overflowOf(run: () => unknown): VoiceoverError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof VoiceoverError && error.code === 'OVERFLOW') return error;
    throw error;
  }
  return undefined;
}
