// The item an edit runs: with no voice hint the voice is auto, as in a config that writes none.
import { describe, expect, it } from 'vitest';
import { itemFromEdit, type EditInputs } from '../../src/server/agent/item-from-edit.js';

const edit = (hints: EditInputs['hints'], sessionLanguage = 'en'): EditInputs => ({
  sessionId: 'a1b2c3d4e5f6',
  instruction: 'add a voiceover',
  video: { path: '/data/uploads/clip.mp4', filename: 'clip.mp4' } as EditInputs['video'],
  script: { text: 'Hello there.', format: 'text' },
  hints,
  sessionLanguage,
  outputDir: '/data/outputs',
});

describe('itemFromEdit voice', () => {
  it('leaves the voice to auto (the best installed voice for the language) when no hint names one', () => {
    expect(itemFromEdit(edit({})).voice).toBe('auto');
    expect(itemFromEdit(edit({ language: 'en-GB' })).voice).toBe('auto');
    expect(itemFromEdit(edit({ language: 'EN_us' })).voice).toBe('auto');
    expect(itemFromEdit(edit({ language: 'de' })).voice).toBe('auto');
    expect(itemFromEdit(edit({}, 'fr-CA')).voice).toBe('auto');
    expect(itemFromEdit(edit({}, 'fr-CA')).language).toBe('fr-CA');
  });

  it('keeps a named voice', () => {
    expect(itemFromEdit(edit({ language: 'de', voice: 'rms' })).voice).toBe('rms');
  });
});
