// selectItems: names and globs pick items in config order; a pattern matching nothing is an error naming the known ones.
import { describe, expect, it } from 'vitest';
import { selectItems, type Selection } from '../../src/config/select.js';
import type { ItemConfig } from '../../src/config/types.js';
import { testItem } from '../helpers/item.js';

const item = (name: string, index: number): ItemConfig =>
  testItem({ name, index, line: index + 3, video: { kind: 'url', url: `https://example.com/${name}.mp4` } });

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
