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
