// Stand-ins for the OpenAI speech API and ElevenLabs' with-timestamps endpoint on 127.0.0.1, following their
// public specs and answering with real speech: the text spoken by flite, encoded as the request asks.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fliteEngine } from '../../src/tts/flite.js';
import type { Speech } from '../../src/tts/types.js';
import { encodeWav } from '../../src/tts/wav.js';

/** One request as the stand-in saw it. */
export interface SeenRequest {
  /** Date.now() when the request arrived, ms. */
  at: number;
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingMessage['headers'];
  body: any;
  /** Milliseconds the stand-in spent making the answer (flite + encoding), for the benchmark. */
  work_ms: number;
}

/** What to do with the next request instead of speaking (tests queue these). */
export type Fault =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { delayMs: number };

/** A running stand-in. */
export interface StandIn {
  /** Base URL to set as OPENAI_BASE_URL / ELEVENLABS_BASE_URL. */
  baseUrl: string;
  key: string;
  requests: SeenRequest[];
  /** Faults for the next requests, in order (a delay still answers with speech afterwards). */
  faults: Fault[];
  close(): Promise<void>;
}

const SAMPLE_RATE = 24000;

/** Speech of `text` by flite at `speed`, resampled to 24 kHz (linear: a stand-in, not our pipeline). */
async function speak(text: string, speed: number): Promise<Speech> {
  const speech = await fliteEngine.synthesize({ text, voice: 'slt', rate: speed });
  const ratio = SAMPLE_RATE / speech.sampleRate;
  const out = new Float32Array(Math.floor(speech.samples.length * ratio));
  for (let i = 0; i < out.length; i++) {
    const at = i / ratio;
    const j = Math.floor(at);
    const a = speech.samples[j] ?? 0;
    const b = speech.samples[j + 1] ?? a;
    out[i] = a + (b - a) * (at - j);
  }
  return { samples: out, sampleRate: SAMPLE_RATE };
}

/** Raw PCM s16le of mono samples. */
function pcm16(samples: Float32Array): Buffer {
  const out = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) out.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(samples[i]! * 32768))), i * 2);
  return out;
}

/** Character times spread over the voiced part of the clip (from the first to the last sample above -40 dBFS). */
function alignment(text: string, speech: Speech) {
  const threshold = 0.01;
  let first = speech.samples.findIndex((s) => Math.abs(s) > threshold);
  let last = speech.samples.length - 1;
  while (last > 0 && Math.abs(speech.samples[last]!) <= threshold) last--;
  if (first < 0) first = 0;
  const start = first / speech.sampleRate;
  const span = Math.max(0.01, (last - first) / speech.sampleRate);
  const characters = [...text];
  const step = span / characters.length;
  return {
    characters,
    character_start_times_seconds: characters.map((_, i) => Number((start + i * step).toFixed(3))),
    character_end_times_seconds: characters.map((_, i) => Number((start + (i + 1) * step).toFixed(3))),
  };
}

async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': Buffer.isBuffer(body) ? 'audio/wav' : 'application/json', 'content-length': bytes.length, ...headers });
  res.end(bytes);
}

type Handler = (req: IncomingMessage, body: any, url: URL) => Promise<{ status: number; body: unknown; headers?: Record<string, string> }>;

async function start(key: string, handler: Handler, prefix: string): Promise<StandIn> {
  const requests: SeenRequest[] = [];
  const faults: Fault[] = [];
  const server: Server = createServer((req, res) => {
    const at = Date.now();
    void (async () => {
      const body = await readJson(req);
      const seen: SeenRequest = { at, method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, work_ms: 0 };
      requests.push(seen);
      const fault = faults.shift();
      if (fault && 'delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
      else if (fault) return send(res, fault.status, fault.body ?? {}, fault.headers);
      const t0 = performance.now();
      const answer = await handler(req, body, new URL(req.url ?? '/', 'http://stand-in'));
      seen.work_ms = performance.now() - t0;
      if (!res.destroyed) send(res, answer.status, answer.body, answer.headers);
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: { message: String(error) } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    key,
    requests,
    faults,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The OpenAI speech API: POST {base}/audio/speech, Bearer key, `input` up to 4096 characters, wav or pcm back. */
export function startOpenAIStandIn(key = 'sk-test-openai-0123456789abcdef', prefix = '/v1'): Promise<StandIn> {
  return start(key, async (req, body, url) => {
    if (req.method !== 'POST' || url.pathname !== `${prefix}/audio/speech`) return { status: 404, body: { error: { message: `no route ${url.pathname}` } } };
    // The worst case for leaks: this stand-in quotes the whole wrong key back.
    if (req.headers.authorization !== `Bearer ${key}`) {
      return { status: 401, body: { error: { message: `Incorrect API key provided: ${String(req.headers.authorization).replace(/^Bearer /, '')}`, type: 'invalid_request_error', code: 'invalid_api_key' } } };
    }
    const { input, voice, model, response_format: format = 'mp3', speed = 1 } = body ?? {};
    if (typeof input !== 'string' || typeof voice !== 'string' || typeof model !== 'string') return { status: 400, body: { error: { message: 'input, voice and model are required' } } };
    if (input.length > 4096) return { status: 400, body: { error: { message: `'input' is too long: ${input.length} > 4096 characters` } } };
    if (!(speed >= 0.25 && speed <= 4)) return { status: 400, body: { error: { message: `speed ${speed} is out of range` } } };
    const speech = await speak(input, speed);
    if (format === 'wav') return { status: 200, body: Buffer.from(encodeWav(speech)) };
    if (format === 'pcm') return { status: 200, body: pcm16(speech.samples) };
    return { status: 400, body: { error: { message: `this stand-in speaks wav and pcm, not ${format}` } } };
  }, prefix);
}

/** ElevenLabs: POST {base}/v1/text-to-speech/{voice_id}/with-timestamps, xi-api-key, JSON with base64 PCM and character times. */
export function startElevenLabsStandIn(key = 'el-test-key-fedcba9876543210', limit = 10000): Promise<StandIn> {
  return start(key, async (req, body, url) => {
    const match = /^\/v1\/text-to-speech\/([^/]+)\/with-timestamps$/.exec(url.pathname);
    if (req.method !== 'POST' || !match) return { status: 404, body: { detail: { status: 'not_found', message: `no route ${url.pathname}` } } };
    if (req.headers['xi-api-key'] !== key) {
      return { status: 401, body: { detail: { status: 'invalid_api_key', message: `Invalid API key: ${String(req.headers['xi-api-key'])}` } } };
    }
    const { text, model_id: model = 'eleven_multilingual_v2', voice_settings: settings } = body ?? {};
    if (typeof text !== 'string') return { status: 422, body: { detail: [{ loc: ['body', 'text'], msg: 'field required', type: 'value_error.missing' }] } };
    if (text.length > limit) return { status: 400, body: { detail: { status: 'max_character_limit_exceeded', message: `Text is too long (${text.length} > ${limit}) for ${model}` } } };
    const speed = settings?.speed ?? 1;
    if (!(speed >= 0.7 && speed <= 1.2)) return { status: 400, body: { detail: { status: 'invalid_voice_settings', message: `speed ${speed} must be within 0.7..1.2` } } };
    const format = url.searchParams.get('output_format') ?? 'mp3_44100_128';
    if (format !== 'pcm_24000') return { status: 400, body: { detail: { status: 'invalid_output_format', message: `this stand-in speaks pcm_24000, not ${format}` } } };
    const speech = await speak(text, speed);
    const aligned = alignment(text, speech);
    return { status: 200, body: { audio_base64: pcm16(speech.samples).toString('base64'), alignment: aligned, normalized_alignment: aligned } };
  }, '');
}
