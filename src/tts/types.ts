// The Engine interface every text-to-speech engine implements, and what they return.

export interface Voice {
  /** Voice id as used in configs (`slt`, `en-us`). Unique across engines. */
  id: string;
  engine: string;
  /** BCP-47-ish language tag: `en`, `en-US`, `de`. */
  language: string;
  description: string;
}

export type Availability = { ok: true } | { ok: false; reason: string; install: string };

export interface SynthesisRequest {
  text: string;
  voice: string;
  /** Speaking-rate factor: 1 normal, 1.1 = 10 % faster. */
  rate: number;
  signal?: AbortSignal;
}

/** Mono PCM speech. */
export interface Speech {
  samples: Float32Array;
  sampleRate: number;
}

export interface Engine {
  readonly id: string;
  /** Whether the engine can run here, and what to install if not. */
  availability(): Promise<Availability>;
  voices(): Promise<Voice[]>;
  synthesize(request: SynthesisRequest): Promise<Speech>;
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
}
