// The pinned voice catalogue is well formed: every entry can be downloaded, checked and named.

import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION, catalogueEntries, catalogueVoiceIds, cataloguedVoices, findCatalogueEntryByFile, findCatalogueVoice, urlFileName } from '../../src/tts/catalogue.js';

describe('voice catalogue', () => {
  const entries = catalogueEntries();

  it('has a version for cache keys', () => {
    expect(CATALOGUE_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s is well formed', (_id, entry) => {
    expect(entry.id.startsWith(`${entry.engine}:`)).toBe(true);
    expect(new URL(entry.url).protocol).toBe('https:');
    expect(entry.languages).toContain(entry.language);
    expect(['female', 'male', 'mixed']).toContain(entry.gender);
    expect(['x_low', 'low', 'medium', 'high']).toContain(entry.quality);
    expect(entry.licence.length).toBeGreaterThan(0);
    expect([16000, 22050, 24000]).toContain(entry.sampleRate);
    expect(entry.checksumNote?.length).toBeGreaterThan(10);
    if (entry.size !== undefined) expect(Number.isInteger(entry.size) && entry.size > 0).toBe(true);
    const pin = entry.checksum;
    if ('md5' in pin) expect(pin.md5).toMatch(/^[0-9a-f]{32}$/);
    else if ('sha256' in pin) expect(pin.sha256).toMatch(/^[0-9a-f]{64}$/);
    else expect(entry.checksumNote).toMatch(/first install/);
    if (pin.source === 'published' && !('sha256' in pin)) expect(entry.size).toBeDefined(); // an md5 alone is pinned with its size
    if (entry.format === 'piper-onnx') {
      expect(urlFileName(entry.url)).toBe(`${entry.id.replace(/^piper:/, '')}.onnx`);
      expect(entry.config?.size).toBeGreaterThan(0);
      expect(entry.config?.md5 ?? entry.config?.gitSha1).toMatch(/^[0-9a-f]{32,40}$/);
    } else {
      expect(urlFileName(entry.url)).toMatch(/\.tar\.bz2$/);
    }
    if (entry.engine === 'kokoro') expect(entry.speakers?.length).toBeGreaterThan(0);
    expect(findCatalogueEntryByFile(urlFileName(entry.url))).toBe(entry);
  });

  it('every voice id is unique, and names its entry and speaker', () => {
    const ids = catalogueVoiceIds().map((v) => v.id.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    for (const voice of catalogueVoiceIds()) {
      const found = findCatalogueVoice(voice.id.toUpperCase());
      expect(found?.entry).toBe(voice.entry);
      expect(found?.speakerId).toBe(voice.speakerId);
      if (voice.entry.engine === 'kokoro') expect(voice.entry.speakers?.[voice.speakerId]).toBe(voice.id.replace(/^kokoro:/, ''));
    }
  });

  it('covers Piper US and GB English of both genders, de, fr and es, and Kokoro English (af_heart)', () => {
    const piper = entries.filter((e) => e.engine === 'piper');
    for (const language of ['en-US', 'en-GB']) {
      for (const gender of ['female', 'male']) expect(piper.some((e) => e.language === language && e.gender === gender), `${language} ${gender}`).toBe(true);
    }
    for (const language of ['de', 'fr', 'es']) expect(piper.some((e) => e.language.startsWith(language))).toBe(true);
    expect(findCatalogueVoice('kokoro:af_heart')).toMatchObject({ language: 'en-US' });
    expect(findCatalogueVoice('kokoro:bm_george')).toMatchObject({ language: 'en-GB' });
    expect(entries.length).toBeGreaterThanOrEqual(12);
  });

  it('lists each voice for the engines with its language', () => {
    const listed = cataloguedVoices();
    expect(listed.length).toBe(catalogueVoiceIds().length);
    expect(listed.find((v) => v.id === 'piper:de_DE-thorsten-medium')).toMatchObject({ engine: 'piper', language: 'de-DE' });
  });
});
