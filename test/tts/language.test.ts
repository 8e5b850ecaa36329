import { describe, expect, it } from 'vitest';
import { bestVoiceFor, normaliseLanguage, primaryLanguage, speaksLanguage } from '../../src/tts/language.js';
import type { Voice } from '../../src/tts/types.js';

const voice = (id: string, language: string, otherLanguages?: string[]): Voice => ({
  id,
  engine: 'test',
  language,
  description: id,
  ...(otherLanguages ? { otherLanguages } : {}),
});

const ESPEAKISH = [
  voice('espeak:en-029', 'en-029', ['en']),
  voice('espeak:en-gb', 'en-GB', ['en']),
  voice('espeak:en-us', 'en-US', ['en']),
  voice('espeak:es', 'es'),
  voice('espeak:es-419', 'es-419', ['es-MX', 'es']),
  voice('espeak:fr-be', 'fr-BE', ['fr']),
  voice('espeak:fr-fr', 'fr-FR', ['fr']),
  voice('espeak:cmn', 'cmn', ['zh-cmn', 'zh']),
  voice('espeak:cmn-latn-pinyin', 'cmn-Latn-pinyin', ['zh-cmn', 'zh']),
  voice('espeak:nb', 'nb', ['no']),
];

describe('language tags', () => {
  it('normalises casing the BCP-47 way', () => {
    expect(normaliseLanguage('en-us')).toBe('en-US');
    expect(normaliseLanguage('EN_gb')).toBe('en-GB');
    expect(normaliseLanguage('cmn-latn-pinyin')).toBe('cmn-Latn-pinyin');
    expect(normaliseLanguage('es-419')).toBe('es-419');
    expect(primaryLanguage('pt-BR')).toBe('pt');
  });

  it('matches by primary language and by listed other languages', () => {
    expect(speaksLanguage(voice('slt', 'en'), 'en-US')).toBe(true);
    expect(speaksLanguage(voice('slt', 'en'), 'de')).toBe(false);
    expect(speaksLanguage(voice('espeak:cmn', 'cmn', ['zh']), 'zh-CN')).toBe(true);
  });

  it('picks the closest voice for a language', () => {
    const best = (language: string) => bestVoiceFor(ESPEAKISH, language)?.id;
    expect(best('fr')).toBe('espeak:fr-fr');
    expect(best('fr-BE')).toBe('espeak:fr-be');
    expect(best('es')).toBe('espeak:es');
    expect(best('es-MX')).toBe('espeak:es-419');
    expect(best('en-US')).toBe('espeak:en-us');
    expect(best('en')).toBe('espeak:en-gb');
    expect(best('zh')).toBe('espeak:cmn');
    expect(best('no')).toBe('espeak:nb');
    expect(best('de')).toBeUndefined();
  });
});
