export const id = 863;
export const ids = [863];
export const modules = {

/***/ 31954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rs: () => (/* binding */ DEFAULT_MUSIC_VOLUME),
/* harmony export */   sk: () => (/* binding */ builtinDefaults),
/* harmony export */   vS: () => (/* binding */ defaultVoiceFor)
/* harmony export */ });
/** Volume of a music bed that gives no `volume`. */
const DEFAULT_MUSIC_VOLUME = 0.35;
/** A fresh copy of the built-in defaults, as DESIGN.md lists them. */
function builtinDefaults() {
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
function defaultVoiceFor(_language) {
    return builtinDefaults().voice;
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ LANGUAGE_PATTERN),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN)
/* harmony export */ });
/* unused harmony exports settingsShape, defaultsSchema, videoSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31954);
// The zod schema of a version-1 config file: the single source of validation and of the JSON Schema.


const d = (0,_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinDefaults */ .sk)();
/** Pattern a video name must match (it becomes file and artifact names). */
const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
/** Pattern of a language tag: `en`, `en-US`, `pt-BR`. */
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
const output = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    dir: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Folder for the narrated videos, captions and report.json, relative to the config file.').meta({ default: d.output.dir }),
    resolution: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['1080p', '720p', 'keep']).optional().describe('Output height: 1080p, 720p, or keep the source size.').meta({ default: d.output.resolution }),
    aspect: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['keep', '16:9', '9:16', '1:1']).optional().describe('Output aspect ratio; anything but keep pads the picture.').meta({ default: d.output.aspect }),
    quality: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['high', 'medium', 'draft']).optional().describe('Encoder quality when the video has to be re-encoded (draft is fastest).').meta({ default: d.output.quality }),
})
    .optional()
    .describe('Where and how the narrated video is written.');
const audio = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    loudness: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(-40).max(-5).optional().describe('Target integrated loudness of the mix, LUFS (-40..-5).').meta({ default: d.audio.loudness }),
    duck_db: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(40).optional().describe("How far the video's own sound is lowered under the voice, dB (0..40).").meta({ default: d.audio.duck_db }),
    max_stretch: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(1).max(2).optional().describe('Largest speed-up a line may get to fit its slot (1.15 = 15 % faster; 1..2).').meta({ default: d.audio.max_stretch }),
    overflow: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['extend', 'shift', 'error']).optional().describe('When a line still does not fit: extend the video (hold the last frame), shift later lines, or fail.').meta({ default: d.audio.overflow }),
})
    .optional()
    .describe('Voice timing and mix levels.');
const music = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Music file inside the repository, relative to the config file.'),
    volume: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).optional().describe('Linear gain of the music bed between lines (0..1).').meta({ default: _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MUSIC_VOLUME */ .Rs }),
})
    .nullable()
    .optional()
    .describe('Background music under the narration; null turns off a default bed for one video.');
const captions = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    sidecar: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['srt', 'vtt'])).optional().describe('Caption files written beside the video (a subset of srt, vtt; [] for none).').meta({ default: d.captions.sidecar }),
    burn: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('Burn the captions into the picture (forces a re-encode).').meta({ default: d.captions.burn }),
    words: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('Word-highlight captions: burned captions light up word by word (ASS karaoke) and the VTT gets inline word timestamps (SRT stays plain).').meta({ default: d.captions.words }),
    max_chars: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(10).max(200).optional().describe('Longest caption line, in characters (a wide CJK character counts as two); longer lines break at phrase boundaries (10..200).').meta({ default: d.captions.max_chars }),
    max_lines: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).max(3).optional().describe('Most lines a caption shows at once (1..3); a longer line becomes several captions, each timed by its words.').meta({ default: d.captions.max_lines }),
})
    .optional()
    .describe('Captions made from the real timing of the narration.');
const nemo = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    poll_interval_s: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe('Seconds between status polls of a NemoVideo task.').meta({ default: d.nemo.poll_interval_s }),
    poll_limit: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).optional().describe('Most status polls before giving up on a task.').meta({ default: d.nemo.poll_limit }),
    sse_timeout_s: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe('Longest wait on the event stream of a task, seconds.').meta({ default: d.nemo.sse_timeout_s }),
    keepalive_timeout_s: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe('Longest stretch of keep-alives only (no events) on the message stream before the client stops reading it and polls the session state instead, seconds.').meta({ default: d.nemo.keepalive_timeout_s }),
    on_session_lost: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['redo', 'fail']).optional().describe('When the service loses the session (1002) after it accepted the message: redo the video once in a new session (the message is charged again; the report says so), or fail it.').meta({ default: d.nemo.on_session_lost }),
    compatible_copy: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('When the export is a file some players refuse (not H.264 yuv420p + AAC, or its index at the end), also write <name>.compat.mp4: the video re-encoded to H.264 yuv420p only when its format needs it, else remuxed, always with +faststart. <name>.mp4 stays the export, byte for byte.').meta({ default: d.nemo.compatible_copy }),
})
    .optional()
    .describe('Settings of the nemo backend (the hosted NemoVideo pipeline).');
const openai = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Model of the OpenAI speech API: gpt-4o-mini-tts, tts-1, tts-1-hd, or a compatible server\'s (OPENAI_BASE_URL).').meta({ default: d.openai.model }),
    instructions: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(4096).optional().describe('How the voice speaks (tone, pace, accent); gpt-4o-mini-tts only, sent only when set.'),
})
    .optional()
    .describe('Settings of the openai engine (voices openai:<name>); changing them speaks the lines again.');
const unit = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).optional().describe(`${what} (0..1); unset: the voice's own setting.`);
const elevenlabs = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('ElevenLabs model id: eleven_multilingual_v2, eleven_flash_v2_5, eleven_turbo_v2_5, …').meta({ default: d.elevenlabs.model }),
    stability: unit('voice_settings.stability: higher is steadier, lower more expressive'),
    similarity_boost: unit('voice_settings.similarity_boost: how closely to keep to the original voice'),
    style: unit('voice_settings.style: style exaggeration'),
    use_speaker_boost: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe("voice_settings.use_speaker_boost; unset: the voice's own setting."),
})
    .optional()
    .describe('Settings of the elevenlabs engine (voices elevenlabs:<voice_id>); changing them speaks the lines again.');
/** Keys that `defaults` holds and every video may override. */
const settingsShape = {
    backend: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto', 'local', 'nemo']).optional().describe('auto: nemo when a NemoVideo token is configured, else local (offline).').meta({ default: d.backend }),
    language: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(LANGUAGE_PATTERN).optional().describe('Language of the narration, a tag like en, de or pt-BR.').meta({ default: d.language }),
    voice: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Voice of the local backend: a voice id, an engine id (its best voice for the language) or auto; `voiceover voices` lists them.').meta({ default: d.voice }),
    instruction: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Instruction sent to the nemo backend; ignored by the local backend.').meta({ default: d.instruction }),
    output,
    audio,
    music,
    captions,
    nemo,
    openai,
    elevenlabs,
    pronunciations: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
        .optional()
        .describe("How words are said: a word or term as written in scripts → the words an engine reads (`SQL: sequel`, `kubectl: cube control`). Whole-word and case-sensitive; a lowercase key also matches its capitalised form. Applied after the built-in text normalisation and over it, before every local engine; captions keep the written text. A video's map merges over defaults'."),
};
/** The `defaults` block. */
const defaultsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej(settingsShape).describe('Settings every video starts from; each key may be overridden per video.');
/** One entry of `videos`. */
const videoSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(NAME_PATTERN).describe('Unique name, [a-z0-9][a-z0-9._-]*; used for output files and artifact names.'),
    video: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Video file inside the repository, relative to the config file (or give url instead).'),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: /^https?$/ }).optional().describe('http(s) address of the video (instead of video).'),
    script: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('A script file relative to the config file (.txt or .md: text, .srt, .vtt), or inline text (`script: |`).'),
    ...settingsShape,
})
    .describe('One video to narrate; any key of defaults may be overridden here.');
/** The whole config file, version 1. */
const configSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1).describe('Config format version; must be 1.'),
    defaults: defaultsSchema.optional(),
    videos: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(videoSchema).min(1).describe('The videos to narrate.'),
})
    .describe('voiceover config: which videos to narrate, with which scripts and settings.');


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sr: () => (/* binding */ ERRORS),
/* harmony export */   Uu: () => (/* binding */ toVoiceoverError),
/* harmony export */   pF: () => (/* binding */ VoiceoverError)
/* harmony export */ });
/* unused harmony export fillTemplate */
// The one error registry: every failure a person can see has a code, a message, a hint,
// an exit status and an annotation title. test/core/errors.test.ts checks each is documented.
/** Every error code of the project. Add a row here, and a line in README's error table. */
const ERRORS = {
    CONFIG_INVALID: {
        title: 'Invalid voiceover config',
        message: '{detail}',
        hint: '{hint}',
        exit: 2,
    },
    CONFIG_NOT_FOUND: {
        title: 'Config file not found',
        message: 'config file {file} does not exist',
        hint: 'create it (see voiceover.config.example.yml) or pass its path: voiceover run path/to/voiceover.config.yml',
        exit: 2,
    },
    SCRIPT_INVALID: {
        title: 'Invalid voiceover script',
        message: '{detail}',
        hint: '{hint}',
        exit: 2,
    },
    INPUT_NOT_FOUND: {
        title: 'Input file missing',
        message: '{file} does not exist',
        hint: 'check the path in the config; paths are relative to the config file',
        exit: 1,
    },
    INPUT_UNSUPPORTED: {
        title: 'Unsupported input',
        message: '{file}: {detail}',
        hint: 'use a video (mp4 mov avi webm mkv), an image (jpg png gif webp) or audio (mp3 wav m4a aac)',
        exit: 1,
    },
    INPUT_CORRUPT: {
        title: 'Unreadable input',
        message: '{file} could not be read as media: {detail}',
        hint: 'the file is corrupt or truncated; re-export it and commit it again (check it with: ffprobe {file})',
        exit: 1,
    },
    FFMPEG_NOT_FOUND: {
        title: 'ffmpeg not found',
        message: '{program} was not found',
        hint: 'install ffmpeg (apt-get install ffmpeg), set {env}=/path/to/{program}, or run npm ci so the bundled @ffmpeg-installer/@ffprobe-installer binaries are present',
        exit: 1,
    },
    FFMPEG_FAILED: {
        title: 'ffmpeg failed',
        message: '{detail}',
        hint: 'the last lines of ffmpeg output are in the error; run with the same input by hand to reproduce',
        exit: 1,
    },
    TTS_FAILED: {
        title: 'Speech synthesis failed',
        message: 'voice {voice} could not speak line {line}: {detail}',
        hint: 'try another voice (voiceover voices) or simplify the line',
        exit: 1,
    },
    TTS_UNAVAILABLE: {
        title: 'No voice for this language',
        message: '{detail}',
        hint: '{hint}',
        exit: 2,
    },
    TTS_KEY_MISSING: {
        title: 'Cloud voice needs an API key',
        message: 'voice {voice} needs an API key: {variable} is not set',
        hint: 'set {variable} (in a workflow: a repository secret passed as the action input {input}), or pick a local voice (voiceover voices)',
        exit: 1,
    },
    TTS_AUTH: {
        title: 'Cloud voice key refused',
        message: '{service} refused the API key in {variable} (HTTP {status}): {detail}',
        hint: 'check {variable} (in a workflow: the secret passed as the action input {input}): a valid key, of an account with access to this model and voice',
        exit: 1,
    },
    TTS_RATE_LIMITED: {
        title: 'Cloud voice rate limit',
        message: '{service} kept answering "too many requests" after {tries} tries: {detail}',
        hint: 'wait a few minutes and run again (lines already spoken are cached and not sent again); with many videos, lower the concurrency, or raise the limits of your plan',
        exit: 1,
    },
    TTS_REQUEST: {
        title: 'Cloud voice request refused',
        message: '{service} refused the request (HTTP {status}): {detail}',
        hint: 'check the voice id and the model and options in the config ({engine}: …); the message is the service\'s own',
        exit: 1,
    },
    TTS_SERVICE: {
        title: 'Cloud voice service error',
        message: '{service} failed after {tries} tries: {detail}',
        hint: 'check that {url} is reachable from here; a slow server may need a longer VOICEOVER_TTS_TIMEOUT_S (seconds; default 60, or 0.03 a character for longer texts); run again later (lines already spoken are cached)',
        exit: 1,
    },
    SHERPA_SETUP_FAILED: {
        title: 'sherpa-onnx not installed',
        message: 'natural voices need {spec}, and installing it failed: {detail}',
        hint: 'the action installs it with npm (on GitHub-hosted runners); on a self-hosted runner add actions/setup-node before this step, or run `npm install --prefix /opt/sherpa {spec}` and set VOICEOVER_SHERPA_ONNX_DIR=/opt/sherpa; or pick a Flite voice (voice: slt)',
        exit: 1,
    },
    VOICE_DOWNLOAD: {
        title: 'Voice download failed',
        message: 'voice {voice} could not be downloaded from {url}: {detail}',
        hint: 'check the network (or set VOICEOVER_VOICES_URL to a mirror), or download {url} by hand and run: voiceover voices install --from FILE',
        exit: 1,
    },
    VOICE_CHECKSUM: {
        title: 'Voice download does not match its pin',
        message: 'voice {voice}: {file} {detail}',
        hint: 'the download was discarded and nothing was installed; try again, or check the mirror (VOICEOVER_VOICES_URL); a file brought with --from must be the one the catalogue pins ({url})',
        exit: 1,
    },
    VOICE_STORE_UNWRITABLE: {
        title: 'Voice store not writable',
        message: 'the voice store {dir} is not writable: {detail}',
        hint: 'set VOICEOVER_VOICES_DIR to a writable folder (or XDG_CACHE_HOME), or fix the folder\'s permissions',
        exit: 1,
    },
    VOICE_ARCHIVE_INVALID: {
        title: 'Not a voice archive',
        message: '{file}: {detail}',
        hint: 'give a sherpa-onnx TTS archive (.tar.bz2 or its unpacked folder: model .onnx, tokens.txt, espeak-ng-data/; Kokoro adds voices.bin) or a Piper pair (NAME.onnx with NAME.onnx.json beside it)',
        exit: 2,
    },
    OVERFLOW: {
        title: 'Narration does not fit',
        message: 'line {line} needs {need_s}s but only {have_s}s are free before the next cue, even at max_stretch {max_stretch}',
        hint: 'shorten the line, move its cue earlier, raise audio.max_stretch, or set audio.overflow: extend | shift',
        exit: 1,
    },
    OUTPUT_INVALID: {
        title: 'Output failed verification',
        message: '{file}: {detail}',
        hint: 'this is a bug in the pipeline; please report it with the input file and the report.json',
        exit: 1,
    },
    BACKEND_UNAVAILABLE: {
        title: 'Backend not available',
        message: '{detail}',
        hint: '{hint}',
        exit: 2,
    },
    NEMO_AUTH: {
        title: 'NemoVideo token refused',
        message: 'the NemoVideo service refused the token (bad or expired) on the {call} call: {detail}',
        hint: 'set NEMO_TOKEN to a valid NemoVideo token (in a workflow: a repository secret passed as NEMO_TOKEN), or unset it to use an anonymous token',
        exit: 1,
    },
    NEMO_SESSION_LOST: {
        title: 'NemoVideo session lost',
        message: 'the NemoVideo session of this video was lost: {detail}',
        hint: 'the message was not sent again, so it is not charged twice; check the task page {link}; running again first tries this session, and only if the service no longer has it starts over (that sends and charges the message once more)',
        exit: 1,
    },
    NEMO_NO_CREDITS: {
        title: 'Out of NemoVideo credits',
        message: 'not enough NemoVideo credits: {detail}; nothing was rendered',
        hint: 'top up credits at {web} and run again',
        exit: 1,
    },
    NEMO_UNSUPPORTED_FILE: {
        title: 'File type not accepted by NemoVideo',
        message: '{file}: the NemoVideo service does not accept this file ({detail})',
        hint: 'the service accepts {accepted}; convert the file (e.g. ffmpeg -i {file} out.mp4) and point the config line at it',
        exit: 1,
    },
    NEMO_FILE_TOO_LARGE: {
        title: 'File too large for NemoVideo',
        message: '{file} is larger than the NemoVideo service accepts ({detail})',
        hint: 'the limit is {limit} a file: compress it (ffmpeg -i {file} -c:v libx264 -crf 28 -preset veryfast -c:a aac smaller.mp4) or trim it, then point the config at the smaller file',
        exit: 1,
    },
    NEMO_URL_FETCH: {
        title: 'NemoVideo could not fetch the video URL',
        message: 'the NemoVideo service could not fetch the video URL {url}: {detail}',
        hint: 'the service downloads the URL itself, from its own network: check that the URL is public and answers with the video file (HTTP 200, no login), or download the video and point the config line at the local file (video: path/to/file.mp4)',
        exit: 1,
    },
    NEMO_PLAN_BLOCKED: {
        title: 'Export not available on this plan',
        message: 'the NemoVideo service refused the export (HTTP 402): {detail}',
        hint: 'this is the plan, not credits: register or upgrade at {web} to unlock export',
        exit: 1,
    },
    NEMO_SCOPE: {
        title: 'NemoVideo token lacks a scope',
        message: 'the NemoVideo token lacks the {scope} scope needed for the {call} call: {detail}',
        hint: 'create a token with the {scope} scope (this tool needs read, write, upload and render) and set it as NEMO_TOKEN',
        exit: 1,
    },
    NEMO_RATE_LIMITED: {
        title: 'NemoVideo rate limit',
        message: 'the NemoVideo service kept answering "too many requests" on the {call} call, after one wait: {detail}',
        hint: 'wait a few minutes and run again; with many videos, lower the concurrency',
        exit: 1,
    },
    NEMO_SERVICE: {
        title: 'NemoVideo service error',
        message: 'the NemoVideo {call} call failed: {detail}',
        hint: 'reads and uploads were retried with backoff; check that {api} is reachable from here and run again later',
        exit: 1,
    },
    NEMO_TIMEOUT: {
        title: 'NemoVideo took too long',
        message: 'gave up waiting: {detail}',
        hint: 'raise nemo.poll_limit or nemo.poll_interval_s in the config, and check the task page {link}; running again picks up the same session without sending the message again (keep the output folder\'s .voiceover folder)',
        exit: 1,
    },
    NEMO_NOTHING_TO_EXPORT: {
        title: 'NemoVideo made no timeline',
        message: 'the NemoVideo service answered but made nothing new to export: {detail}',
        hint: 'act on what the service said (check the voice, language and script in the config), then run again; the task page is {link}; if nothing in the config changed, a run resumes the same session and fails the same way: run with --force to forget that session and send the message again (it is charged again)',
        exit: 1,
    },
    NEMO_RENDER_FAILED: {
        title: 'NemoVideo export failed',
        message: 'the NemoVideo export failed twice (each time with a new render id): {detail}',
        hint: 'open the task page {link} to see the timeline and export it there, or run again later: the next run exports the same session\'s timeline without sending the message again (keep the output folder\'s .voiceover folder)',
        exit: 1,
    },
    NEMO_DOWNLOAD_FAILED: {
        title: 'NemoVideo download failed',
        message: 'the exported video could not be downloaded intact after two tries: {detail}',
        hint: 'download the export from the task page {link}, or run again: the next run exports the same session\'s timeline without sending the message again (keep the output folder\'s .voiceover folder)',
        exit: 1,
    },
    CANCELED: {
        title: 'Canceled',
        message: '{detail}',
        hint: 'the run was interrupted; run it again to finish the remaining videos',
        exit: 1,
    },
    INTERNAL: {
        title: 'Unexpected error',
        message: '{detail}',
        hint: 'this is a bug; please report it with the command and report.json',
        exit: 1,
    },
};
/** Fill `{name}` placeholders; unknown names stay visible rather than vanish. */
function fillTemplate(template, params) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => key in params && params[key] !== undefined ? String(params[key]) : whole);
}
/** The project's typed error: a registry code plus the filled message and hint. */
class VoiceoverError extends Error {
    code;
    hint;
    title;
    exitCode;
    location;
    /** The remote service's own error number, when a backend reported one. */
    backendCode;
    constructor(code, params = {}, options = {}) {
        const spec = ERRORS[code];
        super(fillTemplate(spec.message, params), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'VoiceoverError';
        this.code = code;
        this.title = spec.title;
        this.hint = options.hint ?? fillTemplate(spec.hint, params);
        this.exitCode = spec.exit;
        this.location = options.location ?? {};
        this.backendCode = options.backendCode;
    }
}
/** Wrap anything thrown into a VoiceoverError, keeping the original as `cause`. */
function toVoiceoverError(error) {
    if (error instanceof VoiceoverError)
        return error;
    if (error instanceof Error && error.name === 'AbortError') {
        return new VoiceoverError('CANCELED', { detail: error.message }, { cause: error });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new VoiceoverError('INTERNAL', { detail }, { cause: error });
}


/***/ }),

/***/ 64561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xr: () => (/* binding */ annotationText),
  fy: () => (/* binding */ configAnnotations),
  JU: () => (/* binding */ errorTitle),
  rb: () => (/* binding */ failureAnnotations),
  AH: () => (/* binding */ foldAnnotations),
  HQ: () => (/* binding */ warningAnnotations)
});

// UNUSED EXPORTS: ANNOTATION_LIMIT, workspacePath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/warnings.ts
// Warnings about a delivered video: it is there, but a person should know something (some players
// refuse it, it was charged twice). Each has a code and an annotation title here; the message and
// the fix are written where the warning is raised. report.json lists them per item (`warnings`).
/** Every warning code a delivered item may carry, with the title its annotation shows. */
const WARNINGS = {
    EXPORT_PLAYER_COMPAT: { title: 'Video some players refuse' },
    EXPORT_NO_FASTSTART: { title: 'Video must download fully before it plays' },
    NEMO_SESSION_REDONE: { title: 'NemoVideo message charged again' },
};
/** The title of a warning code (unknown codes, from other versions' reports, show as themselves). */
function warningTitle(code) {
    return WARNINGS[code]?.title ?? code;
}

;// CONCATENATED MODULE: ./src/github/annotations.ts
// Pure builders of annotations: config diagnostics, failed videos and delivered videos' warnings, at their file and line,
// folded past GitHub's limit of 10 errors and 10 warnings shown per step.



/** GitHub shows at most this many errors, and as many warnings, per step. */
const ANNOTATION_LIMIT = 10;
const withHint = (message, hint) => (hint ? `${message} (hint: ${hint})` : message);
/** A path as annotations need it: relative to the workspace, POSIX separators. */
function workspacePath(workspace, file) {
    const rel = external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, file));
    return rel.split((external_node_path_default()).sep).join('/');
}
/** The registry's title for a code (codes added by backends included), else the code itself. */
function errorTitle(code) {
    return errors/* ERRORS */.Sr[code]?.title ?? code;
}
/** Config diagnostics (file:line:col), paths made relative to the workspace. */
function configAnnotations(diagnostics, workspace, errorTitle = errors/* ERRORS */.Sr.CONFIG_INVALID.title) {
    return diagnostics.map((d) => ({
        level: d.severity,
        title: d.severity === 'error' ? errorTitle : 'Voiceover config warning',
        message: withHint(d.message, d.hint),
        file: workspacePath(workspace, d.file),
        line: d.line,
        col: d.col,
    }));
}
/** One titled error per failed video, at the file and line its error points to (paths in the report are relative to the config's folder). */
function failureAnnotations(items, configDir, workspace) {
    return items.flatMap((item) => {
        const error = item.error;
        if (item.status !== 'failed' || !error)
            return [];
        const backend = error.backend_code !== undefined ? ` [${error.backend_code}]` : '';
        return [{
                level: 'error',
                title: errorTitle(error.code),
                message: withHint(`${item.name}: ${error.message}${backend}`, error.hint),
                file: workspacePath(workspace, external_node_path_default().resolve(configDir, error.file)),
                ...(error.line !== null ? { line: error.line } : {}),
            }];
    });
}
/** One titled warning per warning of a video delivered in this run, at that video's config line. */
function warningAnnotations(items, configDir, workspace) {
    return items.flatMap((item) => item.status !== 'delivered'
        ? []
        : (item.warnings ?? []).map((w) => ({
            level: 'warning',
            title: warningTitle(w.code),
            message: withHint(`${item.name}: ${w.message}`, w.hint),
            file: workspacePath(workspace, external_node_path_default().resolve(configDir, w.file)),
            ...(w.line !== null ? { line: w.line } : {}),
        })));
}
/**
 * Keep at most `limit` errors and `limit` warnings: past that, the last shown one says how many more the
 * summary lists. `reserveError` keeps room for the step's own failure message (also an error annotation),
 * `reserveWarning` for one warning issued later (the pull request comment's).
 */
function foldAnnotations(all, options = {}) {
    const shown = [];
    const folded = [];
    for (const level of ['error', 'warning', 'notice']) {
        const ofLevel = all.filter((a) => a.level === level);
        const reserved = (level === 'error' && options.reserveError) || (level === 'warning' && options.reserveWarning) ? 1 : 0;
        const limit = (options.limit ?? ANNOTATION_LIMIT) - reserved;
        if (level === 'notice' || ofLevel.length <= limit) {
            shown.push(...ofLevel);
            continue;
        }
        shown.push(...ofLevel.slice(0, limit - 1));
        const rest = ofLevel.slice(limit - 1);
        folded.push(...rest);
        shown.push({
            level,
            title: level === 'error' ? `${rest.length} more errors` : `${rest.length} more warnings`,
            message: `${rest.length} more ${level === 'error' ? 'errors' : 'warnings'} are listed in the job summary: ${rest.map((a) => (a.file ? `${a.file}:${a.line ?? 1}` : a.title)).join(', ')}`,
        });
    }
    return { shown, folded };
}
/** `file:line:col title: message`, as the summary lists folded annotations. */
function annotationText(a) {
    const at = a.file ? `${a.file}:${a.line ?? 1}${a.col ? `:${a.col}` : ''} ` : '';
    return `${at}${a.title}: ${a.message}`;
}


/***/ }),

/***/ 68036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ pickResultsArtifacts),
/* harmony export */   Q0: () => (/* binding */ missingShards),
/* harmony export */   aK: () => (/* binding */ resultsArtifactName),
/* harmony export */   dc: () => (/* binding */ videoArtifactName)
/* harmony export */ });
/* unused harmony export RESULTS_SEPARATOR */
// Pure artifact names: videos `<prefix>-<video>[-<k>of<n>][-attempt<a>]`, results
// `<prefix>~results[-<k>of<n>][-attempt<a>]`, so shards and re-runs never collide. Neither a prefix
// ([A-Za-z0-9._-]) nor a video name ([a-z0-9._-]) can hold `~`, so no video (not even one named
// `results`) can take a results artifact's name.
/** Between the prefix and `results` in a results artifact's name: a character no prefix or video name holds. */
const RESULTS_SEPARATOR = '~';
/** Suffix for a shard (`2/4` → `-2of4`) and a re-run attempt (`-attempt2`). */
function suffix(shard, attempt) {
    const s = shard ? `-${shard.replace('/', 'of')}` : '';
    return attempt > 1 ? `${s}-attempt${attempt}` : s;
}
/** Artifact name characters GitHub refuses, replaced. */
const clean = (name) => name.replace(/[":<>|*?\\/\r\n]/g, '_');
/** The artifact of one video (MP4 plus captions). */
function videoArtifactName(prefix, video, shard, attempt) {
    return clean(`${prefix}-${video}${suffix(shard, attempt)}`);
}
/** The artifact holding a run's (or shard's) results.json. */
function resultsArtifactName(prefix, shard, attempt) {
    return clean(`${prefix}${RESULTS_SEPARATOR}results${suffix(shard, attempt)}`);
}
/** From a list of artifact names: the results artifacts of `prefix`, the latest attempt of each shard. */
function pickResultsArtifacts(artifacts, prefix) {
    const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${RESULTS_SEPARATOR}results(?:-(\\d+)of(\\d+))?(?:-attempt(\\d+))?$`);
    const best = new Map();
    for (const artifact of artifacts) {
        const match = pattern.exec(artifact.name);
        if (!match)
            continue;
        const shard = match[1] ? `${Number(match[1])}/${Number(match[2])}` : null;
        const key = shard ?? 'single';
        const attempt = Number(match[3] ?? 1);
        const seen = best.get(key);
        if (!seen || attempt > seen.attempt || (attempt === seen.attempt && artifact.id > seen.artifact.id))
            best.set(key, { artifact, attempt, shard });
    }
    return [...best.values()]
        .map((b) => ({ ...b.artifact, shard: b.shard }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}
/**
 * Which shards are missing from the picked ones: every shard k of 1..n must be there, with one n for
 * all (or a single job's results alone). Each problem is one sentence naming the shard.
 */
function missingShards(picked) {
    if (picked.length === 0)
        return ['no results artifact was found'];
    const shards = picked.map((p) => p.shard).filter((s) => s !== null);
    if (shards.length === 0)
        return [];
    const problems = [];
    if (shards.length < picked.length)
        problems.push('results of a single job are mixed with results of shards');
    const counts = [...new Set(shards.map((s) => Number(s.split('/')[1])))].sort((a, b) => a - b);
    if (counts.length > 1)
        problems.push(`the shards disagree on their number (${counts.map((n) => `of ${n}`).join(', ')})`);
    const n = counts.at(-1);
    const present = new Set(shards.filter((s) => Number(s.split('/')[1]) === n).map((s) => Number(s.split('/')[0])));
    for (let k = 1; k <= n; k++)
        if (!present.has(k))
            problems.push(`shard ${k}/${n} has no results artifact`);
    return problems;
}


/***/ }),

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ isArtifactConflict),
/* harmony export */   Rj: () => (/* binding */ artifactsAvailable),
/* harmony export */   Wk: () => (/* binding */ artifactUrl),
/* harmony export */   Xd: () => (/* binding */ downloadResults),
/* harmony export */   Zn: () => (/* binding */ uploadFiles),
/* harmony export */   g4: () => (/* binding */ uploadResults),
/* harmony export */   ln: () => (/* binding */ ARTIFACT_CONFLICT_TITLE),
/* harmony export */   oJ: () => (/* binding */ artifactConflictMessage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Upload and download artifacts through @actions/artifact (loaded lazily: it is most of the bundle).



/** Whether this runner can upload artifacts at all (runtime token and results service set). */
function artifactsAvailable(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
async function client() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(131), __webpack_require__.e(351), __webpack_require__.e(30), __webpack_require__.e(118), __webpack_require__.e(744), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
    return new DefaultArtifactClient();
}
/** The annotation title of an artifact whose name another job of this run already took. */
const ARTIFACT_CONFLICT_TITLE = 'Voiceover artifact name taken';
/**
 * Whether an upload failed because the run already holds an artifact of that name: the service answers
 * 409 (`already_exists`), which @actions/artifact reports as "Failed request: (409) Conflict".
 */
function isArtifactConflict(error) {
    const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
    return /\(409\)|ArtifactConflict|already exists/i.test(text);
}
/** What to tell a person when the name `name` is taken (two jobs of one run with the same artifact-prefix). */
function artifactConflictMessage(name) {
    return `an artifact named ${name} already exists in this run; set a distinct artifact-prefix per job (e.g. \${{ github.job }}-\${{ matrix.os }})`;
}
/** The page of an artifact. */
function artifactUrl(target, id) {
    return `${target.serverUrl}/${target.owner}/${target.repo}/actions/runs/${target.runId}/artifacts/${id}`;
}
/** Upload files (absolute paths under `root`) as one zipped artifact. */
async function uploadFiles(target, name, files, root) {
    const artifacts = await client();
    const { id } = await artifacts.uploadArtifact(name, [...files], root, {
        ...(target.retentionDays !== undefined ? { retentionDays: target.retentionDays } : {}),
        // MP4 and captions hardly compress; don't spend the time.
        compressionLevel: 0,
    });
    if (id === undefined)
        throw new Error(`artifact ${name}: the upload returned no id`);
    return { name, id, url: artifactUrl(target, id) };
}
/** Upload results.json as its own artifact. */
async function uploadResults(target, name, results) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'voiceover-results-'));
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'results.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(results)}\n`);
    return uploadFiles(target, name, [file], dir);
}
const reason = (error) => (error instanceof Error ? error.message : String(error));
/** Download every results artifact of a run (the latest attempt of each shard); one unreadable artifact does not stop the others. */
async function downloadResults(source, pick, parse) {
    const artifacts = await client();
    const findBy = source.rest
        ? { findBy: { token: source.rest.token, workflowRunId: source.rest.runId, repositoryOwner: source.rest.owner, repositoryName: source.rest.repo } }
        : {};
    const { artifacts: all } = await artifacts.listArtifacts(findBy);
    const chosen = pick(all);
    const settled = await Promise.allSettled(chosen.map(async (artifact) => {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'voiceover-download-'));
        await artifacts.downloadArtifact(artifact.id, { path: dir, ...findBy });
        const file = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).find((f) => f === 'results.json');
        if (!file)
            throw new Error('it holds no results.json');
        return parse(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, file), 'utf8')));
    }));
    const done = { listed: all.map((a) => ({ name: a.name, id: a.id })), parts: [], unreadable: [] };
    settled.forEach((outcome, i) => {
        const artifact = chosen[i];
        if (outcome.status === 'fulfilled')
            done.parts.push({ artifact: artifact.name, shard: artifact.shard, results: outcome.value });
        else
            done.unreadable.push({ artifact: artifact.name, shard: artifact.shard, reason: reason(outcome.reason) });
    });
    return done;
}


/***/ }),

/***/ 47987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   p$: () => (/* binding */ LEGACY_COMMENT_MARKER)
/* harmony export */ });
/* unused harmony export COMMENT_MARKER */
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64561);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70168);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70617);
/* harmony import */ var _summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42009);
/* harmony import */ var _sync_figures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29764);
// Pure builder of the sticky pull-request comment: found again by its hidden marker (one per artifact
// prefix). Free text is shown as code spans: in the workflow_run pattern it comes from an untrusted run.





/** The hidden marker of the comment of workflows using artifact prefix `prefix`. */
function commentMarker(prefix) {
    return `<!-- voiceover-action prefix=${prefix} -->`;
}
/** The marker of the default prefix. */
const COMMENT_MARKER = commentMarker('voiceover');
/** The marker comments had before it named the prefix (still adopted for the default prefix). */
const LEGACY_COMMENT_MARKER = '<!-- voiceover-action -->';
/** GitHub refuses comments over 65536 characters; keep under it. */
const COMMENT_LIMIT = 60_000;
/** At most this many problems are listed (the job summary has them all). */
const PROBLEMS_SHOWN = 10;
/** The comment's markdown, starting with the marker. */
function commentBody(results, options = {}) {
    const { report, videos } = results;
    const counts = (0,_results_js__WEBPACK_IMPORTED_MODULE_2__/* .statusCounts */ .r)(report.items);
    const lines = [
        commentMarker(options.prefix ?? 'voiceover'),
        '### Voiceover',
        '',
        `**${counts.delivered} delivered · ${counts.failed} failed · ${counts.skipped} skipped**${options.sha ? ` for ${options.sha.slice(0, 7)}` : ''}`,
        '',
    ];
    if (results.failure) {
        lines.push(`❌ Nothing was run: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(results.failure)}`);
        const problems = results.problems.slice(0, PROBLEMS_SHOWN).map((p) => `- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(p)}`);
        if (problems.length)
            lines.push('', ...problems);
        if (results.problems.length > PROBLEMS_SHOWN)
            lines.push(`- … ${results.problems.length - PROBLEMS_SHOWN} more in the job summary`);
    }
    else if (report.items.length) {
        // Measured: on the delivered file (onset error against the plan, loudness, true peak, clipped samples).
        lines.push('| Video | Status | Duration | Measured | Links |', '|---|---|---|---|---|');
        for (const item of report.items) {
            lines.push(`| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(item.name)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .statusLabel */ .Rh)(item.status)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(item.duration_s)} | ${(0,_sync_figures_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMeasured */ .U6)(item)} | ${(0,_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .videoLinks */ .rj)(item, videos[item.name])} |`);
        }
    }
    else {
        lines.push('No video changed, so none was narrated.');
    }
    const missing = results.missing ?? [];
    if (missing.length) {
        lines.push('', '**Missing results**', '');
        for (const m of missing)
            lines.push(`- ❌ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(m)}`);
    }
    const failed = report.items.filter((i) => i.status === 'failed' && i.error);
    if (failed.length) {
        lines.push('', '**Failures**', '');
        for (const item of failed)
            lines.push(`- **${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(item.name)}** · ${(0,_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .errorTitle */ .JU)(item.error.code)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(item.error.message)} (hint: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(item.error.hint)})`);
    }
    if (results.notRun.length)
        lines.push('', `Not run: ${results.notRun.map((n) => `\`${n.name}\``).join(', ')}`);
    if (options.runUrl)
        lines.push('', `Details: [job summary](${options.runUrl})`);
    let body = `${lines.join('\n')}\n`;
    if (body.length > COMMENT_LIMIT)
        body = `${body.slice(0, COMMENT_LIMIT)}\n\n… cut: see the job summary.\n`;
    return body;
}


/***/ }),

/***/ 83123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ emitAnnotations)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
// Print annotations through @actions/core (workflow commands on stdout).

/** Issue each annotation as ::error / ::warning / ::notice with its file, line, column and title. */
function emitAnnotations(annotations) {
    for (const a of annotations) {
        const props = { title: a.title };
        if (a.file)
            props.file = a.file;
        if (a.line !== undefined)
            props.startLine = a.line;
        if (a.col !== undefined)
            props.startColumn = a.col;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__[a.level](a.message, props);
    }
}


/***/ }),

/***/ 70168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Rh: () => (/* binding */ statusLabel),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   rT: () => (/* binding */ formatLoudness)
/* harmony export */ });
// Small pure formatters shared by the summary and the comment.
/** 75.25 → "1:15.3"; null → "—". */
function formatDuration(seconds) {
    if (seconds === null || seconds === undefined || !Number.isFinite(seconds))
        return '—';
    const tenths = Math.round(seconds * 10);
    const m = Math.floor(tenths / 600);
    const s = (tenths % 600) / 10;
    return `${m}:${s < 10 ? '0' : ''}${s.toFixed(1)}`;
}
/** 1536000 → "1.5 MB"; null → "—". */
function formatSize(bytes) {
    if (bytes === null || bytes === undefined)
        return '—';
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} kB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
/** A loudness figure is shown only when it was measured (a nemo video's may be null, or NaN in older results). */
const measured = (x) => typeof x === 'number' && Number.isFinite(x);
/** {integrated_lufs: -16.04, true_peak_dbtp: -1.52} → "-16.0 LUFS, -1.5 dBTP"; not measured → "—". */
function formatLoudness(loudness) {
    if (!loudness || !measured(loudness.integrated_lufs))
        return '—';
    const peak = measured(loudness.true_peak_dbtp) ? `, ${loudness.true_peak_dbtp.toFixed(1)} dBTP` : '';
    return `${loudness.integrated_lufs.toFixed(1)} LUFS${peak}`;
}
/** Text safe inside a markdown table cell. */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The status as shown to people. */
function statusLabel(status) {
    return { delivered: '✅ delivered', skipped: '⏭️ skipped', failed: '❌ failed' }[status];
}
/**
 * Free text (possibly from an untrusted run) as an inline code span: no markdown, HTML, links or
 * @mentions take effect inside it. In a table cell `|` is escaped too (GitHub tables split on it first).
 */
function codeSpan(text, options = {}) {
    let flat = text.replace(/\r\n|\r|\n/g, ' ').trim();
    if (!flat)
        return '';
    if (options.inTable)
        flat = flat.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = longest > 0 ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}


/***/ }),

/***/ 9185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oh: () => (/* binding */ failureMessage),
  mk: () => (/* binding */ publish)
});

// UNUSED EXPORTS: FORK_NOTE, shouldComment

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/github/comment-body.ts
var comment_body = __webpack_require__(47987);
// EXTERNAL MODULE: ./src/github/event-context.ts
var event_context = __webpack_require__(12641);
// EXTERNAL MODULE: ./src/github/results.ts
var github_results = __webpack_require__(70617);
;// CONCATENATED MODULE: ./src/github/outputs.ts
// The step's outputs: pure values from the results, then set through @actions/core.


/** The `results` output stays under this many bytes (GitHub keeps 1 MB of outputs per job). */
const RESULTS_OUTPUT_LIMIT_BYTES = 900 * 1000;
/** The summary's note when the `results` output had to be cut. */
const RESULTS_OUTPUT_NOTE = 'The `results` output was too large, so it leaves out each video\'s `lines` (and past that, everything but names and statuses): the results artifact holds the whole report.';
/** report.json as the `results` output: whole when it fits the budget, else without per-line timings, else names and statuses only. */
function resultsOutput(report, limit = RESULTS_OUTPUT_LIMIT_BYTES) {
    const whole = JSON.stringify(report);
    if (Buffer.byteLength(whole) <= limit)
        return { json: whole, trimmed: false };
    const noLines = JSON.stringify({ ...report, lines_omitted: true, items: report.items.map((i) => ({ ...i, lines: [] })) });
    if (Buffer.byteLength(noLines) <= limit)
        return { json: noLines, trimmed: true };
    return { json: JSON.stringify({ ...report, lines_omitted: true, items: report.items.map((i) => ({ name: i.name, status: i.status })) }), trimmed: true };
}
/** Every output except `matrix`, as strings. */
function outputValues(results, onTrimmed) {
    const counts = (0,github_results/* statusCounts */.r)(results.report.items);
    const urls = Object.fromEntries(Object.entries(results.videos).flatMap(([name, meta]) => (meta.artifact ? [[name, meta.artifact.url]] : [])));
    // The balance only goes down during a run: the lowest figure is the latest.
    const balances = results.report.items.flatMap((i) => (i.credits ? [i.credits.available] : []));
    const output = resultsOutput(results.report);
    if (output.trimmed)
        onTrimmed?.();
    return {
        results: output.json,
        delivered: String(counts.delivered),
        failed: String(counts.failed),
        skipped: String(counts.skipped + results.notRun.length),
        'artifact-urls': JSON.stringify(urls),
        'credits-available': balances.length ? String(Math.min(...balances)) : '',
    };
}
/** Set the outputs of a run. */
function setOutputs(values) {
    for (const [name, value] of Object.entries(values))
        core.setOutput(name, value);
}

// EXTERNAL MODULE: ./src/github/summary-markdown.ts
var summary_markdown = __webpack_require__(42009);
;// CONCATENATED MODULE: ./src/github/publish.ts
// Hand the results to people: the job summary, the sticky PR comment, the outputs and the exit status.






/** What the summary says on a fork's pull request. */
const FORK_NOTE = 'This pull request comes from a fork: its workflow token is read-only and secrets are absent, so no comment was posted and the nemo backend could not be used. ' +
    'To comment on pull requests from forks safely, run the action again from a `workflow_run` workflow with `mode: report` (see "Pull requests from forks" in the README).';
/** Whether to comment, and whether a new comment may be created or only an existing one updated (pure). */
function shouldComment(inputs, results, pr, fork) {
    if (inputs.comment === 'never')
        return { yes: false, create: false, why: 'comment: never' };
    if (!pr)
        return { yes: false, create: false, why: 'not a pull request' };
    if (fork)
        return { yes: false, create: false, why: 'pull request from a fork (read-only token)' };
    if (!inputs.githubToken)
        return { yes: false, create: false, why: 'no github-token' };
    const somethingHappened = results.report.items.length > 0 || results.failure !== undefined || (results.missing?.length ?? 0) > 0;
    // An existing comment is always brought up to date: an old green comment must not outlive a broken config.
    if (inputs.comment === 'auto' && !somethingHappened)
        return { yes: true, create: false, why: 'no video ran (comment: auto): only an existing comment is updated' };
    return { yes: true, create: true, why: '' };
}
/** Why the step fails, if it does: nothing could run, a shard's results are missing, or (fail-on: error) a video failed. */
function failureMessage(results, failOn) {
    if (results.failure)
        return results.failure;
    if (failOn !== 'error')
        return undefined;
    const missing = results.missing ?? [];
    if (missing.length)
        return `results are missing (fail-on: error): ${missing.join('; ')}`;
    const failed = (0,github_results/* statusCounts */.r)(results.report.items).failed;
    return failed > 0 ? `${failed} video${failed === 1 ? '' : 's'} failed (fail-on: error)` : undefined;
}
/** Write the summary, post the comment, set the outputs, and fail the step per fail-on. */
async function publish(results, inputs, ctx, pr, warn = core.warning) {
    // pull_request_target runs in the base repository with its token and secrets: only pull_request is read-only.
    const fork = ctx.pullRequest?.fork === true && ctx.eventName === 'pull_request';
    if (fork && !results.notes.includes(FORK_NOTE))
        results.notes.push(FORK_NOTE);
    const url = (0,event_context/* runUrl */.Vp)(ctx);
    const values = outputValues(results, () => results.notes.includes(RESULTS_OUTPUT_NOTE) || results.notes.push(RESULTS_OUTPUT_NOTE));
    if (process.env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw((0,summary_markdown/* summaryMarkdown */.eH)(results, { runUrl: url })).write({ overwrite: false });
    const decision = shouldComment(inputs, results, pr, fork);
    if (decision.yes && pr) {
        try {
            const { upsertStickyComment, pullRequestHead } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(267)]).then(__webpack_require__.bind(__webpack_require__, 7648));
            const target = { token: inputs.githubToken, owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number };
            if (pr.expectHead && (await pullRequestHead(target)) !== pr.expectHead) {
                warn(`pull request #${pr.number} has moved past ${pr.expectHead.slice(0, 7)}: no comment for these results`);
            }
            else {
                const body = (0,comment_body/* commentBody */.I2)(results, { runUrl: url, sha: pr.expectHead ?? ctx.pullRequest?.headSha, prefix: inputs.artifactPrefix });
                const done = await upsertStickyComment(target, body, { create: decision.create, prefix: inputs.artifactPrefix });
                core.info(done.action === 'none' ? `no pull request comment: ${decision.why}, and there is none yet` : `comment ${done.action} on pull request #${pr.number}: ${done.url}`);
            }
        }
        catch (error) {
            warn(`could not comment on pull request #${pr.number}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    else {
        core.info(`no pull request comment: ${decision.why}`);
    }
    setOutputs(values);
    const failure = failureMessage(results, inputs.failOn);
    if (failure)
        core.setFailed(failure);
}


/***/ }),

/***/ 70617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ mergeResults),
/* harmony export */   r: () => (/* binding */ statusCounts)
/* harmony export */ });
// What a run (or a shard of one) hands on: the report plus what only the action knows of each video.
/** Count items by status. */
function statusCounts(items) {
    const n = (status) => items.filter((i) => i.status === status).length;
    return { delivered: n('delivered'), failed: n('failed'), skipped: n('skipped') };
}
/** One result from the results of every shard (ordered by shard), for one summary and one comment. */
function mergeResults(parts) {
    const sorted = [...parts].sort((a, b) => shardIndex(a.shard) - shardIndex(b.shard));
    const backends = new Set(sorted.flatMap((p) => p.report.backend.split(',').filter(Boolean)));
    const first = sorted[0];
    const failures = [...new Set(sorted.flatMap((p) => (p.failure ? [p.failure] : [])))];
    return {
        version: 1,
        shard: null,
        report: { version: 1, backend: [...backends].sort().join(','), items: sorted.flatMap((p) => p.report.items) },
        videos: Object.assign({}, ...sorted.map((p) => p.videos)),
        notRun: notRunAnywhere(sorted),
        config: first?.config ?? '',
        notes: [...new Set(sorted.flatMap((p) => p.notes))],
        problems: sorted.flatMap((p) => p.problems),
        ...(failures.length ? { failure: failures.join('; ') } : {}),
        ...(first?.pullRequest ? { pullRequest: first.pullRequest } : {}),
    };
}
/** Videos no shard ran (a shard's "not in this shard" ran elsewhere), each named once. */
function notRunAnywhere(parts) {
    const ran = new Set(parts.flatMap((p) => p.report.items.map((i) => i.name)));
    const seen = new Map();
    for (const n of parts.flatMap((p) => p.notRun))
        if (!ran.has(n.name) && !seen.has(n.name))
            seen.set(n.name, n);
    return [...seen.values()];
}
const shardIndex = (shard) => Number(shard?.split('/')[0] ?? 0);


/***/ }),

/***/ 42009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eH: () => (/* binding */ summaryMarkdown),
/* harmony export */   rj: () => (/* binding */ videoLinks)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, voiceLine */
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64561);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70168);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70617);
/* harmony import */ var _sync_figures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29764);
// Pure builder of the job summary: one table of the videos, the failures with hints, notes; within 1 MiB.




/** GitHub refuses a step summary over 1 MiB; stay a little under it. */
const SUMMARY_LIMIT_BYTES = 1000 * 1000;
/** The links of a video: its artifact and, for nemo, its task page. */
function videoLinks(item, meta) {
    const links = [];
    if (meta?.artifact)
        links.push(`[artifact](${meta.artifact.url})`);
    if (item.links?.task)
        links.push(`[task](${item.links.task})`);
    return links.join(' · ') || '—';
}
function row(item, meta) {
    const { largestStretch } = (0,_sync_figures_js__WEBPACK_IMPORTED_MODULE_1__/* .syncFigures */ .lt)(item);
    const credits = item.credits ? `${item.credits.spent} spent, ${item.credits.available} left` : '—';
    return `| ${[
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(item.name),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .statusLabel */ .Rh)(item.status),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(item.duration_s),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSize */ .Xq)(meta?.size_bytes),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(meta?.backend ?? '—'),
        credits,
        // Measured on the delivered file (report.json qa), not taken from the plan.
        (0,_sync_figures_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOnset */ .BO)(item),
        largestStretch !== undefined ? `${largestStretch.toFixed(2)}×` : '—',
        (0,_sync_figures_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMeasuredLoudness */ .JG)(item),
        videoLinks(item, meta),
    ].join(' | ')} |`;
}
/** "1–3, 5": line numbers (1-based) as ranges. */
function lineRanges(numbers) {
    const parts = [];
    for (let i = 0; i < numbers.length; i++) {
        let j = i;
        while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1)
            j++;
        parts.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`);
        i = j;
    }
    return parts.join(', ');
}
/** Which voice spoke which lines of a video (issue 8: the summary says which voice spoke each line); undefined without voices. */
function voiceLine(item) {
    const byVoice = new Map();
    for (const line of item.lines ?? []) {
        if (!line.voice)
            continue;
        const voice = line.model ? `${line.voice} (${line.model.split(' ')[0]})` : line.voice;
        byVoice.set(voice, [...(byVoice.get(voice) ?? []), line.index + 1]);
    }
    if (byVoice.size === 0)
        return undefined;
    const voices = [...byVoice].map(([voice, lines]) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(voice)} ${lines.length === 1 ? 'line' : 'lines'} ${lineRanges(lines)}`);
    return `- **${item.name}**: ${voices.join('; ')}`;
}
function failure(item) {
    const e = item.error;
    if (!e)
        return `- **${item.name}**: failed`;
    const at = `${e.file}${e.line !== null ? `:${e.line}` : ''}`;
    const backend = e.backend_code !== undefined ? `, backend code ${e.backend_code}` : '';
    // Message and hint as code: in the workflow_run pattern they come from an untrusted run.
    return `- **${item.name}** · ${(0,_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .errorTitle */ .JU)(e.code)} (\`${e.code}\`${backend}) at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(at)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(e.message)}\n  - Hint: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(e.hint)}`;
}
/** Lines that fit `budget` bytes, then one line saying how many were left out. */
function fitLines(lines, budget, what) {
    const kept = [];
    let used = 0;
    for (const [i, line] of lines.entries()) {
        const size = Buffer.byteLength(line) + 1;
        if (used + size > budget) {
            kept.push(`\n… ${lines.length - i} more ${what} not shown (the summary is limited to 1 MiB): see the \`results\` output or the results artifact.`);
            break;
        }
        kept.push(line);
        used += size;
    }
    return kept;
}
/** The summary markdown of a run (or of every shard merged). */
function summaryMarkdown(results, options = {}) {
    const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
    const { report, videos } = results;
    const counts = (0,_results_js__WEBPACK_IMPORTED_MODULE_3__/* .statusCounts */ .r)(report.items);
    const head = [
        '## Voiceover',
        '',
        `**${counts.delivered} delivered · ${counts.failed} failed · ${counts.skipped} skipped** · backend ${report.backend || '—'} · config \`${results.config}\`${results.shard ? ` · shard ${results.shard}` : ''}`,
        '',
    ];
    // Text from another (untrusted) run is shown as code: no links, HTML or mentions take effect.
    const text = (t) => (results.untrusted ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(t) : t);
    const notes = results.notes.map((n) => `> ${text(n)}`);
    const notRun = results.notRun.length
        ? [`Not run (${results.notRun.length}): ${results.notRun.map((n) => `\`${n.name}\` (${text(n.reason)})`).join(', ')}`, '']
        : [];
    const missing = results.missing?.length ? ['### Missing results', '', ...results.missing.map((m) => `- ❌ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(m)}`), ''] : [];
    const budget = Math.max(0, limit - Buffer.byteLength([...head, ...notes, ...notRun, ...missing].join('\n')) - 2000);
    const table = report.items.length
        ? ['| Video | Status | Duration | Size | Backend | Credits | Worst onset error | Largest stretch | Loudness | Links |', '|---|---|---|---|---|---|---|---|---|---|']
        : ['No video was run.'];
    const rows = fitLines(report.items.map((i) => row(i, videos[i.name])), budget * 0.6, 'videos');
    const voiceLines = report.items.filter((i) => i.status === 'delivered').flatMap((i) => voiceLine(i) ?? []);
    const voices = voiceLines.length ? ['', '### Voices', '', ...fitLines(voiceLines, budget * 0.1, 'videos')] : [];
    const failed = report.items.filter((i) => i.status === 'failed');
    const failures = failed.length ? ['', '### Failures', '', ...fitLines(failed.map(failure), budget * 0.3, 'failures')] : [];
    const problems = results.problems.length
        ? ['', '### Problems', '', ...fitLines(results.problems.map((f) => `- ${text(f)}`), budget * 0.1, 'problems')]
        : [];
    const tail = options.runUrl ? ['', `[Workflow run](${options.runUrl})`] : [];
    const notesBlock = notes.length ? ['', ...notes] : [];
    return `${[...head, ...missing, ...notRun, ...table, ...rows, ...voices, ...failures, ...problems, ...notesBlock, ...tail].join('\n')}\n`;
}


/***/ }),

/***/ 29764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ formatOnset),
/* harmony export */   JG: () => (/* binding */ formatMeasuredLoudness),
/* harmony export */   U6: () => (/* binding */ formatMeasured),
/* harmony export */   lt: () => (/* binding */ syncFigures)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70168);
// Pure figures of how well narration sits on its cues: measured on the delivered file (report.json's qa),
// never derived from the plan (a plan reads 0 ms by construction); the stretch is the plan's own choice.

/** A signed whole number of milliseconds: +4, -200, 0. */
const signedMs = (ms) => `${ms > 0 ? '+' : ''}${Math.round(ms)} ms`;
/** The measured onset figures and the largest stretch of a video; undefined where not known. */
function syncFigures(item) {
    const onset = item.qa?.onset_error_ms;
    const linesOff = item.qa?.lines_off;
    return {
        ...(onset ? { worstOnsetMs: onset.max } : {}),
        ...(typeof linesOff === 'number' ? { linesOff } : {}),
        ...(item.lines.length ? { largestStretch: Math.max(1, ...item.lines.map((l) => l.stretch)) } : {}),
    };
}
/** "+4 ms", "+200 ms (4 of 4 lines off)"; "—" when not measured. */
function formatOnset(item) {
    const { worstOnsetMs, linesOff } = syncFigures(item);
    const off = linesOff ? ` (${linesOff} of ${item.lines.length} line${item.lines.length === 1 ? '' : 's'} off)` : '';
    if (worstOnsetMs === undefined)
        return linesOff ? `not found${off}` : '—';
    return `${signedMs(worstOnsetMs)}${off}`;
}
/** The loudness as measured on the delivered file, with its clipped samples: "-16.0 LUFS, -5.0 dBTP, 0 clipped". */
function formatMeasuredLoudness(item) {
    const qa = item.qa;
    if (!qa)
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLoudness */ .rT)(item.loudness);
    const loudness = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLoudness */ .rT)({ integrated_lufs: qa.integrated_lufs, true_peak_dbtp: qa.true_peak_dbtp });
    return `${loudness === '—' ? 'silent' : loudness}, ${qa.clipped_samples} clipped`;
}
/** The comment's one cell of measured figures: "onset +4 ms · -16.0 LUFS, -5.0 dBTP, 0 clipped"; "—" without qa. */
function formatMeasured(item) {
    if (!item.qa)
        return '—';
    const onset = formatOnset(item);
    return `${onset === '—' ? '' : `onset ${onset} · `}${formatMeasuredLoudness(item)}`;
}


/***/ })

};
