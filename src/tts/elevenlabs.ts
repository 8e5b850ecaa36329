// The ElevenLabs engine: POST {ELEVENLABS_BASE_URL}/v1/text-to-speech/{voice_id}/with-timestamps, raw
// 24 kHz PCM and character times back (words for captions). Speed: voice_settings.speed within the
// service's 0.7..1.2, the rest of a rate by time-stretching (Rubber Band), never a resample.

import { throwIfAborted } from '../core/progress.js';
import { alignmentWords, isCharacterAlignment } from './alignment-words.js';
import { postCloud } from './cloud-request.js';
import { ELEVENLABS_SERVICE, serviceBaseUrl, serviceKey, serviceLimiter } from './cloud-service.js';
import { speakInParts } from './cloud-parts.js';
import { timeStretch } from './time-stretch.js';
import type { Engine, EngineOptions, Speech, SynthesisRequest } from './types.js';

/** The model used when the config names none. */
export const ELEVENLABS_DEFAULT_MODEL = 'eleven_multilingual_v2';
/** The raw PCM format asked for (16-bit little-endian mono), and its sample rate. */
const OUTPUT_FORMAT = 'pcm_24000';
const SAMPLE_RATE = 24000;
/** voice_settings.speed's range. */
const SPEED_RANGE = [0.7, 1.2] as const;
const PREFIX = 'elevenlabs:';

/**
 * Longest text per request, by model (ElevenLabs' help centre, "What's the maximum amount of characters…":
 * Multilingual/English v1-v2 10,000; Flash/Turbo v2 30,000; Flash/Turbo v2.5 40,000). Other models: 5,000.
 */
export function elevenlabsTextLimit(model: string): number {
  if (/(flash|turbo)_v2_5/.test(model)) return 40000;
  if (/(flash|turbo)_v2/.test(model)) return 30000;
  if (/^eleven_(multilingual|monolingual|english)_v[12]$/.test(model)) return 10000;
  return 5000;
}

/** The voice_settings sent: the config's (stability, similarity_boost, style, use_speaker_boost) and the speed; none when neither is set. */
function voiceSettings(options: EngineOptions | undefined, speed: number): Record<string, number | boolean> | undefined {
  const settings: Record<string, number | boolean> = {};
  for (const key of ['stability', 'similarity_boost', 'style', 'use_speaker_boost'] as const) {
    const value = options?.[key];
    if (typeof value === 'number' || typeof value === 'boolean') settings[key] = value;
  }
  if (Math.abs(speed - 1) > 1e-6) settings.speed = speed;
  return Object.keys(settings).length > 0 ? settings : undefined;
}

async function synthesize(request: SynthesisRequest): Promise<Speech> {
  const { text, rate, signal } = request;
  throwIfAborted(signal);
  const voiceId = request.voice.slice(PREFIX.length);
  if (!voiceId) throw new Error(`voice "${request.voice}" names no voice id after "${PREFIX}"`);
  const key = serviceKey(ELEVENLABS_SERVICE, request.voice);
  const url = new URL(`v1/text-to-speech/${encodeURIComponent(voiceId)}/with-timestamps`, serviceBaseUrl(ELEVENLABS_SERVICE));
  url.searchParams.set('output_format', OUTPUT_FORMAT);
  const model = String(request.options?.model ?? ELEVENLABS_DEFAULT_MODEL);
  const speed = Math.min(SPEED_RANGE[1], Math.max(SPEED_RANGE[0], rate));
  const settings = voiceSettings(request.options, speed);
  const speakPart = async (part: string): Promise<Speech> => {
    const body = { text: part, model_id: model, ...(settings ? { voice_settings: settings } : {}) };
    const answer = await postCloud({ service: ELEVENLABS_SERVICE, url, headers: { 'xi-api-key': key }, body, key, signal, characters: part.length });
    return { ...decodeAnswer(answer.body), usage: { characters: part.length, requests: answer.requests } };
  };
  const speech = await speakInParts(text, elevenlabsTextLimit(model), serviceLimiter(ELEVENLABS_SERVICE), speakPart);
  return Math.abs(rate / speed - 1) > 1e-6 ? { ...(await timeStretch(speech, rate / speed, { signal })), usage: speech.usage! } : speech;
}

/** `{audio_base64, alignment | normalized_alignment}` → samples and word times. */
function decodeAnswer(body: Buffer): Speech {
  let parsed: { audio_base64?: unknown; alignment?: unknown; normalized_alignment?: unknown };
  try {
    parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
  } catch {
    throw new Error(`the service answered ${body.length} bytes that are not JSON (expected {audio_base64, alignment})`);
  }
  if (typeof parsed.audio_base64 !== 'string') throw new Error('the answer has no audio_base64');
  const pcm = Buffer.from(parsed.audio_base64, 'base64');
  const samples = new Float32Array(Math.floor(pcm.length / 2));
  for (let i = 0; i < samples.length; i++) samples[i] = pcm.readInt16LE(i * 2) / 32768;
  const alignment = [parsed.alignment, parsed.normalized_alignment].find(isCharacterAlignment);
  const words = alignment ? alignmentWords(alignment, samples.length / SAMPLE_RATE) : undefined;
  return { samples, sampleRate: SAMPLE_RATE, ...(words && words.length > 0 ? { words } : {}) };
}

/** ElevenLabs: voices `elevenlabs:<voice_id>` (any id of the account's voice library). */
export const elevenlabsEngine: Engine = {
  id: 'elevenlabs',
  cloud: true,
  availability: async () => ({ ok: true }),
  // Voices belong to an account (its library), so none are listed; any id is valid.
  voices: async () => [],
  synthesize,
  ownsVoice: (voiceId) => voiceId.toLowerCase().startsWith(PREFIX) && voiceId.length > PREFIX.length,
  version: async () => `elevenlabs-1 ${OUTPUT_FORMAT} ${serviceBaseUrl(ELEVENLABS_SERVICE).href}`,
};
