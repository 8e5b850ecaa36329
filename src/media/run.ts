// The one runner of every ffmpeg and ffprobe call: spawn (no shell), progress, abort, timeout, errors.
import { spawn } from 'node:child_process';
import { FfmpegError } from './ffmpeg-error.js';
import { resolveFfmpeg, type FfmpegProgram } from './locate.js';
import { createProgressParser, type FfmpegProgress } from './progress.js';

/** How to run one ffmpeg/ffprobe command. */
export interface RunFfmpegOptions {
  /** Which program (default ffmpeg); resolved with resolveFfmpeg() unless `binary` is given. */
  program?: FfmpegProgram;
  /** An explicit binary path, bypassing resolveFfmpeg (for capability checks, tests). */
  binary?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Expected output duration in seconds, so progress events carry a ratio. */
  duration_s?: number;
  /** Adds `-progress pipe:1`; stdout is then consumed by the progress parser (result stdout is ''). */
  onProgress?: (progress: FfmpegProgress) => void;
  cwd?: string;
  /** Keep only the last 64 KB of stderr (default) or all of it (filter logs: ebur128, silencedetect). */
  captureStderr?: 'tail' | 'full';
  /** Binary stdout (raw PCM written to `pipe:1`) chunk by chunk, instead of collecting it as text (result stdout is ''); not with onProgress. */
  onStdoutData?: (chunk: Buffer) => void;
}

/** What a successful run printed. */
export interface RunFfmpegResult {
  stdout: string;
  stderr: string;
}

const STDERR_TAIL_BYTES = 64 * 1024;
const KILL_GRACE_MS = 2000;

function fullArgs(program: FfmpegProgram, args: string[], withProgress: boolean): string[] {
  if (program === 'ffprobe') {
    const hasLevel = args.includes('-v') || args.includes('-loglevel');
    return ['-hide_banner', ...(hasLevel ? [] : ['-v', 'error']), ...args];
  }
  return ['-hide_banner', '-nostdin', '-nostats', ...(withProgress ? ['-progress', 'pipe:1'] : []), ...args];
}

function abortedError(command: string[], signal: AbortSignal): FfmpegError {
  return new FfmpegError({
    command, exitCode: undefined, signal: undefined, stderr: '', isCanceled: true, timedOut: false, cause: signal.reason,
  });
}

/** Run ffmpeg (or ffprobe) with `args`; resolves with its output, rejects with FfmpegError. */
export function runFfmpeg(args: string[], options: RunFfmpegOptions = {}): Promise<RunFfmpegResult> {
  const program = options.program ?? 'ffmpeg';
  const binary = options.binary ?? resolveFfmpeg()[program];
  const withProgress = program === 'ffmpeg' && options.onProgress !== undefined;
  const argv = fullArgs(program, args, withProgress);
  const command = [binary, ...argv];
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortedError(command, signal));

  return new Promise((resolve, reject) => {
    const child = spawn(binary, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let stdout = '';
    let stderr = '';
    let canceled = false;
    let timedOut = false;
    let spawnError: Error | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const parser = withProgress ? createProgressParser() : undefined;
    const duration = options.duration_s;

    const stop = (): void => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    };
    const onAbort = (): void => {
      canceled = true;
      stop();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const timeout = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);

    const onData = parser ? undefined : options.onStdoutData;
    if (onData) {
      child.stdout.on('data', (chunk: Buffer) => {
        try {
          onData(chunk);
        } catch (error) {
          // A consumer that cannot go on stops the run; its error is the cause.
          spawnError ??= error as Error;
          stop();
        }
      });
    } else child.stdout.setEncoding('utf8');
    if (!onData) child.stdout.on('data', (chunk: string) => {
      if (!parser) {
        stdout += chunk;
        return;
      }
      for (const event of parser.push(chunk)) {
        if (duration !== undefined && duration > 0) {
          event.ratio = event.done ? 1 : Math.min(1, Math.max(0, event.out_time_s / duration));
        }
        try {
          options.onProgress?.(event);
        } catch {
          // A listener's failure must not break the run it listens to.
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (options.captureStderr !== 'full' && stderr.length > 2 * STDERR_TAIL_BYTES) {
        stderr = stderr.slice(-STDERR_TAIL_BYTES);
      }
    });

    child.on('error', (error) => {
      spawnError = error;
    });
    child.on('close', (code, killSignal) => {
      signal?.removeEventListener('abort', onAbort);
      clearTimeout(timeout);
      clearTimeout(killTimer);
      if (options.captureStderr !== 'full' && stderr.length > STDERR_TAIL_BYTES) {
        stderr = stderr.slice(-STDERR_TAIL_BYTES);
      }
      if (code === 0 && !canceled && !timedOut && !spawnError) {
        resolve({ stdout, stderr });
        return;
      }
      reject(new FfmpegError({
        command,
        exitCode: spawnError ? undefined : code ?? undefined,
        signal: killSignal ?? undefined,
        stderr,
        isCanceled: canceled,
        timedOut,
        timeoutMs: options.timeoutMs,
        cause: canceled ? signal?.reason : spawnError,
      }));
    });
  });
}
