// What the cloud engines share: who they are (key variable, action input, base URL), their key,
// one request limiter per service, and text split under a service's length limit.

import pLimit, { type LimitFunction } from 'p-limit';
import { VoiceoverError } from '../core/errors.js';
import { splitSentences } from '../script/sentences.js';

/** A cloud speech service as errors and docs name it. */
export interface CloudService {
  /** Engine id (`openai`, `elevenlabs`): voices are `<engine>:<voice>`. */
  engine: string;
  /** The service as a person reads it. */
  name: string;
  /** Environment variable of the API key. */
  keyVariable: string;
  /** The action input that sets it. */
  keyInput: string;
  /** Environment variable of the base URL, and its default. */
  baseUrlVariable: string;
  defaultBaseUrl: string;
}

/** The OpenAI speech API, or any server that speaks it (Kokoro-FastAPI, LocalAI, openedai-speech). */
export const OPENAI_SERVICE: CloudService = {
  engine: 'openai', name: 'OpenAI speech API', keyVariable: 'OPENAI_API_KEY', keyInput: 'openai-api-key',
  baseUrlVariable: 'OPENAI_BASE_URL', defaultBaseUrl: 'https://api.openai.com/v1',
};

/** ElevenLabs text to speech. */
export const ELEVENLABS_SERVICE: CloudService = {
  engine: 'elevenlabs', name: 'ElevenLabs', keyVariable: 'ELEVENLABS_API_KEY', keyInput: 'elevenlabs-api-key',
  baseUrlVariable: 'ELEVENLABS_BASE_URL', defaultBaseUrl: 'https://api.elevenlabs.io',
};

/** Both cloud services. */
export const CLOUD_SERVICES: readonly CloudService[] = [OPENAI_SERVICE, ELEVENLABS_SERVICE];

/** The service's key from the environment; TTS_KEY_MISSING naming the variable and the action input when unset. */
export function serviceKey(service: CloudService, voice: string, env: NodeJS.ProcessEnv = process.env): string {
  const key = env[service.keyVariable]?.trim();
  if (!key) throw new VoiceoverError('TTS_KEY_MISSING', { voice, variable: service.keyVariable, input: service.keyInput });
  return key;
}

/** The service's base URL (its variable, else the default), with a trailing slash so relative paths keep its path prefix. */
export function serviceBaseUrl(service: CloudService, env: NodeJS.ProcessEnv = process.env): URL {
  const raw = env[service.baseUrlVariable]?.trim() || service.defaultBaseUrl;
  return new URL(raw.endsWith('/') ? raw : `${raw}/`);
}

/** Requests in flight to one service at most (VOICEOVER_TTS_CONCURRENCY overrides it). */
export const DEFAULT_SERVICE_CONCURRENCY = 4;

const limiters = new Map<string, LimitFunction>();

/** The one limiter of a service, shared by every item of the process. */
export function serviceLimiter(service: CloudService, env: NodeJS.ProcessEnv = process.env): LimitFunction {
  let limit = limiters.get(service.engine);
  if (!limit) {
    const wanted = Number(env.VOICEOVER_TTS_CONCURRENCY);
    limit = pLimit(Number.isInteger(wanted) && wanted > 0 ? wanted : DEFAULT_SERVICE_CONCURRENCY);
    limiters.set(service.engine, limit);
  }
  return limit;
}

/**
 * Text cut into parts of at most `limit` characters: whole sentences packed together, a sentence over the
 * limit cut at its last space before it (never inside a word unless a word is itself that long).
 */
export function splitForLimit(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  for (const { text: sentence } of splitSentences(text)) {
    let rest = sentence;
    while (rest.length > limit) {
      const space = rest.lastIndexOf(' ', limit);
      const cut = space > 0 ? space : limit;
      pieces.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut).trim();
    }
    if (rest) pieces.push(rest);
  }
  const parts: string[] = [];
  for (const piece of pieces) {
    const last = parts[parts.length - 1];
    if (last !== undefined && last.length + 1 + piece.length <= limit) parts[parts.length - 1] = `${last} ${piece}`;
    else parts.push(piece);
  }
  return parts;
}
