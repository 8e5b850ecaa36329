// Flite word times (real WASI build): measured from its phone durations, checked against the audio's energy.
import { describe, expect, it } from 'vitest';
import { fliteEngine } from '../../src/tts/flite.js';
import { fliteWordTimes, parseTimedPhones, parseWordPhones } from '../../src/tts/flite-words.js';
import type { Speech } from '../../src/tts/types.js';
import { rmsDb } from './signal.js';

const speak = (text: string, voice = 'slt', rate = 1): Promise<Speech> => fliteEngine.synthesize({ text, voice, rate });

/** RMS level (dBFS) of the samples between two times. */
function levelDb(speech: Speech, from_s: number, to_s: number): number {
  const at = (t: number): number => Math.max(0, Math.min(speech.samples.length, Math.round(t * speech.sampleRate)));
  return rmsDb(speech.samples.subarray(at(from_s), at(to_s)));
}

/** Where the signal first rises above −35 dBFS RMS (10 ms windows) at or after `from_s`, seconds. */
function onsetAfter(speech: Speech, from_s: number): number {
  const size = Math.round(speech.sampleRate * 0.01);
  for (let at = Math.round(from_s * speech.sampleRate); at + size <= speech.samples.length; at += Math.round(size / 2)) {
    if (rmsDb(speech.samples.subarray(at, at + size)) > -35) return at / speech.sampleRate;
  }
  return Number.NaN;
}

describe('flite word times', () => {
  it('gives each word of "One. Two three." its own span: speech in the words, silence in the pause between sentences', async () => {
    const speech = await speak('One. Two three.');
    const words = speech.words!;
    expect(words.map((w) => [w.text, w.estimated])).toEqual([['One.', undefined], ['Two', undefined], ['three.', undefined]]);
    const duration = speech.samples.length / speech.sampleRate;
    for (const [i, word] of words.entries()) {
      expect(word.end_s).toBeGreaterThan(word.start_s);
      expect(word.end_s).toBeLessThanOrEqual(duration + 0.01);
      if (i > 0) expect(word.start_s).toBeGreaterThanOrEqual(words[i - 1]!.end_s);
      // Every word is speech: well above the silence flite puts around it.
      expect(levelDb(speech, word.start_s, word.end_s)).toBeGreaterThan(-30);
    }
    // The sentence pause lies between "One." and "Two", and it is silent (a spread by characters has no gap there).
    const [one, two] = words;
    expect(two!.start_s - one!.end_s).toBeGreaterThan(0.08);
    expect(levelDb(speech, one!.end_s + 0.02, two!.start_s - 0.02)).toBeLessThan(levelDb(speech, two!.start_s, two!.end_s) - 25);
    // The lead-in silence comes before the first word.
    expect(levelDb(speech, 0, one!.start_s - 0.02)).toBeLessThan(-50);
    // Each word starts within 40 ms of where the audio rises after the pause before it.
    expect(Math.abs(onsetAfter(speech, 0) - one!.start_s)).toBeLessThan(0.04);
    expect(Math.abs(onsetAfter(speech, one!.end_s + 0.02) - two!.start_s)).toBeLessThan(0.04);
  });

  it('keeps the times on one timeline across utterances, at any rate, for every voice', async () => {
    const text = 'This is the first sentence. And here is a second one! Is this the third?';
    for (const [voice, rate] of [['slt', 1], ['kal', 1], ['rms', 1.3]] as const) {
      const speech = await speak(text, voice, rate);
      const words = speech.words!;
      expect(words.map((w) => w.text)).toEqual(text.split(' '));
      const duration = speech.samples.length / speech.sampleRate;
      // The last word ends just before the audio does (its trailing pause), not in the first utterance.
      expect(words.at(-1)!.end_s).toBeGreaterThan(duration - 0.5);
      expect(words.at(-1)!.end_s).toBeLessThanOrEqual(duration + 0.01);
      for (const word of words) expect(levelDb(speech, word.start_s, word.end_s)).toBeGreaterThan(-35);
    }
  });

  it('maps phones to words where context changes a pronunciation, and says nothing when the logs do not match', () => {
    // "the" before a vowel is "dh iy" in the line, "dh ax" alone: the alignment still puts it on "the".
    const timed = 'pau:0.2 dh:0.25 iy:0.3 ae:0.4 p:0.5 l:0.55 pau:0.8 \n';
    const phones = 'pau dh ax pau \npau ae p ax l pau \n';
    expect(parseTimedPhones(timed).map((p) => p.phone)).toEqual(['dh', 'iy', 'ae', 'p', 'l']);
    expect(parseWordPhones(phones)).toEqual([['dh', 'ax'], ['ae', 'p', 'ax', 'l']]);
    expect(fliteWordTimes(['the', 'apple'], timed, phones)).toEqual([
      { text: 'the', start_s: 0.2, end_s: 0.3 },
      { text: 'apple', start_s: 0.3, end_s: 0.55 },
    ]);
    expect(fliteWordTimes(['the', 'apple', 'pie'], timed, phones)).toBeUndefined();
  });
});
