// The OpenAI speech engine: POST {OPENAI_BASE_URL}/audio/speech, WAV back. Also any server that speaks
// the same API (Kokoro-FastAPI, LocalAI, openedai-speech): voice names it does not know are passed through.

import { throwIfAborted } from '../core/progress.js';
import { postCloud } from './cloud-request.js';
import { OPENAI_SERVICE, serviceBaseUrl, serviceKey, serviceLimiter } from './cloud-service.js';
import { speakInParts } from './cloud-parts.js';
import { timeStretch } from './time-stretch.js';
import type { Engine, Speech, SynthesisRequest, Voice } from './types.js';
import { decodeWav } from './wav.js';

/** The model used when the config names none. */
export const OPENAI_DEFAULT_MODEL = 'gpt-4o-mini-tts';
/** Longest `input` the API takes, characters; longer lines are split at sentences. */
export const OPENAI_INPUT_LIMIT = 4096;
/** The `speed` range the API accepts. */
const SPEED_RANGE = [0.25, 4] as const;

const PREFIX = 'openai:';
const BUILT_IN = ['alloy', 'ash', 'ballad', 'cedar', 'coral', 'echo', 'fable', 'marin', 'nova', 'onyx', 'sage', 'shimmer', 'verse'];
/** Languages the voices speak besides English (the API follows the input's language). */
const OTHER_LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'cs', 'sv', 'da', 'no', 'fi', 'tr', 'el', 'ja', 'zh', 'ko', 'hi', 'ar', 'he', 'id', 'vi', 'th'];

const VOICES: readonly Voice[] = BUILT_IN.map((name) => ({
  id: `${PREFIX}${name}`,
  engine: 'openai',
  language: 'en',
  otherLanguages: OTHER_LANGUAGES,
  description: `OpenAI voice ${name} (cloud: needs ${OPENAI_SERVICE.keyVariable})`,
}));

async function synthesize(request: SynthesisRequest): Promise<Speech> {
  const { text, rate, signal } = request;
  throwIfAborted(signal);
  const voice = request.voice.slice(PREFIX.length);
  if (!voice) throw new Error(`voice "${request.voice}" names no voice after "${PREFIX}"`);
  const key = serviceKey(OPENAI_SERVICE, request.voice);
  const url = new URL('audio/speech', serviceBaseUrl(OPENAI_SERVICE));
  const model = String(request.options?.model ?? OPENAI_DEFAULT_MODEL);
  const instructions = request.options?.instructions;
  const speed = Math.min(SPEED_RANGE[1], Math.max(SPEED_RANGE[0], rate));
  const speakPart = async (input: string): Promise<Speech> => {
    const body = {
      model, input, voice, response_format: 'wav', speed,
      ...(typeof instructions === 'string' && instructions !== '' ? { instructions } : {}),
    };
    const answer = await postCloud({ service: OPENAI_SERVICE, url, headers: { authorization: `Bearer ${key}` }, body, key, signal, characters: input.length });
    return { ...decodeAnswer(answer.body, answer.contentType), usage: { characters: input.length, requests: answer.requests } };
  };
  const speech = await speakInParts(text, OPENAI_INPUT_LIMIT, serviceLimiter(OPENAI_SERVICE), speakPart);
  // Only outside the API's range (never within max_stretch's 1..2): the rest of the rate by time-stretching.
  return Math.abs(rate / speed - 1) > 1e-6 ? { ...(await timeStretch(speech, rate / speed, { signal })), usage: speech.usage! } : speech;
}

/** The WAV the server sent, as mono samples; an answer that is not WAV says what it was. */
function decodeAnswer(body: Buffer, contentType: string): Speech {
  if (body.subarray(0, 4).toString('latin1') !== 'RIFF') {
    throw new Error(`the server answered ${contentType || 'something'} (${body.length} bytes), not the WAV audio asked for (response_format: wav)`);
  }
  return decodeWav(body);
}

/** OpenAI speech (or a compatible server at OPENAI_BASE_URL): voices `openai:<name>`, any name. */
export const openaiEngine: Engine = {
  id: 'openai',
  cloud: true,
  // Always runs (it is an HTTP client); a missing key fails the line with TTS_KEY_MISSING.
  availability: async () => ({ ok: true }),
  voices: async () => VOICES.map((voice) => ({ ...voice })),
  synthesize,
  ownsVoice: (voiceId) => voiceId.toLowerCase().startsWith(PREFIX) && voiceId.length > PREFIX.length,
  // Another server (OPENAI_BASE_URL) speaks the same voice name differently: never share its clips.
  version: async () => `openai-1 ${serviceBaseUrl(OPENAI_SERVICE).href}`,
};
