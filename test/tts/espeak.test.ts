import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEspeakEngine, espeakEngine } from '../../src/tts/espeak.js';
import { espeakLanguageOf, parseEspeakVoices } from '../../src/tts/espeak-voices.js';
import { trimSilence } from '../../src/tts/trim.js';
import { decodeWav } from '../../src/tts/wav.js';
import { requireEspeak } from '../helpers/programs.js';
import { rmsDb } from './signal.js';

const TABLE = `Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  de              --/M      German             gmw/de
 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
 5  cmn             --/M      Chinese_(Mandarin,_latin_as_English) sit/cmn              (zh-cmn 5)(zh 5)
 5  yue             --/M      Chinese_(Cantonese) sit/yue              (zh-yue 5)(zh 8)
 5  yue             --/M      Chinese_(Cantonese,_latin_as_Jyutping) sit/yue-Latn-jyutping (zh-yue 5)(zh 8)
 5  fr-fr           --/F      French_(France)    roa/fr               (fr 5)
`;

describe('espeak-ng voices', () => {
  it('parses the --voices table into espeak:<language> ids', () => {
    const voices = parseEspeakVoices(TABLE);
    expect(voices.map((v) => v.id)).toEqual(['espeak:de', 'espeak:en-us', 'espeak:cmn', 'espeak:yue', 'espeak:fr-fr']);
    expect(voices[1]).toEqual({
      id: 'espeak:en-us',
      engine: 'espeak-ng',
      language: 'en-US',
      description: 'English (America) (espeak-ng, male)',
      otherLanguages: ['en'],
    });
    expect(voices[2]?.otherLanguages).toEqual(['zh-cmn', 'zh']);
    expect(voices[4]?.description).toContain('female');
  });

  it('tells espeak ids from others', () => {
    expect(espeakLanguageOf('espeak:en-us')).toBe('en-us');
    expect(espeakLanguageOf('slt')).toBeUndefined();
    expect(espeakLanguageOf('espeak:')).toBeUndefined();
    expect(espeakLanguageOf('espeak:--help')).toBeUndefined();
    expect(espeakEngine.ownsVoice?.('espeak:de')).toBe(true);
    expect(espeakEngine.ownsVoice?.('slt')).toBe(false);
  });
});

describe('espeak-ng engine', () => {
  let program: string;
  beforeAll(async () => {
    program = await requireEspeak();
  });

  it('speaks German, lists 50+ voices and reads its own streamed WAV', async () => {
    expect(await espeakEngine.availability()).toEqual({ ok: true });
    const voices = await espeakEngine.voices();
    expect(voices.length).toBeGreaterThan(50);
    expect(voices.map((v) => v.id)).toEqual(expect.arrayContaining(['espeak:de', 'espeak:en-us', 'espeak:fr-fr']));
    expect(await espeakEngine.version?.()).toMatch(/^espeak-ng@\d/);
    const speech = await espeakEngine.synthesize({ text: 'Guten Tag, wie geht es Ihnen?', voice: 'espeak:de', rate: 1 });
    const duration = speech.samples.length / speech.sampleRate;
    expect(speech.sampleRate).toBe(22050);
    expect(duration).toBeGreaterThan(0.8);
    expect(duration).toBeLessThan(5);
    expect(rmsDb(trimSilence(speech.samples, speech.sampleRate))).toBeGreaterThan(-35);
    const fast = await espeakEngine.synthesize({ text: 'Guten Tag, wie geht es Ihnen?', voice: 'espeak:de', rate: 1.5 });
    expect(fast.samples.length).toBeLessThan(speech.samples.length * 0.85);
    // espeak-ng --stdout streams: its header declares a data size of 0x7ffff000; the decoder reads what is there.
    const streamed = execFileSync(program, ['-v', 'en-us', '--stdout', 'streamed']);
    expect(streamed.readUInt32LE(40)).toBe(0x7ffff000);
    expect(decodeWav(streamed).samples.length).toBe((streamed.length - 44) / 2);
  });

  it('is unavailable, with the install hint, when espeak-ng is not on PATH', async () => {
    const engine = createEspeakEngine({ env: { PATH: '/nonexistent-voiceover-test' } });
    expect(await engine.availability()).toEqual({
      ok: false,
      reason: 'espeak-ng is not installed',
      install: 'apt-get install espeak-ng (Debian/Ubuntu), brew install espeak-ng (macOS)',
    });
    expect(await engine.voices()).toEqual([]);
    await expect(engine.synthesize({ text: 'Hallo', voice: 'espeak:de', rate: 1 })).rejects.toMatchObject({
      code: 'TTS_UNAVAILABLE',
      hint: expect.stringContaining('apt-get install espeak-ng'),
    });
  });

  it('reports espeak-ng failures with its own message', async () => {
    await expect(espeakEngine.synthesize({ text: 'Hallo', voice: 'espeak:xx-nosuch', rate: 1 })).rejects.toThrow(
      /espeak-ng failed: .*voice does not exist/,
    );
  });
});
