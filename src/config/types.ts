// The fully resolved config that the rest of the program sees (validated once, at the boundary).

export type BackendName = 'auto' | 'local' | 'nemo';
export type Resolution = '1080p' | '720p' | 'keep';
export type Aspect = 'keep' | '16:9' | '9:16' | '1:1';
export type Quality = 'high' | 'medium' | 'draft';
export type Overflow = 'extend' | 'shift' | 'error';
export type CaptionFormat = 'srt' | 'vtt';

export interface OutputSettings {
  /** Absolute output folder. */
  dir: string;
  resolution: Resolution;
  aspect: Aspect;
  quality: Quality;
}

export interface AudioSettings {
  /** Target integrated loudness, LUFS. */
  loudness: number;
  /** How far the original audio is lowered under speech, dB (positive). */
  duck_db: number;
  /** Largest speed-up allowed for a line (1.15 = 15 % faster). */
  max_stretch: number;
  overflow: Overflow;
}

export interface MusicSettings {
  /** Absolute path of the music file (inside the repository). */
  file: string;
  /** Path as written in the config, relative to the config's folder. */
  rel: string;
  /** Linear gain of the bed between lines, 0..1. */
  volume: number;
}

export interface CaptionSettings {
  sidecar: CaptionFormat[];
  burn: boolean;
  /** Word-highlight captions: ASS karaoke when burned, inline timestamps in the VTT. */
  words: boolean;
  /** Longest caption line, characters (wide CJK characters count as two). */
  max_chars: number;
  /** Most lines a caption cue shows. */
  max_lines: number;
}

/** Settings of the `openai` engine (voices `openai:<name>`). */
export interface OpenAISettings {
  /** gpt-4o-mini-tts (default), tts-1, tts-1-hd, or a compatible server's model. */
  model: string;
  /** How to speak (tone, pace); gpt-4o-mini-tts only. */
  instructions?: string;
}

/** Settings of the `elevenlabs` engine (voices `elevenlabs:<voice_id>`); unset voice settings keep the voice's own. */
export interface ElevenLabsSettings {
  /** eleven_multilingual_v2 (default), eleven_flash_v2_5, … */
  model: string;
  stability?: number;
  similarity_boost?: number;
  style?: number;
  use_speaker_boost?: boolean;
}

/** Settings for the nemo backend (used by the nemo client). */
export interface NemoSettings {
  poll_interval_s: number;
  poll_limit: number;
  sse_timeout_s: number;
  keepalive_timeout_s: number;
  /** A session lost (1002) after the service accepted the message: redo the item once in a new session (charged again), or fail. */
  on_session_lost: 'redo' | 'fail';
  /** Also write `<name>.compat.mp4`, a copy most players accept, when the export is one some refuse (the export stays as it came). */
  compatible_copy: boolean;
}

export type VideoSource =
  | { kind: 'file'; /** absolute */ path: string; /** as written */ rel: string }
  | { kind: 'url'; url: string };

export interface ScriptSource {
  /** The script text, read from its file or inline. */
  text: string;
  /** 'srt' / 'vtt' from the file extension, else 'text' (plain or timed lines). */
  format: 'text' | 'srt' | 'vtt';
  /** Absolute path of the script file; undefined for inline scripts. */
  path?: string;
  /** Path as written, or the config file's path for inline scripts. */
  rel: string;
  /** For inline scripts: the config line the text starts on (lines in `text` are offset by it). */
  lineOffset: number;
  /** For inline scripts: columns before the text on each config line (block indentation, or where a one-line value starts). */
  column?: number;
}

/** One video of the config with every default applied. */
export interface ItemConfig {
  name: string;
  /** 0-based position in `videos`. */
  index: number;
  /** 1-based line of this entry in the config file (for annotations). */
  line: number;
  video: VideoSource;
  script: ScriptSource;
  backend: BackendName;
  language: string;
  voice: string;
  instruction: string;
  output: OutputSettings;
  audio: AudioSettings;
  music?: MusicSettings;
  captions: CaptionSettings;
  nemo: NemoSettings;
  /** Cloud engines' settings (loadConfig always sets them; absent: the engines' defaults): they reach the engine that speaks a line and are part of its clip's cache key. */
  openai?: OpenAISettings;
  elevenlabs?: ElevenLabsSettings;
  /** Word (as written) → how it is said, applied to the speech text of the local engines; absent when the config gives none. */
  pronunciations?: Readonly<Record<string, string>>;
}

export interface ResolvedConfig {
  version: 1;
  /** Absolute path of the config file. */
  file: string;
  /** Absolute path of the repository root (paths may not leave it). */
  root: string;
  items: ItemConfig[];
}
