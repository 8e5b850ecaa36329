import { describe, expect, it } from 'vitest';
import { compactPauses, findPauses, removablePause_s, trimSilence } from '../../src/tts/trim.js';
import { concat, edgeSilence_s, tone } from './signal.js';

const RATE = 16000;
const silence = (seconds: number): Float32Array => new Float32Array(Math.round(seconds * RATE));

describe('trimSilence', () => {
  it('removes leading and trailing silence, keeping a few ms of margin', () => {
    const input = concat(silence(0.4), tone(0.5, RATE), silence(0.7));
    const out = trimSilence(input, RATE);
    expect(out.length / RATE).toBeGreaterThan(0.5);
    // 0.5 s of tone and a 10 ms margin on each side (0.52 s), with two 5 ms analysis windows of slack.
    expect(out.length / RATE).toBeLessThan(0.531);
    const edges = edgeSilence_s(out, RATE);
    expect(edges.lead).toBeLessThan(0.02);
    expect(edges.trail).toBeLessThan(0.02);
  });

  it('treats noise below -45 dBFS as silence and keeps quiet speech above it', () => {
    const hiss = (seconds: number): Float32Array => tone(seconds, RATE, 10 ** (-60 / 20), 3000);
    const quiet = tone(0.3, RATE, 10 ** (-30 / 20));
    const out = trimSilence(concat(hiss(0.5), quiet, hiss(0.5)), RATE);
    expect(out.length / RATE).toBeGreaterThan(0.3);
    expect(out.length / RATE).toBeLessThan(0.35);
  });

  it('gives an empty array for silence', () => {
    expect(trimSilence(silence(1), RATE).length).toBe(0);
  });
});

describe('compactPauses', () => {
  const input = concat(silence(0.2), tone(0.4, RATE), silence(1), tone(0.4, RATE), silence(0.3));

  it('finds only the internal pause', () => {
    const pauses = findPauses(input, RATE);
    expect(pauses).toHaveLength(1);
    const [pause] = pauses;
    expect(((pause?.end ?? 0) - (pause?.start ?? 0)) / RATE).toBeCloseTo(1, 1);
  });

  it('shortens a 1 s gap to the maximum pause and reports the seconds saved', () => {
    const { samples, saved_s } = compactPauses(input, RATE, 0.2);
    expect(saved_s).toBeGreaterThan(0.75);
    expect(saved_s).toBeLessThan(0.82);
    expect(samples.length).toBe(input.length - Math.round(saved_s * RATE));
    expect(removablePause_s(input, RATE, 0.2)).toBeCloseTo(saved_s, 6);
    // The edges are untouched and the remaining gap is about 0.2 s.
    expect(findPauses(samples, RATE).map((p) => (p.end - p.start) / RATE)[0]).toBeCloseTo(0.2, 1);
    expect(samples.length / RATE).toBeCloseTo(0.2 + 0.4 + 0.2 + 0.4 + 0.3, 1);
  });

  it('leaves pauses shorter than the maximum alone', () => {
    const short = concat(tone(0.3, RATE), silence(0.1), tone(0.3, RATE));
    const { samples, saved_s } = compactPauses(short, RATE, 0.2);
    expect(saved_s).toBe(0);
    expect(samples.length).toBe(short.length);
    expect(samples.every((x, i) => x === short[i])).toBe(true);
    expect(removablePause_s(short, RATE, 0.2)).toBe(0);
  });

  it('rejects a negative maximum', () => {
    expect(() => compactPauses(input, RATE, -1)).toThrow(RangeError);
  });
});
