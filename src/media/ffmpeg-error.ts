// The error of a failed, canceled or timed-out ffmpeg/ffprobe run (DESIGN style principle 4).
import { VoiceoverError } from '../core/errors.js';

/** What the runner knows when a run ends badly. */
export interface FfmpegErrorDetails {
  /** The full command line: binary first, then every argument. */
  command: string[];
  exitCode: number | undefined;
  signal: NodeJS.Signals | undefined;
  /** The captured stderr (its tail, or all of it with captureStderr: 'full'). */
  stderr: string;
  isCanceled: boolean;
  timedOut: boolean;
  timeoutMs?: number;
  cause?: unknown;
}

const TAIL_LINES = 20;

/** The last `lines` non-empty lines of a text (ffmpeg's `\r` progress lines count as lines). */
export function tailLines(text: string, lines = TAIL_LINES): string {
  return text
    .split(/\r?\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(-lines)
    .join('\n');
}

const ERROR_WORDS = /error|invalid|no such|not found|unable|cannot|could not|unknown|unrecognized|does not|matches no|failed/i;

/** The line of an ffmpeg log that says what went wrong: the first error-like one of the last ten. */
export function keyErrorLine(stderr: string): string {
  const lines = tailLines(stderr, 10).split('\n');
  const line = lines.find((l) => ERROR_WORDS.test(l)) ?? lines.at(-1) ?? '';
  return line.replace(/^\s*\[[^\]]* @ 0x[0-9a-f]+\] /, '').trim();
}

function describe(details: FfmpegErrorDetails, program: string, tail: string): string {
  if (details.isCanceled) return `${program} was canceled`;
  if (details.timedOut) return `${program} timed out after ${details.timeoutMs ?? '?'} ms`;
  const lastLine = keyErrorLine(tail);
  if (details.exitCode === undefined && details.signal === undefined) {
    const reason = details.cause instanceof Error ? details.cause.message : String(details.cause);
    return `${program} could not start: ${reason}`;
  }
  const how = details.signal ? `was killed by ${details.signal}` : `exited with code ${details.exitCode}`;
  return lastLine ? `${program} ${how}: ${lastLine}` : `${program} ${how}`;
}

/** A failed ffmpeg/ffprobe run; code FFMPEG_FAILED, or CANCELED when its AbortSignal fired. */
export class FfmpegError extends VoiceoverError {
  readonly command: string[];
  /** The child's exit code (`exitCode` is taken: it is the CLI's exit status of VoiceoverError). */
  readonly childExitCode: number | undefined;
  readonly signal: NodeJS.Signals | undefined;
  readonly stderr: string;
  readonly stderrTail: string;
  readonly isCanceled: boolean;
  readonly timedOut: boolean;

  constructor(details: FfmpegErrorDetails) {
    const program = (details.command[0] ?? 'ffmpeg').split(/[\\/]/).at(-1) ?? 'ffmpeg';
    const tail = tailLines(details.stderr);
    super(details.isCanceled ? 'CANCELED' : 'FFMPEG_FAILED', { detail: describe(details, program, tail) }, {
      cause: details.cause,
    });
    this.name = 'FfmpegError';
    this.command = details.command;
    this.childExitCode = details.exitCode;
    this.signal = details.signal;
    this.stderr = details.stderr;
    this.stderrTail = tail;
    this.isCanceled = details.isCanceled;
    this.timedOut = details.timedOut;
  }
}
