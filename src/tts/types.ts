// The Engine interface every text-to-speech engine implements, and what they return.

import type { InstallProgress } from './neural-types.js';

/** One voice an engine offers, as configs name it and `voiceover voices` lists it. */
export interface Voice {
  /** Voice id as used in configs (`slt`, `espeak:en-us`). Unique across engines. */
  id: string;
  engine: string;
  /** BCP-47-ish language tag: `en`, `en-US`, `de`. */
  language: string;
  description: string;
  /** Further language tags the voice answers to (espeak-ng's `cmn` also serves `zh`). */
  otherLanguages?: string[];
  /** false: in the voice catalogue but not installed here; valid in a config (installed before it speaks), never picked by `auto`. */
  installed?: boolean;
}

/** Whether an engine can run here; if not, why and what to install. */
export type Availability = { ok: true } | { ok: false; reason: string; install: string };

/** One text for an engine to speak. */
export interface SynthesisRequest {
  text: string;
  voice: string;
  /** Speaking-rate factor: 1 normal, 1.1 = 10 % faster. */
  rate: number;
  signal?: AbortSignal;
  /** This engine's settings from the config (cloud engines: `model`, `instructions`, voice settings); part of the clip cache key. */
  options?: EngineOptions;
}

/** An engine's own settings, as a config item gives them (`openai: { model, instructions }`). */
export type EngineOptions = Readonly<Record<string, string | number | boolean>>;

/** What a cloud engine sent for one clip: characters of text and HTTP requests (retries included). */
export interface SpeechUsage {
  characters: number;
  requests: number;
}

/** When one word is said. Times are seconds from the start of the clip it belongs to, unless stated otherwise. */
export interface WordTiming {
  /** The word as spoken (punctuation attached to it stays). */
  text: string;
  start_s: number;
  end_s: number;
  /** true: spread by characters over the clip, not measured by the engine. */
  estimated?: boolean;
}

/** Mono PCM speech. */
export interface Speech {
  samples: Float32Array;
  sampleRate: number;
  /** Word times within `samples`, when the engine gives them (ElevenLabs alignment, Flite phone durations). */
  words?: WordTiming[];
  /** What a cloud engine sent to make it (for the report's characters sent). */
  usage?: SpeechUsage;
}

/** A text-to-speech engine; each lives in its own file and is listed in registry.ts. */
export interface Engine {
  readonly id: string;
  /** Whether the engine can run here, and what to install if not. */
  availability(): Promise<Availability>;
  voices(): Promise<Voice[]>;
  synthesize(request: SynthesisRequest): Promise<Speech>;
  /** Whether a voice id belongs to this engine, without running anything (works when unavailable). */
  ownsVoice?(voiceId: string): boolean;
  /**
   * A cloud engine: text goes to a paid service. `auto` never picks its voices, every id ownsVoice claims is
   * valid (servers have voices of their own), and reports count the characters it was sent.
   */
  readonly cloud?: boolean;
  /**
   * A marker that changes when the engine's output may change (package or program version; for a voice with
   * a model file, also the model's checksum); part of cache keys.
   */
  version?(voiceId?: string): Promise<string>;
  /** The model a voice speaks with, as reports show it (`vits-piper-en_US-amy-medium/en_US-amy-medium.onnx sha256:…`). */
  describeModel?(voiceId: string): Promise<string | undefined>;
  /**
   * Make a voice ready before an item speaks with it: a catalogued voice not installed yet is installed
   * (download progress goes to onProgress). Throws naming what to do when it cannot be had.
   */
  prepare?(voiceId: string, options: PrepareOptions): Promise<void>;
}

/** What prepare() may use: cancellation, and a listener for install progress (library code never prints). */
export interface PrepareOptions {
  signal?: AbortSignal;
  onProgress?: (progress: InstallProgress) => void;
}

/** A synthesised, edge-trimmed clip as the planner and mixer use it. */
export interface SpeechClip {
  /** Absolute path of a mono 16-bit WAV in the cache. */
  file: string;
  samples: Float32Array;
  sampleRate: number;
  duration_s: number;
  /** Rate the clip was synthesised at. */
  rate: number;
  voice: string;
  engine: string;
  /** The model that spoke it, when the engine has one (describeModel), for reports. */
  model?: string;
  /** True when the clip came from the cache without running the engine. */
  cached?: boolean;
  /** A cloud engine's clip: what was sent to make it (0 characters and requests when it came from the cache). */
  usage?: SpeechUsage;
  /** Word times within the trimmed clip (measured, or estimated and marked so). */
  words?: WordTiming[];
}

/** What `voiceover voices` shows and the config checks voices against (defined by config, filled by tts). */
export type { VoiceCatalogue } from '../config/voice-catalogue.js';
