// Word times of clips: kept through trimming and the cache, estimated when none were measured, moved by
// compactPauses with the pauses it removes.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsFileOf } from '../../src/tts/clip-words.js';
import { synthesizeClip } from '../../src/tts/synthesize.js';
import { compactPauses } from '../../src/tts/trim.js';
import type { WordTiming } from '../../src/tts/types.js';
import { estimateWords, splitWords, wordsThroughCuts } from '../../src/tts/word-timing.js';
import { requireEspeak } from '../helpers/programs.js';
import { concat, rmsDb, tone } from './signal.js';

const RATE = 16000;
const silence = (seconds: number): Float32Array => new Float32Array(Math.round(seconds * RATE));
const level = (samples: Float32Array, sampleRate: number, word: WordTiming): number =>
  rmsDb(samples.subarray(Math.round(word.start_s * sampleRate), Math.round(word.end_s * sampleRate)));

let cacheDir = '';
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'voiceover-words-test-'));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

function expectInOrderWithin(words: readonly WordTiming[], duration_s: number): void {
  let previous = 0;
  for (const word of words) {
    expect(word.start_s).toBeGreaterThanOrEqual(previous);
    expect(word.end_s).toBeGreaterThan(word.start_s);
    expect(word.end_s).toBeLessThanOrEqual(duration_s + 1e-6);
    previous = word.end_s;
  }
}

describe('clip word times', () => {
  it('moves flite words into the trimmed clip, keeps them beside the WAV, and returns the same words from the cache', async () => {
    const text = 'Welcome back. Today we ship the new dashboard.';
    const first = await synthesizeClip({ text, voice: 'slt', line: 1 }, { cacheDir });
    const words = first.words!;
    expect(words.map((w) => w.text)).toEqual(text.split(' '));
    expect(words.every((w) => w.estimated === undefined)).toBe(true);
    expectInOrderWithin(words, first.duration_s);
    // The trimmed lead is gone from the times too: the first word starts where the clip's speech does.
    expect(words[0]!.start_s).toBeLessThan(0.05);
    for (const word of words) expect(level(first.samples, first.sampleRate, word)).toBeGreaterThan(-35);
    expect(JSON.parse(await readFile(wordsFileOf(first.file), 'utf8'))).toEqual({ words });

    const again = await synthesizeClip({ text, voice: 'slt', line: 1 }, { cacheDir });
    expect(again.cached).toBe(true);
    expect(again.words).toEqual(words);
  });

  it('estimates the words of a cached clip that has none kept (an entry older than word timing)', async () => {
    const text = 'An older entry has no words file.';
    const first = await synthesizeClip({ text, voice: 'rms', line: 1 }, { cacheDir });
    await rm(wordsFileOf(first.file));
    const again = await synthesizeClip({ text, voice: 'rms', line: 1 }, { cacheDir });
    expect(again.cached).toBe(true);
    expect(again.words!.map((w) => w.text)).toEqual(text.split(' '));
    expect(again.words!.every((w) => w.estimated === true)).toBe(true);
    expectInOrderWithin(again.words!, again.duration_s);
  });

  it('estimates the words of an engine that measures none (espeak-ng): within the clip, in order, on speech', async () => {
    await requireEspeak();
    const text = 'Open the settings, pick a voice, and press start.';
    const clip = await synthesizeClip({ text, voice: 'espeak:en-us', line: 2 }, { cacheDir });
    expect(clip.words!.map((w) => [w.text, w.estimated])).toEqual(text.split(' ').map((w) => [w, true]));
    expectInOrderWithin(clip.words!, clip.duration_s);
    for (const word of clip.words!) expect(level(clip.samples, clip.sampleRate, word)).toBeGreaterThan(-35);
  });

  it('estimates by letters over the voiced part: no word in a long pause, all within the clip, in order', () => {
    // 5 letters over the first tone, 11 over the second (0.1 s a letter): the pause between them is left out.
    const samples = concat(tone(0.5, RATE), silence(0.6), tone(1.1, RATE));
    const words = estimateWords('Hello, there friend.', samples, RATE);
    expect(words.map((w) => [w.text, w.estimated])).toEqual([['Hello,', true], ['there', true], ['friend.', true]]);
    expectInOrderWithin(words, samples.length / RATE);
    expect(words[0]!.end_s).toBeLessThanOrEqual(0.51);
    expect(words[1]!.start_s).toBeGreaterThanOrEqual(1.09);
    for (const word of words) expect(level(samples, RATE, word)).toBeGreaterThan(-10);
  });

  it('gives each phrase the stretch between the longest pauses, whatever its letters', () => {
    // A short phrase, a long pause, a long phrase with a short pause inside it (not a phrase boundary).
    const samples = concat(tone(0.3, RATE), silence(0.4), tone(0.6, RATE), silence(0.1), tone(0.6, RATE));
    const words = estimateWords('Hi, this is a much longer phrase than the first.', samples, RATE);
    expectInOrderWithin(words, samples.length / RATE);
    expect(words[0]).toMatchObject({ text: 'Hi,', start_s: 0, estimated: true });
    expect(words[0]!.end_s).toBeCloseTo(0.3, 2);
    expect(words[1]!.start_s).toBeCloseTo(0.7, 2);
    // Mostly tone (−9 dB): a word may straddle the short pause, never sit in the long one.
    for (const word of words) expect(level(samples, RATE, word)).toBeGreaterThan(-15);
  });

  it('splits words at whitespace and keeps punctuation-only tokens on a word', () => {
    expect(splitWords('  Ship it — today …  ')).toEqual(['Ship', 'it —', 'today …']);
    expect(splitWords('— Go')).toEqual(['— Go']);
  });

  it('moves word times with the pauses compactPauses removes', () => {
    const samples = concat(tone(0.4, RATE), silence(1), tone(0.4, RATE), silence(0.5), tone(0.3, RATE));
    const words: WordTiming[] = [
      { text: 'one', start_s: 0, end_s: 0.4 },
      { text: 'two', start_s: 1.4, end_s: 1.8 },
      { text: 'three', start_s: 2.3, end_s: 2.6 },
    ];
    const { samples: compact, cuts, saved_s } = compactPauses(samples, RATE, 0.12);
    expect(cuts).toHaveLength(2);
    expect(saved_s).toBeGreaterThan(1.2);
    const moved = wordsThroughCuts(words, cuts, RATE);
    expectInOrderWithin(moved, compact.length / RATE);
    expect(moved[0]).toEqual(words[0]);
    // The second word now starts about 0.12 s after the first ends, and every word still covers its tone.
    expect(moved[1]!.start_s).toBeCloseTo(0.52, 1);
    for (const word of moved) {
      expect(level(compact, RATE, word)).toBeGreaterThan(-10);
      expect(word.end_s - word.start_s).toBeCloseTo(words.find((w) => w.text === word.text)!.end_s - words.find((w) => w.text === word.text)!.start_s, 2);
    }
  });
});
