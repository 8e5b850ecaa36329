// The contract between the voice catalogue/store (catalogue.ts, voice-store.ts) and the sherpa-onnx
// engine (sherpa-*.ts): what a catalogued voice is, and what an installed voice looks like on disk.

/** The neural engines sherpa-onnx runs, whose voices live in the voice store; ids are `piper:<name>` and `kokoro:<speaker>`. */
export const NEURAL_ENGINES = ['piper', 'kokoro'] as const;
export type NeuralEngineId = (typeof NEURAL_ENGINES)[number];

/** One installable voice archive of the pinned catalogue (src/tts/voice-catalogue.json). */
export interface CatalogueEntry {
  /** Voice id as configs name it: `piper:en_US-amy-medium`; for a Kokoro archive, the archive id `kokoro:<archive>`. */
  id: string;
  engine: NeuralEngineId;
  /** Primary language tag (`en-US`) and every tag the voice speaks. */
  language: string;
  languages: string[];
  gender: 'female' | 'male' | 'mixed';
  quality: 'x_low' | 'low' | 'medium' | 'high';
  /** Download URL (absolute); with VOICEOVER_VOICES_URL set, its file name is fetched from that mirror instead. */
  url: string;
  /** Exact size of the downloaded file in bytes; absent when the publisher states none (then recorded at first install). */
  size?: number;
  /** How the bytes are pinned: a checksum the publisher states, or trust on first use (sha256 recorded at install). */
  checksum: { sha256: string; source: 'published' } | { md5: string; source: 'published' } | { source: 'tofu' };
  licence: string;
  sampleRate: number;
  /** Kokoro: speaker names in the model's speaker-id order (`af_heart` …); Piper: absent (one speaker) or names. */
  speakers?: string[];
  /** `sherpa-tar-bz2`: sherpa-onnx's TTS archive; `piper-onnx`: rhasspy/piper-voices' `.onnx` (+ `.onnx.json` at url + '.json'). */
  format: 'sherpa-tar-bz2' | 'piper-onnx';
  /** piper-onnx: the pinned `.onnx.json` (md5 from voices.json, or Hugging Face's git blob sha1). */
  config?: { size: number; md5?: string; gitSha1?: string };
  description: string;
  /** Where the licence and training data are described. */
  modelCard?: string;
  /** Where the pinned checksum was read (or why it is trust on first use). */
  checksumNote?: string;
}

/** One voice in the store, ready for sherpa-onnx (paths absolute). A Kokoro archive gives one per speaker. */
export interface InstalledVoice {
  /** `piper:en_US-amy-medium`, `kokoro:af_heart`. */
  id: string;
  engine: NeuralEngineId;
  language: string;
  /** The folder of the unpacked archive in the store. */
  dir: string;
  model: string;
  tokens: string;
  /** espeak-ng-data folder the model's phonemizer uses. */
  dataDir: string;
  /** Kokoro: voices.bin. */
  voices?: string;
  /** Kokoro multi-lang: lexicon files (comma-joined as sherpa-onnx takes them), when the archive has them. */
  lexicon?: string;
  speakerId: number;
  sampleRate: number;
  /** sha256 of the model file: part of the clip cache key, so a new model never reuses old clips. */
  modelSha256: string;
  /** Catalogued (checked against the catalogue) or custom (brought with `voices install --from`). */
  source: 'catalogue' | 'custom';
}

/** A voice the catalogue offers (one per Kokoro speaker), as `voiceover voices` and the config check see it. */
export interface CataloguedVoice {
  id: string;
  engine: NeuralEngineId;
  language: string;
  description: string;
}

/** Progress of a voice download, for the progress line (size, percent, MB/s). */
export interface InstallProgress {
  id: string;
  receivedBytes: number;
  totalBytes: number;
  bytesPerSecond: number;
  stage: 'download' | 'verify' | 'unpack' | 'probe' | 'done';
}
