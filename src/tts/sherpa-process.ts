// One sherpa-onnx child process: holds one model, speaks one line at a time, and when the native code
// kills it (exit 255 on a bad model, SIGSEGV when espeak-ng cannot set the voice) every pending request
// rejects with a SherpaProcessDied carrying the exit code, signal and the end of its stderr.

import { spawn, type ChildProcess } from 'node:child_process';
import { SHERPA_WORKER_SOURCE } from './sherpa-worker-source.js';

/** The end of the child's stderr kept for error messages, characters. */
const STDERR_TAIL = 4000;

/** The process died (or could not start) before it answered. */
export class SherpaProcessDied extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly stderrTail: string,
  ) {
    super(message);
    this.name = 'SherpaProcessDied';
  }
}

/** sherpa-onnx-node threw a JavaScript error (e.g. "Please check your config!"), with its stderr tail. */
export class SherpaRequestFailed extends Error {
  constructor(message: string, readonly stderrTail: string, readonly rss?: number) {
    super(message);
    this.name = 'SherpaRequestFailed';
  }
}

export interface LoadedModel {
  sampleRate: number;
  numSpeakers: number;
  rss: number;
}

export interface SpokenAudio {
  samples: Float32Array;
  sampleRate: number;
  rss: number;
}

interface Pending {
  resolve(value: any): void;
  reject(error: Error): void;
}

/** A child process running SHERPA_WORKER_SOURCE; it keeps the parent alive only while a request is pending. */
export class SherpaProcess {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stderr = '';
  private exited?: SherpaProcessDied;

  constructor() {
    this.child = spawn(process.execPath, ['-e', SHERPA_WORKER_SOURCE], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
      windowsHide: true,
    });
    this.child.stderr?.setEncoding('utf8');
    this.child.stderr?.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-STDERR_TAIL);
    });
    this.child.on('message', (message: { id: number; type: string; message?: string; rss?: number }) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      this.updateRef();
      if (message.type === 'failed') pending.reject(new SherpaRequestFailed(message.message ?? 'failed', this.stderrTail(), message.rss));
      else pending.resolve(message);
    });
    this.child.on('error', (error) => this.die(new SherpaProcessDied(`the sherpa-onnx process failed: ${error.message}`, null, null, this.stderrTail())));
    this.child.on('exit', (code, signal) => {
      // Let the last stderr chunk arrive before the error is built.
      setImmediate(() => {
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        this.die(new SherpaProcessDied(`the sherpa-onnx process ${how}`, code, signal, this.stderrTail()));
      });
    });
    this.updateRef();
  }

  /** Whether the process is still there. */
  get alive(): boolean {
    return this.exited === undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last lines sherpa-onnx wrote to stderr (its reason for exiting, usually). */
  stderrTail(): string {
    return this.stderr.trim().split('\n').slice(-6).join('\n');
  }

  /** Load the model (once per process). */
  load(addonDir: string, config: object): Promise<LoadedModel> {
    return this.request({ type: 'load', addon: addonDir, config });
  }

  /** Speak one text with the loaded model; `speed` > 1 is faster (sherpa-onnx sets length_scale = 1 / speed). */
  speak(text: string, sid: number, speed: number): Promise<SpokenAudio> {
    return this.request({ type: 'speak', text, sid, speed });
  }

  /** Kill the process (an abort, an idle timeout); pending requests reject. */
  kill(): void {
    if (this.alive) this.child.kill('SIGKILL');
  }

  private request<T>(message: object): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.updateRef();
      this.child.send({ ...message, id }, (error) => {
        if (error && this.pending.delete(id)) {
          this.updateRef();
          reject(new SherpaProcessDied(`could not reach the sherpa-onnx process: ${error.message}`, null, null, this.stderrTail()));
        }
      });
    });
  }

  private die(error: SherpaProcessDied): void {
    if (this.exited) return;
    this.exited = error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  /** Keep the event loop alive only while a request is pending, so an idle process never holds the CLI open. */
  private updateRef(): void {
    const busy = this.pending.size > 0;
    const handles = [this.child, this.child.channel, this.child.stderr] as Array<{ ref?(): void; unref?(): void } | null | undefined>;
    for (const handle of handles) {
      if (busy) handle?.ref?.();
      else handle?.unref?.();
    }
  }
}
