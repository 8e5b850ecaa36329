import { describe, expect, it } from 'vitest';
import { fitLine } from '../../src/timing/fit-line.js';

describe('fitLine', () => {
  it('plays a clip that fits at rate 1 untouched', () => {
    expect(fitLine(2.5, 1, 3000, 1.15)).toEqual({ fits: true, compress_s: 0, stretch: 1, playedMs: 2500 });
  });

  it('rounds the played length up to the millisecond', () => {
    expect(fitLine(1.0001, 0, 3000, 1.15).playedMs).toBe(1001);
    expect(fitLine(1.2, 0, 3000, 1.15).playedMs).toBe(1200);
  });

  it('removes only the pauses it needs', () => {
    const fit = fitLine(3.2, 0.5, 3000, 1.15);
    expect(fit).toMatchObject({ fits: true, stretch: 1, playedMs: 3000 });
    expect(fit.compress_s).toBeCloseTo(0.2, 12);
  });

  it('never removes more pause than the clip has speech', () => {
    expect(fitLine(1, 5, 0, 1.15)).toMatchObject({ fits: true, compress_s: 1, playedMs: 0 });
    expect(fitLine(1, 5, -1, 1.15)).toMatchObject({ fits: false, compress_s: 1, playedMs: 0 });
  });

  it('speeds up after removing every pause', () => {
    expect(fitLine(3.4, 0.1, 3000, 1.15)).toEqual({ fits: true, compress_s: 0.1, stretch: 1.1, playedMs: 3000 });
  });

  it('reports an overflow at max_stretch with every pause removed', () => {
    expect(fitLine(4, 0.55, 2000, 1.15)).toEqual({ fits: false, compress_s: 0.55, stretch: 1.15, playedMs: 3000 });
  });

  it('overflows when there is no room at all', () => {
    expect(fitLine(1, 0, -100, 2)).toMatchObject({ fits: false, stretch: 2, playedMs: 500 });
  });

  it('fits exactly at max_stretch', () => {
    expect(fitLine(2.3, 0, 2000, 1.15)).toEqual({ fits: true, compress_s: 0, stretch: 1.15, playedMs: 2000 });
  });
});
