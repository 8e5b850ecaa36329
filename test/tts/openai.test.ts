// The openai engine against a stand-in of the OpenAI speech API on 127.0.0.1 (real flite speech as WAV):
// the request it sends, retries (429 with Retry-After, 500), time-outs, long texts, keys kept out of errors.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VoiceoverError } from '../../src/core/errors.js';
import { parseRetryAfter } from '../../src/core/retry-after.js';
import { requestTimeoutMs, providerMessage } from '../../src/tts/cloud-request.js';
import { splitForLimit } from '../../src/tts/cloud-service.js';
import { resolveVoice } from '../../src/tts/registry.js';
import { synthesizeClip, type UsageTally } from '../../src/tts/synthesize.js';
import { startOpenAIStandIn, type StandIn } from '../helpers/cloud-stand-ins.js';
import { rmsDb } from './signal.js';

let server: StandIn;
let cacheDir = '';
const saved = { ...process.env };

beforeAll(async () => {
  server = await startOpenAIStandIn();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'voiceover-openai-'));
  process.env.OPENAI_API_KEY = server.key;
  process.env.OPENAI_BASE_URL = server.baseUrl;
  delete process.env.VOICEOVER_TTS_TIMEOUT_S;
  server.requests.length = 0;
  server.faults.length = 0;
});
afterEach(async () => {
  process.env = { ...saved };
  await rm(cacheDir, { recursive: true, force: true });
});

/** Every text an error can show a person or a file. */
const shown = (error: unknown): string => `${inspect(error, { depth: 6 })} ${JSON.stringify(error)} ${(error as Error).message} ${(error as VoiceoverError).hint}`;

async function failure(promise: Promise<unknown>): Promise<VoiceoverError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(VoiceoverError);
  return error as VoiceoverError;
}

describe('openai engine', () => {
  it('sends the spec\'s JSON to {base}/audio/speech (path prefix kept) and decodes the WAV it gets back', async () => {
    const usage: UsageTally = { characters_sent: {}, requests: 0 };
    const text = 'Welcome to the product tour.';
    const clip = await synthesizeClip(
      { text, voice: 'openai:alloy', engineOptions: { openai: { model: 'tts-1', instructions: 'Calm and warm.' }, flite: undefined } },
      { cacheDir, usage },
    );
    expect(server.requests).toHaveLength(1);
    const [seen] = server.requests;
    expect(seen!.url).toBe('/v1/audio/speech');
    expect(seen!.headers.authorization).toBe(`Bearer ${server.key}`);
    expect(seen!.headers['content-type']).toBe('application/json');
    expect(seen!.body).toEqual({ model: 'tts-1', input: text, voice: 'alloy', response_format: 'wav', speed: 1, instructions: 'Calm and warm.' });
    expect(clip).toMatchObject({ engine: 'openai', voice: 'openai:alloy', sampleRate: 24000, cached: false, usage: { characters: text.length, requests: 1 } });
    expect(clip.duration_s).toBeGreaterThan(1);
    expect(clip.duration_s).toBeLessThan(4);
    expect(rmsDb(clip.samples)).toBeGreaterThan(-30);
    expect(usage).toEqual({ characters_sent: { openai: text.length }, requests: 1 });
  });

  it('leaves instructions out when none are set, sends the rate as speed, and passes an unknown voice name through', async () => {
    await synthesizeClip({ text: 'Faster now.', voice: 'openai:af_heart', rate: 1.1 }, { cacheDir });
    expect(server.requests[0]!.body).toEqual({ model: 'gpt-4o-mini-tts', input: 'Faster now.', voice: 'af_heart', response_format: 'wav', speed: 1.1 });
    // Kokoro-FastAPI's own voices are valid voice ids, never replaced; `auto` never picks a cloud voice.
    expect((await resolveVoice('openai:af_heart', 'en')).id).toBe('openai:af_heart');
    expect((await resolveVoice('auto', 'en')).engine).not.toBe('openai');
  });

  it('an unchanged line sends nothing again (also the same text with the same model); a changed model sends again', async () => {
    const request = { text: 'Cached once.', voice: 'openai:nova', engineOptions: { openai: { model: 'tts-1' } } };
    const first = await synthesizeClip(request, { cacheDir });
    const usage: UsageTally = { characters_sent: {}, requests: 0 };
    const again = await synthesizeClip(request, { cacheDir, usage });
    expect(server.requests).toHaveLength(1);
    expect(again).toMatchObject({ cached: true, file: first.file, usage: { characters: 0, requests: 0 } });
    expect(usage).toEqual({ characters_sent: { openai: 0 }, requests: 0 });
    const changed = await synthesizeClip({ ...request, engineOptions: { openai: { model: 'tts-1-hd' } } }, { cacheDir });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.body.model).toBe('tts-1-hd');
    expect(changed.file).not.toBe(first.file);
  });

  it('a missing key fails with TTS_KEY_MISSING naming the variable and the action input, sending nothing', async () => {
    delete process.env.OPENAI_API_KEY;
    const error = await failure(synthesizeClip({ text: 'Hello.', voice: 'openai:alloy', line: 3 }, { cacheDir }));
    expect(error.code).toBe('TTS_KEY_MISSING');
    expect(error.message).toBe('voice openai:alloy needs an API key: OPENAI_API_KEY is not set');
    expect(error.hint).toContain('action input openai-api-key');
    expect(server.requests).toHaveLength(0);
  });

  it('a refused key (401) is TTS_AUTH naming OPENAI_API_KEY, not retried, and no text of the error holds the key', async () => {
    const wrong = 'sk-wrong-key-that-must-never-show-1234';
    process.env.OPENAI_API_KEY = wrong;
    const error = await failure(synthesizeClip({ text: 'Hello.', voice: 'openai:alloy' }, { cacheDir }));
    expect(error.code).toBe('TTS_AUTH');
    expect(error.message).toMatch(/^OpenAI speech API refused the API key in OPENAI_API_KEY \(HTTP 401\): Incorrect API key provided: \*\*\*/);
    expect(error.hint).toContain('openai-api-key');
    expect(server.requests).toHaveLength(1);
    expect(shown(error)).not.toContain(wrong);
  });

  it('other 4xx answers are TTS_REQUEST with the service\'s own message', async () => {
    server.faults.push({ status: 400, body: { error: { message: 'Invalid value for voice: nosuch', type: 'invalid_request_error' } } });
    const error = await failure(synthesizeClip({ text: 'Hello.', voice: 'openai:nosuch' }, { cacheDir }));
    expect(error.code).toBe('TTS_REQUEST');
    expect(error.message).toBe('OpenAI speech API refused the request (HTTP 400): Invalid value for voice: nosuch');
    expect(server.requests).toHaveLength(1);
  });

  it('429 with Retry-After: waits at least that long (as the server saw the requests), then succeeds', async () => {
    server.faults.push({ status: 429, body: { error: { message: 'Rate limit reached for requests' } }, headers: { 'retry-after': '1' } });
    const clip = await synthesizeClip({ text: 'After the wait.', voice: 'openai:echo' }, { cacheDir });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(clip.usage).toEqual({ characters: 'After the wait.'.length, requests: 2 });
  });

  it('429 four times is TTS_RATE_LIMITED after 4 tries; a Retry-After over 60 s fails at once', async () => {
    for (let i = 0; i < 4; i++) server.faults.push({ status: 429, body: { error: { message: 'Rate limit reached' } }, headers: { 'retry-after': '0' } });
    const error = await failure(synthesizeClip({ text: 'Never.', voice: 'openai:echo' }, { cacheDir }));
    expect(error.code).toBe('TTS_RATE_LIMITED');
    expect(error.message).toContain('after 4 tries');
    expect(server.requests).toHaveLength(4);
    server.faults.push({ status: 429, body: { error: { message: 'Slow down' } }, headers: { 'retry-after': '3600' } });
    const long = await failure(synthesizeClip({ text: 'Never again.', voice: 'openai:echo' }, { cacheDir }));
    expect(long.message).toContain('asked to wait 3600 s');
    expect(server.requests).toHaveLength(5);
  });

  it('a 500 once is retried, and the line comes back', async () => {
    server.faults.push({ status: 500, body: { error: { message: 'The server had an error' } } });
    const clip = await synthesizeClip({ text: 'Second time lucky.', voice: 'openai:fable' }, { cacheDir });
    expect(server.requests).toHaveLength(2);
    expect(clip.duration_s).toBeGreaterThan(0.5);
  });

  it('a server that refuses connections is retried with backoff, then TTS_SERVICE names the address and the network error', async () => {
    const closed = await startOpenAIStandIn();
    await closed.close();
    process.env.OPENAI_BASE_URL = closed.baseUrl;
    const error = await failure(synthesizeClip({ text: 'Anyone there?', voice: 'openai:onyx' }, { cacheDir }));
    expect(error.code).toBe('TTS_SERVICE');
    expect(error.message).toMatch(/^OpenAI speech API failed after 4 tries: .*ECONNREFUSED/);
    expect(error.hint).toContain(new URL(closed.baseUrl).origin);
  });

  it('a slow answer within the time-out arrives; one past VOICEOVER_TTS_TIMEOUT_S fails TTS_SERVICE without a retry', async () => {
    process.env.VOICEOVER_TTS_TIMEOUT_S = '5';
    server.faults.push({ delayMs: 1500 });
    const slow = await synthesizeClip({ text: 'Slowly.', voice: 'openai:onyx' }, { cacheDir });
    expect(slow.duration_s).toBeGreaterThan(0.3);
    process.env.VOICEOVER_TTS_TIMEOUT_S = '0.5';
    server.faults.push({ delayMs: 3000 });
    const error = await failure(synthesizeClip({ text: 'Too slowly.', voice: 'openai:onyx' }, { cacheDir }));
    expect(error.code).toBe('TTS_SERVICE');
    expect(error.message).toContain('no answer within 0.5 s');
    expect(error.hint).toContain('VOICEOVER_TTS_TIMEOUT_S');
    expect(server.requests).toHaveLength(2);
  });

  it('a line over 4096 characters is split at sentences: several requests, each within the limit, joined in order', async () => {
    const sentences = Array.from({ length: 90 }, (_, i) => `Sentence number ${i + 1} tells a little more about the product we built.`);
    const text = sentences.join(' ');
    expect(text.length).toBeGreaterThan(4096);
    const clip = await synthesizeClip({ text, voice: 'openai:sage' }, { cacheDir });
    const inputs = server.requests.map((r) => r.body.input as string);
    expect(inputs.length).toBe(2);
    for (const input of inputs) {
      expect(input.length).toBeLessThanOrEqual(4096);
      expect(input).toMatch(/^Sentence number \d+ .*built\.$/);
    }
    expect(inputs.join(' ')).toBe(text);
    expect(clip.usage).toEqual({ characters: text.length - (inputs.length - 1), requests: inputs.length });
    expect(clip.duration_s).toBeGreaterThan(200);
  });
});

describe('cloud request helpers', () => {
  it('times a request out after VOICEOVER_TTS_TIMEOUT_S, else 60 s or 0.03 s a character, in whole milliseconds', () => {
    expect(requestTimeoutMs(10, {})).toBe(60_000);
    expect(requestTimeoutMs(4987, {})).toBe(149_610);
    expect(requestTimeoutMs(4987, { VOICEOVER_TTS_TIMEOUT_S: '0.0015' })).toBe(2);
  });
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
  it('finds the service\'s message in OpenAI, ElevenLabs and FastAPI error bodies', () => {
    expect(providerMessage('{"error":{"message":"bad voice","type":"x"}}')).toBe('bad voice');
    expect(providerMessage('{"detail":{"status":"quota_exceeded","message":"quota used up"}}')).toBe('quota used up');
    expect(providerMessage('{"detail":[{"loc":["body","text"],"msg":"field required"}]}')).toBe('field required');
    expect(providerMessage('upstream down')).toBe('upstream down');
  });
  it('packs whole sentences under a limit and cuts an overlong sentence at a space', () => {
    expect(splitForLimit('One two. Three four. Five six.', 20)).toEqual(['One two. Three four.', 'Five six.']);
    expect(splitForLimit('aaaa bbbb cccc dddd', 10)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitForLimit('Short.', 4096)).toEqual(['Short.']);
  });
});
