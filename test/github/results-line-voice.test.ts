// results.json keeps which voice and model spoke each line through its check (a fan-out's merged report
// and the summary read it from there); results of older versions, without them, still parse.

import { describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/github/results.js';
import { parseRunResults } from '../../src/github/results-schema.js';

const line = { index: 0, text: 'Welcome.', cue_s: 1, start_s: 1, end_s: 2, stretch: 1, overflow_ms: 0 };
const results = (lines: object[]): RunResults => ({
  version: 1, shard: null, videos: {}, notRun: [], config: 'voiceover.config.yml', notes: [], problems: [],
  report: { version: 1, backend: 'local', items: [{
    name: 'demo', status: 'delivered', output: 'out/demo.mp4', captions: [], duration_s: 3, timings_s: { tts: 0, plan: 0, render: 0, total: 0 }, loudness: null, lines,
  }] },
} as unknown as RunResults);

describe('results.json lines', () => {
  it('keep voice and model', () => {
    const spoken = { ...line, voice: 'piper:en_US-amy-medium', model: 'vits-piper-en_US-amy-medium/en_US-amy-medium.onnx sha256:0123456789ab' };
    expect(parseRunResults(JSON.parse(JSON.stringify(results([spoken])))).report.items[0]!.lines).toEqual([spoken]);
  });
  it('parse without them (older results, nemo)', () => {
    expect(parseRunResults(JSON.parse(JSON.stringify(results([line])))).report.items[0]!.lines).toEqual([line]);
  });
  it('refuse a voice that is not text', () => {
    expect(() => parseRunResults(JSON.parse(JSON.stringify(results([{ ...line, voice: 7 }]))))).toThrow(/voice/);
  });
});
