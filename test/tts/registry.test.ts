import { beforeAll, describe, expect, it } from 'vitest';
import { createEspeakEngine } from '../../src/tts/espeak.js';
import { ENGINES, engineForVoice, listEngines, loadVoiceCatalogue, resolveVoice, type EngineEntry } from '../../src/tts/registry.js';
import { requireEspeak } from '../helpers/programs.js';

/** The real registry, except that espeak-ng is looked for on an empty PATH. */
const WITHOUT_ESPEAK: readonly EngineEntry[] = ENGINES.map((entry) =>
  entry.id === 'espeak-ng' ? { ...entry, load: async () => createEspeakEngine({ env: { PATH: '' } }) } : entry,
);

// espeak-ng must be installed (WITHOUT_ESPEAK hides it where a test wants it missing).
beforeAll(async () => {
  await requireEspeak();
});

describe('engine registry', () => {
  it('lists the neural engines (kokoro, piper) first, then flite, then espeak-ng, then the cloud engines', async () => {
    expect((await listEngines()).map((engine) => engine.id)).toEqual(['kokoro', 'piper', 'flite', 'espeak-ng', 'openai', 'elevenlabs']);
    expect(ENGINES.map((entry) => entry.id)).toEqual(['kokoro', 'piper', 'flite', 'espeak-ng', 'openai', 'elevenlabs']);
    expect((await listEngines()).filter((engine) => engine.cloud).map((engine) => engine.id)).toEqual(['openai', 'elevenlabs']);
    expect(ENGINES.filter((entry) => entry.neural).map((entry) => entry.id)).toEqual(['kokoro', 'piper']);
  });

  it('routes voice ids to their engine without running it', async () => {
    expect((await engineForVoice('slt'))?.id).toBe('flite');
    expect((await engineForVoice('kal'))?.id).toBe('flite');
    expect((await engineForVoice('espeak:de'))?.id).toBe('espeak-ng');
    expect((await engineForVoice('espeak:de', { engines: WITHOUT_ESPEAK }))?.id).toBe('espeak-ng');
    expect(await engineForVoice('nosuch')).toBeUndefined();
  });

  it('catalogues the flite voices and the installed espeak-ng voices', async () => {
    const catalogue = await loadVoiceCatalogue();
    const flite = catalogue.voices.filter((voice) => voice.engine === 'flite').map((voice) => voice.id);
    expect(flite).toEqual(['slt', 'rms', 'awb', 'kal']);
    expect(catalogue.missing).toEqual([]);
    expect(catalogue.voices.some((voice) => voice.id === 'espeak:de' && voice.language === 'de')).toBe(true);
  });

  it('names what a missing engine would bring and how to install it', async () => {
    const catalogue = await loadVoiceCatalogue({ engines: WITHOUT_ESPEAK });
    // installed voices; the voice catalogue's neural voices follow, not installed (changed deliberately: catalogued voices are valid config)
    const usable = catalogue.voices.filter((voice) => voice.installed !== false).map((voice) => voice.id);
    expect(usable.filter((id) => !id.startsWith('openai:'))).toEqual(['slt', 'rms', 'awb', 'kal']);
    // The cloud engines always run (an HTTP client); whether their key is set is said apart.
    expect(usable.filter((id) => id.startsWith('openai:'))).toEqual(expect.arrayContaining(['openai:alloy', 'openai:nova']));
    expect(catalogue.cloud?.map((c) => [c.engine, c.keyVariable, c.keyInput])).toEqual([['openai', 'OPENAI_API_KEY', 'openai-api-key'], ['elevenlabs', 'ELEVENLABS_API_KEY', 'elevenlabs-api-key']]);
    expect(catalogue.voices.find((voice) => voice.id === 'kokoro:af_heart')).toMatchObject({ engine: 'kokoro', language: 'en-US', installed: false });
    expect(catalogue.missing).toEqual([
      {
        engine: 'espeak-ng',
        languages: expect.stringMatching(/^de, fr, es, .*\(100\+ languages\)$/),
        install: 'apt-get install espeak-ng (Debian/Ubuntu), brew install espeak-ng (macOS)',
      },
    ]);
  });
});

describe('resolveVoice', () => {
  it('keeps a voice that speaks the language', async () => {
    expect((await resolveVoice('rms', 'en')).id).toBe('rms');
    expect((await resolveVoice('awb', 'en-GB')).id).toBe('awb');
    expect((await resolveVoice('RMS', 'en')).id).toBe('rms');
  });

  it('picks the first engine that speaks the language when no voice is given', async () => {
    expect((await resolveVoice(undefined, 'en')).id).toBe('slt');
    expect((await resolveVoice('auto', 'en-US')).id).toBe('slt');
    expect((await resolveVoice('', 'en')).id).toBe('slt');
  });

  it('gives an engine id its best voice for the language', async () => {
    expect((await resolveVoice('flite', 'en')).id).toBe('slt');
  });

  it('keeps an explicit voice of another language (voiceover check warns about it)', async () => {
    expect((await resolveVoice('slt', 'de')).id).toBe('slt');
  });

  it('rejects an engine id that has no voice for the language', async () => {
    await expect(resolveVoice('flite', 'de')).rejects.toMatchObject({ code: 'TTS_UNAVAILABLE', message: 'flite has no voice for "de"' });
  });

  it('suggests a close voice id for a typo', async () => {
    await expect(resolveVoice('stl', 'en')).rejects.toMatchObject({
      code: 'TTS_UNAVAILABLE',
      message: 'unknown voice "stl"',
      hint: expect.stringContaining('did you mean "slt"?'),
    });
  });

  it('asks to install espeak-ng for other languages when it is missing', async () => {
    await expect(resolveVoice(undefined, 'de', { engines: WITHOUT_ESPEAK })).rejects.toMatchObject({
      code: 'TTS_UNAVAILABLE',
      message: 'no installed voice speaks "de"',
      hint: expect.stringContaining('apt-get install espeak-ng'),
    });
    await expect(resolveVoice('espeak:de', 'de', { engines: WITHOUT_ESPEAK })).rejects.toMatchObject({
      code: 'TTS_UNAVAILABLE',
      message: 'voice "espeak:de" needs espeak-ng: espeak-ng is not installed',
    });
  });

  it('uses espeak-ng for other languages', async () => {
    expect((await resolveVoice(undefined, 'de')).id).toBe('espeak:de');
    expect((await resolveVoice(undefined, 'fr')).id).toBe('espeak:fr-fr');
    expect((await resolveVoice('espeak:en-us', 'en')).id).toBe('espeak:en-us');
    expect((await resolveVoice('espeak-ng', 'pt-BR')).id).toBe('espeak:pt-br');
  });
});
