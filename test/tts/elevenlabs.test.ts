// The elevenlabs engine against a stand-in of ElevenLabs' with-timestamps endpoint on 127.0.0.1 (real
// flite speech as base64 PCM with character times): request shape, words from the alignment, speed, errors.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VoiceoverError } from '../../src/core/errors.js';
import { alignmentWords } from '../../src/tts/alignment-words.js';
import { elevenlabsEngine, elevenlabsTextLimit } from '../../src/tts/elevenlabs.js';
import { synthesizeClip } from '../../src/tts/synthesize.js';
import { startElevenLabsStandIn, type StandIn } from '../helpers/cloud-stand-ins.js';

let server: StandIn;
let cacheDir = '';
const saved = { ...process.env };
const VOICE = 'elevenlabs:21m00Tcm4TlvDq8ikWAM';

beforeAll(async () => {
  server = await startElevenLabsStandIn();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'voiceover-elevenlabs-'));
  process.env.ELEVENLABS_API_KEY = server.key;
  process.env.ELEVENLABS_BASE_URL = server.baseUrl;
  server.requests.length = 0;
  server.faults.length = 0;
});
afterEach(async () => {
  process.env = { ...saved };
  await rm(cacheDir, { recursive: true, force: true });
});

describe('elevenlabs engine', () => {
  it('posts {text, model_id} with xi-api-key and output_format=pcm_24000, and turns the alignment into word times', async () => {
    const text = 'Captions follow every word.';
    const speech = await elevenlabsEngine.synthesize({ text, voice: VOICE, rate: 1 });
    const [seen] = server.requests;
    expect(seen!.url).toBe('/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/with-timestamps?output_format=pcm_24000');
    expect(seen!.headers['xi-api-key']).toBe(server.key);
    expect(seen!.headers.authorization).toBeUndefined();
    // No voice_settings at all: the voice keeps the settings saved with it.
    expect(seen!.body).toEqual({ text, model_id: 'eleven_multilingual_v2' });
    expect(speech.sampleRate).toBe(24000);
    const duration = speech.samples.length / speech.sampleRate;
    expect(duration).toBeGreaterThan(1);
    expect(speech.words?.map((w) => w.text)).toEqual(['Captions', 'follow', 'every', 'word.']);
    let previous = 0;
    for (const word of speech.words!) {
      expect(word.start_s).toBeGreaterThanOrEqual(previous);
      expect(word.end_s).toBeGreaterThan(word.start_s);
      expect(word.end_s).toBeLessThanOrEqual(duration);
      previous = word.end_s;
    }
    expect(speech.usage).toEqual({ characters: text.length, requests: 1 });
  });

  it('sends the configured voice settings and a rate within 0.7..1.2 as voice_settings.speed', async () => {
    await synthesizeClip(
      { text: 'Steady voice.', voice: VOICE, rate: 1.1, engineOptions: { elevenlabs: { model: 'eleven_flash_v2_5', stability: 0.3, use_speaker_boost: false } } },
      { cacheDir },
    );
    expect(server.requests[0]!.body).toEqual({
      text: 'Steady voice.', model_id: 'eleven_flash_v2_5', voice_settings: { stability: 0.3, use_speaker_boost: false, speed: 1.1 },
    });
  });

  it('past voice_settings.speed\'s 1.2 the rest is time-stretched: the clip is shorter by the whole rate, words scaled with it', async () => {
    const text = 'This line has to be said much faster than usual.';
    const normal = await elevenlabsEngine.synthesize({ text, voice: VOICE, rate: 1 });
    const fast = await elevenlabsEngine.synthesize({ text, voice: VOICE, rate: 1.5 });
    expect(server.requests[1]!.body.voice_settings).toEqual({ speed: 1.2 });
    const atSpeed = await elevenlabsEngine.synthesize({ text, voice: VOICE, rate: 1.2 });
    const length = (s: { samples: Float32Array; sampleRate: number }): number => s.samples.length / s.sampleRate;
    // What the service sent at 1.2, stretched by 1.5 / 1.2 = 1.25 more.
    expect(length(fast) / length(atSpeed)).toBeGreaterThan(0.8 * 0.97);
    expect(length(fast) / length(atSpeed)).toBeLessThan(0.8 * 1.03);
    expect(length(fast)).toBeLessThan(length(normal));
    const lastWord = (s: typeof fast): number => s.words!.at(-1)!.end_s;
    expect(lastWord(fast) / lastWord(atSpeed)).toBeCloseTo(0.8, 2);
  });

  it('a refused key (401) is TTS_AUTH naming ELEVENLABS_API_KEY and elevenlabs-api-key, and the key shows nowhere', async () => {
    const wrong = 'el-wrong-key-never-shown-5678';
    process.env.ELEVENLABS_API_KEY = wrong;
    const error = (await synthesizeClip({ text: 'Hello.', voice: VOICE }, { cacheDir }).catch((e: unknown) => e)) as VoiceoverError;
    expect(error).toBeInstanceOf(VoiceoverError);
    expect(error.code).toBe('TTS_AUTH');
    expect(error.message).toBe('ElevenLabs refused the API key in ELEVENLABS_API_KEY (HTTP 401): Invalid API key: ***');
    expect(error.hint).toContain('elevenlabs-api-key');
    expect(`${inspect(error, { depth: 6 })} ${JSON.stringify(error)} ${error.hint}`).not.toContain(wrong);
  });

  it('a missing key is TTS_KEY_MISSING naming ELEVENLABS_API_KEY', async () => {
    delete process.env.ELEVENLABS_API_KEY;
    const error = (await synthesizeClip({ text: 'Hello.', voice: VOICE }, { cacheDir }).catch((e: unknown) => e)) as VoiceoverError;
    expect(error.code).toBe('TTS_KEY_MISSING');
    expect(error.message).toContain('ELEVENLABS_API_KEY is not set');
    expect(server.requests).toHaveLength(0);
  });

  it('a line over the model\'s limit is split at sentences, and the words of every part land in order on the joined clip', async () => {
    const sentences = Array.from({ length: 240 }, (_, i) => `Part ${i + 1} of a long story.`);
    const text = sentences.join(' ');
    // An unknown model gets the conservative 5000 characters.
    expect(elevenlabsTextLimit('eleven_future_v9')).toBe(5000);
    expect(elevenlabsTextLimit('eleven_multilingual_v2')).toBe(10000);
    expect(elevenlabsTextLimit('eleven_flash_v2_5')).toBe(40000);
    const speech = await elevenlabsEngine.synthesize({ text: text, voice: VOICE, rate: 1, options: { model: 'eleven_future_v9' } });
    const texts = server.requests.map((r) => r.body.text as string);
    expect(texts.length).toBe(2);
    for (const part of texts) expect(part.length).toBeLessThanOrEqual(5000);
    expect(speech.words!.length).toBe(text.split(/\s+/).filter(Boolean).length);
    const starts = speech.words!.map((w) => w.start_s);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(speech.words!.at(-1)!.end_s).toBeLessThanOrEqual(speech.samples.length / speech.sampleRate);
  });
});

describe('alignmentWords', () => {
  it('groups characters into words and attaches a lone dash to the word before it', () => {
    const characters = [...'Hi — there'];
    const words = alignmentWords(
      { characters, character_start_times_seconds: characters.map((_, i) => i * 0.1), character_end_times_seconds: characters.map((_, i) => i * 0.1 + 0.1) },
      5,
    );
    expect(words).toEqual([
      { text: 'Hi —', start_s: 0, end_s: expect.closeTo(0.4, 6) },
      { text: 'there', start_s: expect.closeTo(0.5, 6), end_s: expect.closeTo(1.0, 6) },
    ]);
  });
});
