// The neural engines: Piper (VITS) and Kokoro voices run by sherpa-onnx in child processes (sherpa-pool.ts).
// One engine per family, sharing the sherpa module; voice ids `piper:<name>`, `kokoro:<speaker>`.

import { basename } from 'node:path';
import { throwIfAborted } from '../core/progress.js';
import type { InstalledVoice, NeuralEngineId } from './neural-types.js';
import { sherpaAvailability, sherpaVersion } from './sherpa-addon.js';
import { speakWithSherpa } from './sherpa-pool.js';
import { storeVoiceSource, type NeuralVoiceSource } from './sherpa-voices.js';
import type { Engine, Voice } from './types.js';

const FAMILY_NAMES: Record<NeuralEngineId, string> = { piper: 'Piper', kokoro: 'Kokoro' };
/** Piper names end in their quality; better ones are preferred when several speak a language. */
const QUALITY_ORDER = ['high', 'medium', 'low', 'x_low'];

function qualityRank(voice: InstalledVoice): number {
  const suffix = voice.id.split('-').pop() ?? '';
  const at = QUALITY_ORDER.indexOf(suffix);
  return at < 0 ? QUALITY_ORDER.length : at;
}

function asVoice(voice: InstalledVoice): Voice {
  const kind = voice.source === 'custom' ? 'brought with voices install --from' : 'from the catalogue';
  return {
    id: voice.id,
    engine: voice.engine,
    language: voice.language,
    description: `${FAMILY_NAMES[voice.engine]} neural voice, ${voice.sampleRate / 1000} kHz (${basename(voice.dir)}, ${kind})`,
  };
}

/** The model a voice speaks with, as reports show it: `<archive>/<model file> sha256:<first 12>`. */
export function modelLabel(voice: InstalledVoice): string {
  return `${basename(voice.dir)}/${basename(voice.model)} sha256:${voice.modelSha256.slice(0, 12)}`;
}

/** A sherpa-onnx engine for one family, reading installed voices from `source` (the voice store by default). */
export function createSherpaEngine(family: NeuralEngineId, source: NeuralVoiceSource = storeVoiceSource): Engine {
  const prefix = `${family}:`;
  const own = async (): Promise<InstalledVoice[]> =>
    (await source.list()).filter((voice) => voice.engine === family).sort((a, b) => qualityRank(a) - qualityRank(b));
  const find = async (id: string): Promise<InstalledVoice | undefined> =>
    (await own()).find((voice) => voice.id.toLowerCase() === id.toLowerCase());
  return {
    id: family,
    availability: async () => sherpaAvailability(),
    // Installed voices first, then catalogued ones not installed here (installed before they speak; never `auto`).
    voices: async () => {
      const installed = (await own()).map(asVoice);
      const have = new Set(installed.map((voice) => voice.id.toLowerCase()));
      const offered = ((await source.catalogued?.()) ?? [])
        .filter((voice) => voice.engine === family && !have.has(voice.id.toLowerCase()))
        .map((voice) => ({ ...voice, description: `${voice.description} (not installed: installed on first use)`, installed: false }));
      return [...installed, ...offered];
    },
    ownsVoice: (voiceId) => voiceId.toLowerCase().startsWith(prefix),
    // The model's checksum is part of every clip's cache key: a reinstalled or replaced model never reuses old clips.
    version: async (voiceId) => {
      const voice = voiceId === undefined ? undefined : await find(voiceId);
      return voice ? `${sherpaVersion()}+${voice.modelSha256}` : sherpaVersion();
    },
    describeModel: async (voiceId) => {
      const voice = await find(voiceId);
      return voice ? modelLabel(voice) : undefined;
    },
    prepare: async (voiceId, options) => {
      if (await find(voiceId)) return;
      await source.ensure(voiceId, options);
    },
    synthesize: async ({ text, voice: voiceId, rate, signal }) => {
      throwIfAborted(signal);
      if (!(rate > 0) || !Number.isFinite(rate)) throw new RangeError(`rate must be a positive number, got ${rate}`);
      const voice = (await find(voiceId)) ?? (await source.ensure(voiceId, signal ? { signal } : {}));
      return speakWithSherpa(voice, text, rate, signal);
    },
  };
}

/** Piper (VITS) voices through sherpa-onnx. */
export const piperEngine: Engine = createSherpaEngine('piper');
/** Kokoro voices through sherpa-onnx. */
export const kokoroEngine: Engine = createSherpaEngine('kokoro');
