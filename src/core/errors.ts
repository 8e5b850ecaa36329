// The one error registry: every failure a person can see has a code, a message, a hint,
// an exit status and an annotation title. test/core/errors.test.ts checks each is documented.

/** How one error code reads to a person and what the process does about it. */
export interface ErrorSpec {
  /** Short title for annotations and summaries. */
  title: string;
  /** One-line message; `{name}` placeholders are filled from the params. */
  message: string;
  /** What the person can do about it; placeholders as in `message`. */
  hint: string;
  /** Process exit status when this error ends a command (1 item failure, 2 bad input). */
  exit: 1 | 2;
}

/** Every error code of the project. Add a row here, and a line in README's error table. */
export const ERRORS = {
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
} as const satisfies Record<string, ErrorSpec>;

/** A code of the registry. */
export type ErrorCode = keyof typeof ERRORS;

/** Where in a file an error points. */
export interface SourceLocation {
  file?: string;
  line?: number;
  col?: number;
}

/** Fill `{name}` placeholders; unknown names stay visible rather than vanish. */
export function fillTemplate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params && params[key] !== undefined ? String(params[key]) : whole,
  );
}

/** The project's typed error: a registry code plus the filled message and hint. */
export class VoiceoverError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  readonly title: string;
  readonly exitCode: 1 | 2;
  readonly location: SourceLocation;
  /** The remote service's own error number, when a backend reported one. */
  readonly backendCode: number | undefined;

  constructor(
    code: ErrorCode,
    params: Record<string, unknown> = {},
    options: { cause?: unknown; location?: SourceLocation; backendCode?: number; hint?: string } = {},
  ) {
    const spec: ErrorSpec = ERRORS[code];
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
export function toVoiceoverError(error: unknown): VoiceoverError {
  if (error instanceof VoiceoverError) return error;
  if (error instanceof Error && error.name === 'AbortError') {
    return new VoiceoverError('CANCELED', { detail: error.message }, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new VoiceoverError('INTERNAL', { detail }, { cause: error });
}
