// The draft an export request brings: word times (`w`) on voice and caption segments are checked like the rest.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/server/export/draft-schema.js';

const draft = (w: unknown) => ({
  d: 5000,
  m: { width: 1280, height: 720, resolution: '720p', aspect: 'keep', quality: 'draft', loudness: -16, duck_db: 12, burn: false, sidecar: ['vtt'], language: 'en' },
  t: [
    { tt: 0, sg: [{ src: '/in.mp4', k: 'video', s: 0, d: 5000, x: 0 }] },
    { tt: 1, sg: [{ kind: 'voice', src: '/line-0.wav', s: 1000, d: 2000, text: 'Hello world.', v: 'slt', index: 0, cue_s: 1, stretch: 1, overflow_ms: 0, w }] },
    { tt: 7, sg: [{ kind: 'caption', s: 1000, d: 2000, text: 'Hello world.', w }] },
  ],
});

describe('parseDraft: word times', () => {
  it('accepts well-formed words, and a draft without any (older drafts)', () => {
    const words = [{ t: 'Hello', s: 1000, e: 1400 }, { t: 'world.', s: 1450, e: 2900, est: true }];
    expect(parseDraft(draft(words))).toHaveProperty('draft');
    expect(parseDraft(draft(undefined))).toHaveProperty('draft');
  });

  it('refuses words that are not a list of {t, s, e} in range, naming where', () => {
    for (const bad of ['garbage', [{ t: 'x', s: -5, e: 10 }], [{ t: 3, s: 0, e: 10 }], [{ t: 'x', s: 0, e: 'late' }]]) {
      const result = parseDraft(draft(bad));
      expect(result).toHaveProperty('problems');
      expect((result as { problems: string[] }).problems.join('\n')).toMatch(/^t\.1\.sg\.0\.w/m);
    }
  });
});
