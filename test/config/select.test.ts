// selectItems: names and globs pick items in config order; a pattern matching nothing is an error naming the known ones.
import { describe, expect, it } from 'vitest';
import { selectItems, type Selection } from '../../src/config/select.js';
import type { ItemConfig } from '../../src/config/types.js';

const item = (name: string, index: number): ItemConfig => ({
  name,
  index,
  line: index + 3,
  video: { kind: 'url', url: `https://example.com/${name}.mp4` },
  script: { text: 'Hi.', format: 'text', rel: 'voiceover.config.yml', lineOffset: index + 3 },
  backend: 'auto',
  language: 'en',
  voice: 'slt',
  instruction: 'add a natural AI voiceover in English',
  output: { dir: '/out', resolution: '1080p', aspect: 'keep', quality: 'high' },
  audio: { loudness: -16, duck_db: 12, max_stretch: 1.15, overflow: 'extend' },
  captions: { sidecar: ['srt', 'vtt'], burn: false },
  nemo: { poll_interval_s: 10, poll_limit: 30, sse_timeout_s: 900, keepalive_timeout_s: 600 },
});

const items = ['product-demo', 'product-tour', 'onboarding', 'release.v2'].map(item);
const names = (selection: Selection) => {
  if ('error' in selection) throw new Error(selection.error);
  return selection.items.map((i) => i.name);
};

describe('selectItems', () => {
  it('returns every item for no patterns', () => {
    expect(names(selectItems(items, []))).toEqual(['product-demo', 'product-tour', 'onboarding', 'release.v2']);
  });

  it('picks exact names in config order, without repeats', () => {
    expect(names(selectItems(items, ['onboarding', 'product-demo', 'onboarding']))).toEqual(['product-demo', 'onboarding']);
  });

  it('picks by glob, and by names with glob-special characters', () => {
    expect(names(selectItems(items, ['product-*']))).toEqual(['product-demo', 'product-tour']);
    expect(names(selectItems(items, ['*.v[0-9]', 'onboard?ng']))).toEqual(['onboarding', 'release.v2']);
    expect(names(selectItems(items, ['release.v2']))).toEqual(['release.v2']);
  });

  it('names every pattern that matches nothing, the known names and close ones', () => {
    const selection = selectItems(items, ['product-*', 'onbaording', 'missing-*']);
    if (!('error' in selection)) throw new Error('expected the selection to fail');
    expect(selection.message).toBe('no video matches `onbaording`, `missing-*`; the config has: product-demo, product-tour, onboarding, release.v2');
    expect(selection.hint).toContain('`onbaording` → did you mean `onboarding`?');
    expect(selection.error).toBe(`${selection.message} (hint: ${selection.hint})`);
    expect(selection.unmatched).toEqual(['onbaording', 'missing-*']);
    expect(selection.known).toEqual(['product-demo', 'product-tour', 'onboarding', 'release.v2']);
  });
});
