// Stage 3 for one line: speak it with its voice's engine, trim the edges, keep it in a content-addressed cache.

import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { VoiceoverError } from '../core/errors.js';
import { throwIfAborted } from '../core/progress.js';
import { engineForVoice, resolveVoice, type RegistryOptions } from './registry.js';
import { clipWords, readClipWords, trimmedWords, writeClipWords } from './clip-words.js';
import { trimBounds } from './trim.js';
import type { Engine, EngineOptions, Speech, SpeechClip, SpeechUsage } from './types.js';
import { decodeWav, encodeWav } from './wav.js';

/** Bump when trimming or the stored format changes, so older cache entries are not reused. */
export const CLIP_FORMAT = 'voiceover-clip-1';

/** One line to speak. */
export interface ClipRequest {
  text: string;
  /** A voice id (`slt`, `espeak:de`); with `language`, also `auto` or an engine id (see resolveVoice). */
  voice: string;
  /** The line's language, used only to choose a voice for `auto` or an engine id. */
  language?: string;
  /** Speaking-rate factor (default 1); rounded to 3 decimals. */
  rate?: number;
  /** Script line, for error messages. */
  line?: number;
  signal?: AbortSignal;
  /** Engine settings by engine id (`openai: { model }`); the speaking engine's entry goes to it and into the cache key. */
  engineOptions?: Readonly<Record<string, EngineOptions | undefined>>;
}

/** Where clips are cached, and (for tests) which engine list to use. */
export interface ClipOptions extends RegistryOptions {
  cacheDir: string;
  /** Adds up what cloud engines were sent, by engine id (a cached clip adds 0, so the engine still shows). */
  usage?: UsageTally;
}

/** What cloud engines were sent for an item: characters by engine id, and requests (retries included). */
export interface UsageTally {
  characters_sent: Record<string, number>;
  requests: number;
}

/** Add one clip's usage (absent: the clip cost nothing) to a tally. */
export function addUsage(tally: UsageTally, engine: string, usage: SpeechUsage | undefined): void {
  tally.characters_sent[engine] = (tally.characters_sent[engine] ?? 0) + (usage?.characters ?? 0);
  tally.requests += usage?.requests ?? 0;
}

/** The cache key of a clip: sha256 over everything that changes its audio. */
export function clipCacheKey(parts: { engine: string; version: string; voice: string; rate: number; text: string; options?: EngineOptions | undefined }): string {
  const fields = [CLIP_FORMAT, parts.engine, parts.version, parts.voice, parts.rate.toFixed(3), parts.text];
  // Engine settings (a cloud model, its instructions) only when there are some: keys of engines without settings stay as they were.
  const options = Object.entries(parts.options ?? {}).filter(([, value]) => value !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (options.length > 0) fields.push(JSON.stringify(options));
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** Speak one line (or read it from the cache): a mono, edge-trimmed clip saved as a 16-bit WAV. */
export async function synthesizeClip(request: ClipRequest, options: ClipOptions): Promise<SpeechClip> {
  const { line, signal } = request;
  const failed = (detail: string, cause?: unknown): VoiceoverError =>
    new VoiceoverError('TTS_FAILED', { voice: request.voice, line: line ?? '?', detail }, cause === undefined ? {} : { cause });
  throwIfAborted(signal);
  const text = request.text.trim();
  if (text === '') throw failed('the line has no text to speak');
  const rate = Math.round((request.rate ?? 1) * 1000) / 1000;
  if (!(rate > 0) || !Number.isFinite(rate)) throw failed(`rate must be a positive number, got ${request.rate}`);

  const { engine, voice } = await concreteVoice(request, options);
  // With the voice: a model's checksum is part of the key (a new model never reuses old clips).
  const version = (await engine.version?.(voice)) ?? 'unversioned';
  const engineOptions = request.engineOptions?.[engine.id];
  const key = clipCacheKey({ engine: engine.id, version, voice, rate, text, options: engineOptions });
  const file = resolve(options.cacheDir, `${key}.wav`);
  const model = await engine.describeModel?.(voice);
  const clip = ({ samples, sampleRate }: Speech, cached: boolean): SpeechClip => {
    const duration_s = samples.length / sampleRate;
    return { file, samples, sampleRate, duration_s, rate, voice, engine: engine.id, ...(model ? { model } : {}), cached };
  };

  const hit = await readCached(file);
  if (hit) {
    if (engine.cloud && options.usage) addUsage(options.usage, engine.id, undefined);
    // An older entry (or an engine that measures none) has no words file: its words are estimated.
    const words = clipWords(await readClipWords(file), text, hit.samples, hit.sampleRate);
    return { ...clip(hit, true), words, ...(engine.cloud ? { usage: { characters: 0, requests: 0 } } : {}) };
  }

  const availability = await engine.availability();
  if (!availability.ok) {
    throw new VoiceoverError('TTS_UNAVAILABLE', {
      detail: `voice "${voice}" needs ${engine.id}: ${availability.reason}`,
      hint: `install it: ${availability.install}`,
    });
  }
  let speech: Speech;
  try {
    speech = await engine.synthesize({ text, voice, rate, ...(signal ? { signal } : {}), ...(engineOptions ? { options: engineOptions } : {}) });
  } catch (error) {
    throwIfAborted(signal);
    if (error instanceof VoiceoverError) throw error;
    throw failed(error instanceof Error ? error.message : String(error), error);
  }
  throwIfAborted(signal);
  if (engine.cloud && options.usage) addUsage(options.usage, engine.id, speech.usage);
  const kept = trimBounds(speech.samples, speech.sampleRate);
  const samples = speech.samples.slice(kept.start, kept.end);
  if (samples.length === 0) throw failed('the engine produced no audible speech');
  const bytes = encodeWav({ samples, sampleRate: speech.sampleRate });
  const measured = trimmedWords(speech.words, kept, speech.sampleRate);
  if (measured) await writeClipWords(file, measured); // before the WAV: whoever finds the clip finds its words
  await writeAtomically(file, bytes);
  // Return what was stored (16-bit), so a later cache hit gives the very same samples.
  const stored = decodeWav(bytes);
  return { ...clip(stored, false), words: clipWords(measured, text, stored.samples, stored.sampleRate), ...(speech.usage ? { usage: speech.usage } : {}) };
}

/** The engine and voice id that will speak a request: its voice when an engine owns it, else resolveVoice's pick. */
async function concreteVoice(request: ClipRequest, options: ClipOptions): Promise<{ engine: Engine; voice: string }> {
  const owner = await engineForVoice(request.voice, options);
  if (owner) {
    // The listed spelling (`SLT` → `slt`), so one voice has one cache key; unlisted ids go to the engine as written.
    const listed = (await owner.voices()).find((voice) => voice.id.toLowerCase() === request.voice.toLowerCase());
    return { engine: owner, voice: listed?.id ?? request.voice };
  }
  if (request.language === undefined) {
    throw new VoiceoverError('TTS_UNAVAILABLE', {
      detail: `unknown voice "${request.voice}" (line ${request.line ?? '?'})`,
      hint: 'voiceover voices lists the voices installed here',
    });
  }
  const voice = (await resolveVoice(request.voice, request.language, options)).id;
  const engine = await engineForVoice(voice, options);
  if (!engine) throw new Error(`no engine owns the resolved voice ${voice}`); // registry invariant
  return { engine, voice };
}

/** The cached clip, or undefined when it is missing or unreadable (then it is made again). */
async function readCached(file: string): Promise<Speech | undefined> {
  try {
    return decodeWav(await readFile(file));
  } catch {
    return undefined;
  }
}

/** Write to a unique temporary name beside the target, then rename: readers never see half a file. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
