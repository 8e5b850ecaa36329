// Property (issue 7 item 7): a mutated config (lines deleted, duplicated, swapped; YAML punctuation inserted;
// truncated) loads to a valid config or to diagnostics at a FILE:LINE:COL inside the file; never an exception.
// Seeds: the example config, and the same with anchors, aliases and merge keys (what the mutations broke before).
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { loadConfig } from '../../src/config/load.js';
import { checkScripts } from '../../src/runner/check-scripts.js';
import { mutate, mutationArb } from '../helpers/text-mutations.js';
import { CATALOGUE, makeTempRepo, type TempRepo } from './temp-repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TOKENS = ['*', '&', '<<:', '<<: *first', '*first', '&first', '*timed', '&timed', ':', ': ', '-', '- ', '[', ']', '{', '}', '\t', '  ', '"', "'", '#', '|', '>', '!!str ', '? ', ',', '%YAML 1.1', '---', '...', '\u0000', '\uFEFF'];

const ANCHORED = [
  'version: 1',
  'defaults: &defaults',
  '  language: en',
  '  voice: slt',
  '  output: { dir: out, resolution: 1080p, aspect: keep, quality: high }',
  'videos:',
  '  - &first',
  '    name: tour-timed',
  '    video: examples/demo.mp4',
  '    script: &timed examples/scripts/tour-timed.txt',
  '  - <<: *first',
  '    name: tour-plain',
  '    script: examples/scripts/tour-plain.txt',
  '    voice: awb',
  '  - <<: [*first]',
  '    name: tour-vertical',
  '    script: *timed',
  '    output: { aspect: "9:16" }',
  '  - name: inline',
  '    video: examples/demo.mp4',
  '    script: |',
  '      [00:01] Hello there.',
  '      [00:03] {voice=rms} Bye.',
  '',
].join('\n');

let repo: TempRepo;
let seeds: string[];
const texts = new Map<string, string>();

beforeAll(async () => {
  repo = await makeTempRepo();
  for (const rel of ['examples/demo.mp4', 'examples/scripts/tour-timed.txt', 'examples/scripts/tour-plain.txt']) {
    const abs = await repo.write(rel, '');
    await copyFile(path.join(ROOT, rel), abs);
    texts.set(abs, await readFile(abs, 'utf8'));
  }
  seeds = [await readFile(path.join(ROOT, 'voiceover.config.example.yml'), 'utf8'), ANCHORED];
});
afterAll(() => repo?.remove());

/** A diagnostic's position lies inside the text it names (a column may point just past a line's end). */
function expectInRange(d: Diagnostic, text: string): void {
  const lines = text.split('\n');
  const where = `${d.file}:${d.line}:${d.col} ${d.message}`;
  expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines.length, where).toBe(true);
  expect(Number.isInteger(d.col) && d.col >= 1 && d.col <= (lines[d.line - 1] ?? '').length + 1, where).toBe(true);
  expect(d.message.length, where).toBeGreaterThan(0);
}

describe('config fuzz', () => {
  it('the seeds are valid configs', async () => {
    const file = path.join(repo.root, 'seed.yml');
    for (const seed of seeds) {
      await writeFile(file, seed);
      const { config, diagnostics } = await loadConfig(file, { voices: CATALOGUE });
      expect(diagnostics.filter((d) => d.severity === 'error'), seed).toEqual([]);
      expect(config?.items.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('a mutated config gives a config or diagnostics in range, never an exception', async () => {
    const file = path.join(repo.root, 'voiceover.config.yml');
    const shown = path.relative(process.cwd(), file);
    let valid = 0;
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 1 }), fc.array(mutationArb(TOKENS), { minLength: 1, maxLength: 4 }), async (seed, mutations) => {
        const text = mutate(seeds[seed]!, mutations);
        await writeFile(file, text);
        const { config, diagnostics } = await loadConfig(shown, { voices: CATALOGUE });
        if (config) {
          valid++;
          const scripts = await checkScripts(config, { backendOf: () => 'nemo' });
          for (const d of scripts) expectInRange(d, d.file === shown ? text : (texts.get(path.resolve(d.file)) ?? ''));
        } else {
          invalid++;
          expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
        }
        for (const d of diagnostics) {
          expect(d.file).toBe(shown);
          // A file that is not UTF-8 (an inserted NUL) is reported by byte position, still inside the text.
          expectInRange(d, text.replace(/^\uFEFF/, ''));
        }
      }),
      { seed: 20261202, numRuns: 1500 },
    );
    // Both outcomes happen: the mutations are not all harmless, nor all fatal.
    expect(valid).toBeGreaterThan(20);
    expect(invalid).toBeGreaterThan(100);
  });
});
