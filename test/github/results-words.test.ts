// results.json (the matrix shards' hand-over) keeps every report line's word times.

import { describe, expect, it } from 'vitest';
import { parseRunResults } from '../../src/github/results-schema.js';

const resultsWith = (lines: unknown[]) => ({
  version: 1, shard: null, config: 'voiceover.config.yml', notes: [], problems: [], videos: {}, notRun: [],
  report: {
    version: 1, backend: 'local',
    items: [{ name: 'demo', status: 'delivered', output: 'out/demo.mp4', captions: [], duration_s: 4, timings_s: { tts: 1, plan: 0, render: 1, total: 2 }, loudness: null, lines }],
  },
});

describe('results schema: line words', () => {
  it('keeps measured and estimated words of a line', () => {
    const words = [{ text: 'Hello', start_s: 0.5, end_s: 0.9 }, { text: 'world.', start_s: 0.95, end_s: 1.4, estimated: true }];
    const line = { index: 0, text: 'Hello world.', cue_s: 0.5, start_s: 0.5, end_s: 1.4, stretch: 1, overflow_ms: 0, voice: 'slt', words };
    expect(parseRunResults(resultsWith([line])).report.items[0]!.lines[0]!.words).toEqual(words);
  });
  it('refuses a word without times', () => {
    const line = { index: 0, text: 'Hi', cue_s: 0, start_s: 0, end_s: 1, stretch: 1, overflow_ms: 0, words: [{ text: 'Hi' }] };
    expect(() => parseRunResults(resultsWith([line]))).toThrow();
  });
});
