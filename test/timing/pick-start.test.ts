import { describe, expect, it } from 'vitest';
import { pickStart, scoreStart, type StartQuery } from '../../src/timing/pick-start.js';

const base: StartQuery = { naturalMs: 10_000, loMs: 0, hiMs: 60_000, lengthMs: 3000, cutsMs: [], silences: [] };

describe('pickStart', () => {
  it('keeps the natural position when nothing is near', () => {
    expect(pickStart({ ...base, cutsMs: [5000, 20_000] })).toBe(10_000);
  });

  it('clamps the natural position into [lo, hi]', () => {
    expect(pickStart({ ...base, loMs: 10_500 })).toBe(10_500);
    expect(pickStart({ ...base, hiMs: 9000 })).toBe(9000);
  });

  it('takes a cut within about 1.5 s, not one further away', () => {
    expect(pickStart({ ...base, cutsMs: [11_400] })).toBe(11_400);
    expect(pickStart({ ...base, cutsMs: [8_600] })).toBe(8_600);
    expect(pickStart({ ...base, cutsMs: [11_600] })).toBe(10_000);
  });

  it('prefers the nearer of two cuts', () => {
    expect(pickStart({ ...base, cutsMs: [9_000, 10_500] })).toBe(10_500);
  });

  it('prefers the earlier of two equally good places', () => {
    expect(pickStart({ ...base, cutsMs: [9_500, 10_500] })).toBe(9_500);
  });

  it('prefers a silence long enough to hold the line', () => {
    const silences = [
      { startMs: 9_200, endMs: 9_800 },
      { startMs: 10_800, endMs: 20_000 },
    ];
    expect(pickStart({ ...base, silences })).toBe(10_800);
  });

  it('never leaves [lo, hi] for a cut', () => {
    expect(pickStart({ ...base, loMs: 9_800, hiMs: 10_200, cutsMs: [9_700, 10_300] })).toBe(10_000);
  });
});

describe('scoreStart', () => {
  it('adds closeness, cut, silence start and quiet share', () => {
    const q: StartQuery = { ...base, cutsMs: [11_000], silences: [{ startMs: 11_050, endMs: 12_550 }] };
    // closeness 1 - 1000 / 2000, cut 0.75, silence start (50 ms away) 0.75, quiet 0.5 × 1.5 / 3.
    expect(scoreStart(11_000, q, 10_000)).toBeCloseTo(0.5 + 0.75 + 0.75 + (0.5 * 1500) / 3000, 12);
    // 2 s from the cue is out of reach: no closeness, and nothing else scores there.
    expect(scoreStart(12_000, base, 10_000)).toBe(0);
  });
});
