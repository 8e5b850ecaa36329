// Property (issue 7 item 7): mutated scripts (timed, plain, SRT, VTT; lines deleted, duplicated, swapped; times,
// arrows, tags and punctuation inserted; truncated) parse to cues or diagnostics inside the text, never an exception;
// strict mode throws only SCRIPT_INVALID at an in-range position.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VoiceoverError } from '../../src/core/errors.js';
import { parseScript } from '../../src/script/parse.js';
import { mutate, mutationArb } from '../helpers/text-mutations.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const example = (name: string): string => readFileSync(path.join(ROOT, 'examples/scripts', name), 'utf8');

const SEEDS: { format: 'text' | 'srt' | 'vtt'; text: string }[] = [
  { format: 'text', text: example('tour-timed.txt') },
  { format: 'text', text: example('tour-plain.txt') },
  {
    format: 'srt',
    text: '1\n00:00:01,000 --> 00:00:03,500\nWelcome to the demo.\n\n2\n00:00:04,000 --> 00:00:06,000\n{voice=rms} It costs $1,299 and runs 3.5x faster.\n\n3\n00:00:07,250 --> 00:00:09,000\n<i>See you</i> at https://example.com.\n',
  },
  {
    format: 'vtt',
    text: 'WEBVTT - demo\n\nNOTE a comment\n\nintro\n00:01.000 --> 00:03.000 align:start\nWelcome to the demo.\n\n00:00:04.000 --> 00:00:06.500\n<v Ann>{voice=kal} Ship it on 2024-05-01.</v>\n\n00:07.000 --> 00:09.000\n&amp; that is all.\n',
  },
];

const TOKENS = ['[', ']', '[00:', '[00:05]', '[1:75]', '[00:02.5]', ':', '.', ',', '-->', ' --> ', '00:00:01,000 --> 00:00:02,000', '00:01.000 --> 00:00.500', 'WEBVTT', 'NOTE ', '{voice=', '{voice=rms}', '{voice=}', '{', '}', '<i>', '</b>', '<v ', '&amp;', '&#', '#', '\t', '\r', '\r\n', '\uFEFF', '$', '%', '12', '-', '\n\n', '9999999999', '[99:99:99]'];

/** Each diagnostic lies inside the text: its line exists, its column at most one past that line's end. */
function expectInRange(text: string, diagnostics: readonly { line: number; col: number; message: string }[]): void {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  for (const d of diagnostics) {
    const where = `${d.line}:${d.col} ${d.message}`;
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines.length, where).toBe(true);
    expect(Number.isInteger(d.col) && d.col >= 1 && d.col <= (lines[d.line - 1] ?? '').length + 1, where).toBe(true);
  }
}

describe('script fuzz', () => {
  it('the seeds parse without errors', () => {
    for (const seed of SEEDS) {
      const { script, diagnostics } = parseScript(seed.text, { format: seed.format, file: 'seed' });
      expect(diagnostics.filter((d) => d.severity === 'error'), seed.text).toEqual([]);
      expect(script.cues.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('a mutated script gives cues or diagnostics in range, never an exception', () => {
    let clean = 0;
    let broken = 0;
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.constantFrom('text' as const, 'srt' as const, 'vtt' as const, undefined), fc.array(mutationArb(TOKENS), { minLength: 1, maxLength: 5 }), (i, asFormat, mutations) => {
        const seed = SEEDS[i]!;
        // Mostly the seed's own format; sometimes another (a .txt holding SRT, a .vtt holding timed lines).
        const format = asFormat ?? seed.format;
        const text = mutate(seed.text, mutations);
        const { script, diagnostics } = parseScript(text, { format, file: 'script' });
        expectInRange(text, diagnostics);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        if (errors.length === 0) {
          clean++;
          expect(script.cues.length).toBeGreaterThan(0);
          for (const cue of script.cues) expect(typeof cue.speech === 'string' && (cue.cue_s === null || Number.isFinite(cue.cue_s))).toBe(true);
        } else broken++;
        let thrown: unknown;
        try {
          parseScript(text, { format, file: 'script', strict: true });
        } catch (error) {
          thrown = error;
        }
        if (errors.length === 0) expect(thrown).toBeUndefined();
        else {
          expect(thrown).toBeInstanceOf(VoiceoverError);
          expect((thrown as VoiceoverError).code).toBe('SCRIPT_INVALID');
        }
      }),
      { seed: 20261202, numRuns: 4000 },
    );
    expect(clean).toBeGreaterThan(200);
    expect(broken).toBeGreaterThan(200);
  });
});
