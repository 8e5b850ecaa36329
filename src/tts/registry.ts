// The one list of TTS engines (loaded lazily), and what it answers: which engine owns a voice,
// which voices exist here, which voice speaks a language.

import { distance } from 'fastest-levenshtein';
import { VoiceoverError } from '../core/errors.js';
import { CLOUD_SERVICES } from './cloud-service.js';
import { bestVoiceFor } from './language.js';
import type { Engine, Voice, VoiceCatalogue } from './types.js';

/** One registered engine: how to load it, and what it would bring when it is missing here. */
export interface EngineEntry {
  id: string;
  /** Languages the engine brings, as shown to a person when it is not installed. */
  languages: string;
  /** A neural engine: `auto` prefers its voices to any other engine's (the best language match among them wins). */
  neural?: boolean;
  load(): Promise<Engine>;
}

/** Every engine, in order of preference (the first one that speaks a language is chosen for it). */
export const ENGINES: readonly EngineEntry[] = [
  {
    id: 'kokoro',
    languages: 'en, es, fr, hi, it, ja, pt, zh (Kokoro voices: voiceover voices install kokoro:…)',
    neural: true,
    load: async () => (await import('./sherpa-engine.js')).kokoroEngine,
  },
  {
    id: 'piper',
    languages: 'en, de, fr, es, it, nl, pl, pt, ru, … (Piper voices: voiceover voices install piper:…)',
    neural: true,
    load: async () => (await import('./sherpa-engine.js')).piperEngine,
  },
  { id: 'flite', languages: 'en', load: async () => (await import('./flite.js')).fliteEngine },
  {
    id: 'espeak-ng',
    languages: 'de, fr, es, it, pt, nl, pl, ru, zh, ja, hi, ar, … (100+ languages)',
    load: async () => (await import('./espeak.js')).espeakEngine,
  },
  // Cloud engines last: `auto` never picks them (Engine.cloud); a config names their voices.
  { id: 'openai', languages: 'en, de, fr, es, ja, zh, … (OpenAI speech API: OPENAI_API_KEY)', load: async () => (await import('./openai.js')).openaiEngine },
  { id: 'elevenlabs', languages: 'en, de, fr, es, ja, zh, … (ElevenLabs: ELEVENLABS_API_KEY)', load: async () => (await import('./elevenlabs.js')).elevenlabsEngine },
];

/** Which engine list to use (tests pass a list with a real engine configured differently). */
export interface RegistryOptions {
  engines?: readonly EngineEntry[];
}

/** The registered engines, loaded, in order of preference (available or not). */
export async function listEngines(options: RegistryOptions = {}): Promise<Engine[]> {
  return Promise.all((options.engines ?? ENGINES).map((entry) => entry.load()));
}

/** The engine a voice id belongs to, whether or not it can run here; undefined when no engine claims it. */
export async function engineForVoice(voiceId: string, options: RegistryOptions = {}): Promise<Engine | undefined> {
  for (const engine of await listEngines(options)) {
    const owns = engine.ownsVoice
      ? engine.ownsVoice(voiceId)
      : (await engine.availability()).ok && (await engine.voices()).some((voice) => voice.id === voiceId);
    if (owns) return engine;
  }
  return undefined;
}

/** A VoiceCatalogue whose voices keep their descriptions (assignable to VoiceCatalogue). */
export interface VoiceCatalogueWithVoices extends VoiceCatalogue {
  voices: Voice[];
}

/** Voices of the engines that run here, and for each missing engine the languages it would bring. */
export async function loadVoiceCatalogue(options: RegistryOptions = {}): Promise<VoiceCatalogueWithVoices> {
  const catalogue: VoiceCatalogueWithVoices = { voices: [], missing: [], cloud: [] };
  for (const entry of options.engines ?? ENGINES) {
    const engine = await entry.load();
    const service = engine.cloud ? CLOUD_SERVICES.find((s) => s.engine === engine.id) : undefined;
    if (service) {
      const { keyVariable, keyInput } = service;
      catalogue.cloud!.push({ engine: engine.id, keyVariable, keyInput, keySet: Boolean(process.env[keyVariable]?.trim()) });
    }
    const availability = await engine.availability();
    if (availability.ok) catalogue.voices.push(...(await engine.voices()));
    else catalogue.missing.push({ engine: engine.id, languages: entry.languages, install: availability.install });
  }
  return catalogue;
}

const unavailable = (detail: string, hint: string): VoiceoverError => new VoiceoverError('TTS_UNAVAILABLE', { detail, hint });

/**
 * The voice that will speak `language`. A voice id gives that voice (it must be installed here; a voice of
 * another language is kept, as `voiceover check` only warns about it); an engine id gives that engine's best
 * voice for the language; none (or `auto`) gives the best voice of the first engine that speaks it.
 * Throws TTS_UNAVAILABLE saying what to install or choose instead.
 */
export async function resolveVoice(voiceId: string | undefined, language: string, options: RegistryOptions = {}): Promise<Voice> {
  const wanted = voiceId?.trim() ?? '';
  const catalogue = await loadVoiceCatalogue(options);
  if (wanted === '' || wanted === 'auto') {
    const neural = new Set((options.engines ?? ENGINES).filter((entry) => entry.neural).map((entry) => entry.id));
    // Never a cloud voice: text goes to a paid service only when a config names one.
    const cloud = new Set((await listEngines(options)).filter((engine) => engine.cloud).map((engine) => engine.id));
    const best = preferredVoice(catalogue.voices.filter((voice) => !cloud.has(voice.engine)), language, neural);
    if (best) return best;
    throw unavailable(`no installed voice speaks "${language}"`, installHint(catalogue, language));
  }
  const engines = await listEngines(options);
  const engine = engines.find((candidate) => candidate.id === wanted) ?? (await engineForVoice(wanted, options));
  if (!engine) throw unavailable(`unknown voice "${wanted}"`, suggestion(wanted, catalogue.voices));
  const availability = await engine.availability();
  if (!availability.ok) {
    throw unavailable(`voice "${wanted}" needs ${engine.id}: ${availability.reason}`, `install it: ${availability.install}`);
  }
  const own = catalogue.voices.filter((voice) => voice.engine === engine.id);
  if (engine.id === wanted) {
    const best = bestVoiceFor(own, language);
    if (best) return best;
    throw unavailable(`${engine.id} has no voice for "${language}"`, installHint(catalogue, language));
  }
  const voice = own.find((candidate) => candidate.id.toLowerCase() === wanted.toLowerCase());
  // A cloud server's voices are its own (Kokoro-FastAPI's, an ElevenLabs library): any id it owns is taken as written.
  if (!voice && engine.cloud) return { id: wanted, engine: engine.id, language, description: `${engine.id} voice (cloud)` };
  if (!voice) throw unavailable(`${engine.id} has no voice "${wanted}"`, suggestion(wanted, own));
  return voice;
}

/**
 * Neural voices first: the best language match among every installed neural voice (ties: registry order);
 * else the best voice of the first engine (in registry order) that speaks the language: flite's slt for en-US.
 */
function preferredVoice(voices: readonly Voice[], language: string, neural: ReadonlySet<string>): Voice | undefined {
  const natural = bestVoiceFor(voices.filter((voice) => neural.has(voice.engine)), language);
  if (natural) return natural;
  for (const engine of new Set(voices.map((voice) => voice.engine))) {
    const best = bestVoiceFor(voices.filter((voice) => voice.engine === engine), language);
    if (best) return best;
  }
  return undefined;
}

function installHint(catalogue: VoiceCatalogueWithVoices, language: string): string {
  const options = catalogue.missing.map((missing) => `${missing.engine} (${missing.languages}): ${missing.install}`);
  if (options.length === 0) return `no engine here speaks "${language}"; voiceover voices lists the languages there are`;
  return `install ${options.join('; or ')}`;
}

function suggestion(wanted: string, voices: readonly Voice[]): string {
  let closest: Voice | undefined;
  let closestDistance = Infinity;
  for (const voice of voices) {
    const d = distance(wanted.toLowerCase(), voice.id.toLowerCase());
    if (d < closestDistance) [closest, closestDistance] = [voice, d];
  }
  const didYouMean = closest && closestDistance <= Math.max(2, wanted.length / 3) ? `did you mean "${closest.id}"? ` : '';
  return `${didYouMean}voiceover voices lists the voices installed here`;
}
