// An edit as the local pipeline's ItemConfig: the built-in defaults, the session's video, the script, the hints.

import { builtinDefaults, defaultVoiceFor, DEFAULT_MUSIC_VOLUME } from '../../config/defaults.js';
import type { ItemConfig } from '../../config/types.js';
import type { UploadedFile } from '../store/records.js';
import type { EditHints, MessageScript } from './message-types.js';

/** What an edit is made of. */
export interface EditInputs {
  sessionId: string;
  instruction: string;
  video: UploadedFile;
  music?: UploadedFile;
  script: MessageScript;
  hints: EditHints;
  /** The session's language (from its creation), used when no hint names one. */
  sessionLanguage: string;
  outputDir: string;
}

/** Build the item the pipeline runs. */
export function itemFromEdit(input: EditInputs): ItemConfig {
  const d = builtinDefaults();
  const { hints } = input;
  const language = hints.language ?? input.sessionLanguage ?? d.language;
  const item: ItemConfig = {
    name: `session-${input.sessionId.slice(0, 8)}`,
    index: 0,
    line: 1,
    video: { kind: 'file', path: input.video.path, rel: input.video.filename },
    script: { text: input.script.text, format: input.script.format, rel: 'message', lineOffset: 0 },
    backend: 'local',
    language,
    voice: hints.voice ?? defaultVoiceFor(language),
    instruction: input.instruction || d.instruction,
    output: {
      dir: input.outputDir,
      resolution: hints.resolution ?? d.output.resolution,
      aspect: hints.aspect ?? d.output.aspect,
      quality: hints.quality ?? d.output.quality,
    },
    audio: { ...d.audio, loudness: hints.loudness ?? d.audio.loudness },
    captions: { ...d.captions, sidecar: hints.sidecar ?? d.captions.sidecar, burn: hints.burn ?? d.captions.burn },
    nemo: d.nemo,
  };
  if (input.music) {
    const volume = hints.music ? hints.music.volume : undefined;
    item.music = { file: input.music.path, rel: input.music.filename, volume: volume ?? DEFAULT_MUSIC_VOLUME };
  }
  return item;
}
