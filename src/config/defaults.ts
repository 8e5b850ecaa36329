// Built-in values for every setting a config leaves out.
import type { AudioSettings, BackendName, CaptionSettings, ElevenLabsSettings, NemoSettings, OpenAISettings, Quality, Resolution, Aspect } from './types.js';

/** Settings after merging defaults and a video, before paths are resolved (as written). */
export interface MergedSettings {
  backend: BackendName;
  language: string;
  voice: string;
  instruction: string;
  output: { dir: string; resolution: Resolution; aspect: Aspect; quality: Quality };
  audio: AudioSettings;
  /** Absent or null: no music. `file` may be missing when a video only sets `volume`. */
  music?: { file?: string; volume?: number } | null;
  captions: CaptionSettings;
  nemo: NemoSettings;
  openai: OpenAISettings;
  elevenlabs: ElevenLabsSettings;
  /** Word → spoken form; a video's entries merge over defaults' key by key. */
  pronunciations?: Record<string, string>;
}

/** Volume of a music bed that gives no `volume`. */
export const DEFAULT_MUSIC_VOLUME = 0.35;

/** A fresh copy of the built-in defaults, as DESIGN.md lists them. */
export function builtinDefaults(): MergedSettings {
  return {
    backend: 'auto',
    language: 'en',
    // The best voice installed here for the language, neural first (Kokoro, Piper), else Flite or espeak-ng.
    voice: 'auto',
    instruction: 'add a natural AI voiceover in English',
    output: { dir: 'out', resolution: '1080p', aspect: 'keep', quality: 'high' },
    audio: { loudness: -16, duck_db: 12, max_stretch: 1.15, overflow: 'extend' },
    captions: { sidecar: ['srt', 'vtt'], burn: false, words: false, max_chars: 42, max_lines: 2 },
    nemo: { poll_interval_s: 10, poll_limit: 30, sse_timeout_s: 900, keepalive_timeout_s: 600, on_session_lost: 'redo', compatible_copy: false },
    openai: { model: 'gpt-4o-mini-tts' },
    elevenlabs: { model: 'eleven_multilingual_v2' },
  };
}

/** The voice used when a config writes none: `auto`, the best installed voice for the language (neural first). */
export function defaultVoiceFor(_language: string): string {
  return builtinDefaults().voice;
}
