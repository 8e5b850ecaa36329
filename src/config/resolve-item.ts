// Build one fully resolved ItemConfig from a validated video entry, the defaults and its checked inputs.
import path from 'node:path';
import { builtinDefaults, defaultVoiceFor, DEFAULT_MUSIC_VOLUME, type MergedSettings } from './defaults.js';
import type { InputFacts } from './check-inputs.js';
import { deepMerge } from './merge.js';
import type { ConfigInput, VideoInput } from './schema.js';
import type { ItemConfig, ScriptSource, VideoSource } from './types.js';

/** What `resolveItem` needs about one validated video. */
export interface ItemInput {
  video: VideoInput;
  defaults: ConfigInput['defaults'];
  index: number;
  /** 1-based line of the `- name:` entry. */
  line: number;
  /** The checked inputs; video and script must be present (no diagnostics were raised). */
  facts: InputFacts & { video: VideoSource; script: ScriptSource };
  configDir: string;
  /** False when neither the video nor defaults write `voice`: then the language picks it. Default true. */
  voiceWritten?: boolean;
}

/** Merge the video's settings over defaults over the built-ins and resolve its paths. */
export function resolveItem(input: ItemInput): ItemConfig {
  const { name, video: _video, url: _url, script: _script, ...own } = input.video;
  // Both layers were validated by the schema, and the built-ins are complete, so the merge is total.
  const merged = deepMerge(deepMerge(builtinDefaults(), input.defaults ?? {}), own) as MergedSettings;
  const item: ItemConfig = {
    name,
    index: input.index,
    line: input.line,
    video: input.facts.video,
    script: input.facts.script,
    backend: merged.backend,
    language: merged.language,
    voice: input.voiceWritten === false ? defaultVoiceFor(merged.language) : merged.voice,
    instruction: merged.instruction,
    output: { ...merged.output, dir: path.resolve(input.configDir, merged.output.dir) },
    audio: { ...merged.audio },
    captions: { ...merged.captions, sidecar: [...new Set(merged.captions.sidecar)] },
    nemo: { ...merged.nemo },
    openai: { ...merged.openai },
    elevenlabs: { ...merged.elevenlabs },
  };
  if (merged.pronunciations && Object.keys(merged.pronunciations).length > 0) item.pronunciations = { ...merged.pronunciations };
  if (merged.music && input.facts.music) {
    item.music = { ...input.facts.music, volume: merged.music.volume ?? DEFAULT_MUSIC_VOLUME };
  }
  return item;
}
