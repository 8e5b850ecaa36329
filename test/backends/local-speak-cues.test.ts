// Speaking a script's lines: several at once (the flite pool runs them off the main thread), in order.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemConfig } from '../../src/config/types.js';
import { speakCues } from '../../src/backends/local/speech.js';
import { flitePoolState } from '../../src/tts/flite-pool.js';
import type { Cue } from '../../src/script/types.js';

let cacheDir = '';
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'voiceover-speak-test-'));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

const item = { voice: 'slt', language: 'en' } as unknown as ItemConfig;
const cue = (index: number, text: string, voice?: string): Cue => ({ index, text, speech: text, cue_s: index * 4, end_s: null, line: index + 1, ...(voice ? { voice } : {}) });

describe('speakCues', () => {
  it('speaks lines at once, up to one per core, and keeps their order and a running count', async () => {
    expect(flitePoolState().workers).toBe(0);
    const cues = ['One line to say.', 'A second, longer line to say.', 'Three.', 'And the fourth and last line of all.'].map((text, i) => cue(i, text));
    const counts: [number, number][] = [];
    const spoken = await speakCues(item, cues, cacheDir, { onLine: (done, total) => counts.push([done, total]) });
    expect(spoken.map((s) => s.cue.index)).toEqual([0, 1, 2, 3]);
    expect(spoken.every((s) => s.clip.duration_s > 0.3 && !s.clip.cached)).toBe(true);
    expect(counts).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    // One after another would have kept reusing a single idle worker.
    expect(flitePoolState().workers).toBe(Math.min(4, availableParallelism()));
  });

  it('throws the earliest failing line, and starts no more lines after a failure', async () => {
    const cues = [cue(0, 'Fine.'), cue(1, 'Unknown voice here.', 'nosuchvoice'), cue(2, 'Also fine.'), cue(3, 'Another unknown voice.', 'othervoice')];
    const error = await speakCues(item, cues, cacheDir, {}).then(() => undefined, (caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'TTS_UNAVAILABLE', message: expect.stringMatching(/nosuchvoice/) });
  });
});
