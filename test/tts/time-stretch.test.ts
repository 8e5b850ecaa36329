// Time-stretching a clip with real ffmpeg: shorter by the factor, same pitch (never a resample), word times scaled.

import { describe, expect, it } from 'vitest';
import { stretchChain, stretchFilter, timeStretch } from '../../src/tts/time-stretch.js';
import { tone } from './signal.js';

/** Zero crossings upward per second over the middle of a clip: the frequency of a pure tone. */
function frequency(samples: Float32Array, sampleRate: number): number {
  const from = Math.floor(samples.length * 0.2);
  const to = Math.floor(samples.length * 0.8);
  let crossings = 0;
  for (let i = from + 1; i < to; i++) if (samples[i - 1]! < 0 && samples[i]! >= 0) crossings++;
  return crossings / ((to - from) / sampleRate);
}

describe('timeStretch', () => {
  it('uses Rubber Band when the ffmpeg build has it (Debian\'s does)', async () => {
    expect(await stretchFilter()).toBe('rubberband');
    expect(stretchChain('atempo', 0.3)).toBe('atempo=0.5,atempo=0.600000');
  });

  it.each(['rubberband', 'atempo'] as const)('%s: 1.25 times as fast is 1/1.25 as long at the same pitch, words scaled', async (filter) => {
    const sampleRate = 24000;
    const samples = tone(2, sampleRate, 0.5, 220);
    const words = [{ text: 'one', start_s: 0.5, end_s: 1 }, { text: 'two', start_s: 1.25, end_s: 2 }];
    const out = await timeStretch({ samples, sampleRate, words }, 1.25, { filter });
    expect(out.sampleRate).toBe(sampleRate);
    expect(out.samples.length / sampleRate).toBeGreaterThan(1.6 * 0.97);
    expect(out.samples.length / sampleRate).toBeLessThan(1.6 * 1.03);
    // A resample would have raised the tone to 275 Hz.
    expect(frequency(out.samples, sampleRate)).toBeGreaterThan(220 * 0.97);
    expect(frequency(out.samples, sampleRate)).toBeLessThan(220 * 1.03);
    expect(out.words).toEqual([
      { text: 'one', start_s: 0.4, end_s: 0.8 },
      { text: 'two', start_s: 1, end_s: expect.closeTo(1.6, 1) },
    ]);
  });

  it('a factor of 1 returns the clip as it is', async () => {
    const speech = { samples: tone(0.2, 16000), sampleRate: 16000 };
    expect(await timeStretch(speech, 1)).toBe(speech);
  });
});
