// The zod schema of a version-1 config file: the single source of validation and of the JSON Schema.
import { z } from 'zod';
import { builtinDefaults, DEFAULT_MUSIC_VOLUME } from './defaults.js';

const d = builtinDefaults();

/** Pattern a video name must match (it becomes file and artifact names). */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** Pattern of a language tag: `en`, `en-US`, `pt-BR`. */
export const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

const output = z
  .strictObject({
    dir: z.string().min(1).optional().describe('Folder for the narrated videos, captions and report.json, relative to the config file.').meta({ default: d.output.dir }),
    resolution: z.enum(['1080p', '720p', 'keep']).optional().describe('Output height: 1080p, 720p, or keep the source size.').meta({ default: d.output.resolution }),
    aspect: z.enum(['keep', '16:9', '9:16', '1:1']).optional().describe('Output aspect ratio; anything but keep pads the picture.').meta({ default: d.output.aspect }),
    quality: z.enum(['high', 'medium', 'draft']).optional().describe('Encoder quality when the video has to be re-encoded (draft is fastest).').meta({ default: d.output.quality }),
  })
  .optional()
  .describe('Where and how the narrated video is written.');

const audio = z
  .strictObject({
    loudness: z.number().min(-40).max(-5).optional().describe('Target integrated loudness of the mix, LUFS (-40..-5).').meta({ default: d.audio.loudness }),
    duck_db: z.number().min(0).max(40).optional().describe("How far the video's own sound is lowered under the voice, dB (0..40).").meta({ default: d.audio.duck_db }),
    max_stretch: z.number().min(1).max(2).optional().describe('Largest speed-up a line may get to fit its slot (1.15 = 15 % faster; 1..2).').meta({ default: d.audio.max_stretch }),
    overflow: z.enum(['extend', 'shift', 'error']).optional().describe('When a line still does not fit: extend the video (hold the last frame), shift later lines, or fail.').meta({ default: d.audio.overflow }),
  })
  .optional()
  .describe('Voice timing and mix levels.');

const music = z
  .strictObject({
    file: z.string().min(1).optional().describe('Music file inside the repository, relative to the config file.'),
    volume: z.number().min(0).max(1).optional().describe('Linear gain of the music bed between lines (0..1).').meta({ default: DEFAULT_MUSIC_VOLUME }),
  })
  .nullable()
  .optional()
  .describe('Background music under the narration; null turns off a default bed for one video.');

const captions = z
  .strictObject({
    sidecar: z.array(z.enum(['srt', 'vtt'])).optional().describe('Caption files written beside the video (a subset of srt, vtt; [] for none).').meta({ default: d.captions.sidecar }),
    burn: z.boolean().optional().describe('Burn the captions into the picture (forces a re-encode).').meta({ default: d.captions.burn }),
    words: z.boolean().optional().describe('Word-highlight captions: burned captions light up word by word (ASS karaoke) and the VTT gets inline word timestamps (SRT stays plain).').meta({ default: d.captions.words }),
    max_chars: z.int().min(10).max(200).optional().describe('Longest caption line, in characters (a wide CJK character counts as two); longer lines break at phrase boundaries (10..200).').meta({ default: d.captions.max_chars }),
    max_lines: z.int().min(1).max(3).optional().describe('Most lines a caption shows at once (1..3); a longer line becomes several captions, each timed by its words.').meta({ default: d.captions.max_lines }),
  })
  .optional()
  .describe('Captions made from the real timing of the narration.');

const nemo = z
  .strictObject({
    poll_interval_s: z.number().positive().optional().describe('Seconds between status polls of a NemoVideo task.').meta({ default: d.nemo.poll_interval_s }),
    poll_limit: z.int().min(1).optional().describe('Most status polls before giving up on a task.').meta({ default: d.nemo.poll_limit }),
    sse_timeout_s: z.number().positive().optional().describe('Longest wait on the event stream of a task, seconds.').meta({ default: d.nemo.sse_timeout_s }),
    keepalive_timeout_s: z.number().positive().optional().describe('Longest stretch of keep-alives only (no events) on the message stream before the client stops reading it and polls the session state instead, seconds.').meta({ default: d.nemo.keepalive_timeout_s }),
    on_session_lost: z.enum(['redo', 'fail']).optional().describe('When the service loses the session (1002) after it accepted the message: redo the video once in a new session (the message is charged again; the report says so), or fail it.').meta({ default: d.nemo.on_session_lost }),
    compatible_copy: z.boolean().optional().describe('When the export is a file some players refuse (not H.264 yuv420p + AAC, or its index at the end), also write <name>.compat.mp4: the video re-encoded to H.264 yuv420p only when its format needs it, else remuxed, always with +faststart. <name>.mp4 stays the export, byte for byte.').meta({ default: d.nemo.compatible_copy }),
  })
  .optional()
  .describe('Settings of the nemo backend (the hosted NemoVideo pipeline).');

const openai = z
  .strictObject({
    model: z.string().min(1).optional().describe('Model of the OpenAI speech API: gpt-4o-mini-tts, tts-1, tts-1-hd, or a compatible server\'s (OPENAI_BASE_URL).').meta({ default: d.openai.model }),
    instructions: z.string().min(1).max(4096).optional().describe('How the voice speaks (tone, pace, accent); gpt-4o-mini-tts only, sent only when set.'),
  })
  .optional()
  .describe('Settings of the openai engine (voices openai:<name>); changing them speaks the lines again.');

const unit = (what: string) => z.number().min(0).max(1).optional().describe(`${what} (0..1); unset: the voice's own setting.`);

const elevenlabs = z
  .strictObject({
    model: z.string().min(1).optional().describe('ElevenLabs model id: eleven_multilingual_v2, eleven_flash_v2_5, eleven_turbo_v2_5, …').meta({ default: d.elevenlabs.model }),
    stability: unit('voice_settings.stability: higher is steadier, lower more expressive'),
    similarity_boost: unit('voice_settings.similarity_boost: how closely to keep to the original voice'),
    style: unit('voice_settings.style: style exaggeration'),
    use_speaker_boost: z.boolean().optional().describe("voice_settings.use_speaker_boost; unset: the voice's own setting."),
  })
  .optional()
  .describe('Settings of the elevenlabs engine (voices elevenlabs:<voice_id>); changing them speaks the lines again.');

/** Keys that `defaults` holds and every video may override. */
export const settingsShape = {
  backend: z.enum(['auto', 'local', 'nemo']).optional().describe('auto: nemo when a NemoVideo token is configured, else local (offline).').meta({ default: d.backend }),
  language: z.string().regex(LANGUAGE_PATTERN).optional().describe('Language of the narration, a tag like en, de or pt-BR.').meta({ default: d.language }),
  voice: z.string().min(1).optional().describe('Voice of the local backend: a voice id, an engine id (its best voice for the language) or auto; `voiceover voices` lists them.').meta({ default: d.voice }),
  instruction: z.string().min(1).optional().describe('Instruction sent to the nemo backend; ignored by the local backend.').meta({ default: d.instruction }),
  output,
  audio,
  music,
  captions,
  nemo,
  openai,
  elevenlabs,
  pronunciations: z
    .record(z.string(), z.string())
    .optional()
    .describe("How words are said: a word or term as written in scripts → the words an engine reads (`SQL: sequel`, `kubectl: cube control`). Whole-word and case-sensitive; a lowercase key also matches its capitalised form. Applied after the built-in text normalisation and over it, before every local engine; captions keep the written text. A video's map merges over defaults'."),
};

/** The `defaults` block. */
export const defaultsSchema = z.strictObject(settingsShape).describe('Settings every video starts from; each key may be overridden per video.');

/** One entry of `videos`. */
export const videoSchema = z
  .strictObject({
    name: z.string().regex(NAME_PATTERN).describe('Unique name, [a-z0-9][a-z0-9._-]*; used for output files and artifact names.'),
    video: z.string().min(1).optional().describe('Video file inside the repository, relative to the config file (or give url instead).'),
    url: z.url({ protocol: /^https?$/ }).optional().describe('http(s) address of the video (instead of video).'),
    script: z.string().min(1).describe('A script file relative to the config file (.txt or .md: text, .srt, .vtt), or inline text (`script: |`).'),
    ...settingsShape,
  })
  .describe('One video to narrate; any key of defaults may be overridden here.');

/** The whole config file, version 1. */
export const configSchema = z
  .strictObject({
    version: z.literal(1).describe('Config format version; must be 1.'),
    defaults: defaultsSchema.optional(),
    videos: z.array(videoSchema).min(1).describe('The videos to narrate.'),
  })
  .describe('voiceover config: which videos to narrate, with which scripts and settings.');

/** A config as written, after validation. */
export type ConfigInput = z.output<typeof configSchema>;
/** One `videos` entry as written, after validation. */
export type VideoInput = z.output<typeof videoSchema>;
