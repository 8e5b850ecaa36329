// A small pool of worker threads that run flite (node:wasi's start is synchronous: on the main thread, runs
// of parallel items were serialised and stalled progress). Workers start on demand, up to one per core,
// keep the process alive only while busy, and are terminated after a short idle time.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { throwIfAborted } from '../core/progress.js';
import { compiledFlite, tail, type FliteRun } from './flite-wasm.js';
import { FLITE_WORKER_SOURCE } from './flite-worker-source.js';

/** What a worker answers for one run. */
interface Answer {
  id: number;
  exitCode?: number;
  crashed?: string;
  log: string;
}

interface Job {
  id: number;
  args: readonly string[];
  ioDir: string;
  module: object;
  resolve(run: FliteRun): void;
  reject(error: unknown): void;
  /** Detach the abort listener. */
  done(): void;
}

interface Slot {
  worker: Worker;
  /** The compiled module the worker was started with (a recompile after a failed read gives a new one). */
  module: object;
  job?: Job;
}

/** How long an idle worker is kept for the next run, ms. */
const IDLE_MS = 2000;

const slots: Slot[] = [];
const queue: Job[] = [];
let nextId = 1;
let idleTimer: NodeJS.Timeout | undefined;

/** Most workers at once: one per core. */
export function flitePoolSize(): number {
  return Math.max(1, availableParallelism());
}

/** The pool's state right now (diagnostics and tests). */
export function flitePoolState(): { workers: number; busy: number; queued: number } {
  return { workers: slots.length, busy: slots.filter((s) => s.job).length, queued: queue.length };
}

/**
 * Run flite with `args` (without argv[0]) in a worker; `ioDir` is visible to it as `/io`. An abort drops a
 * queued run, or terminates the worker of a running one; either way the promise rejects.
 */
export async function runFlite(args: readonly string[], ioDir: string, signal?: AbortSignal): Promise<FliteRun> {
  throwIfAborted(signal);
  const module = await compiledFlite();
  throwIfAborted(signal);
  return new Promise<FliteRun>((resolve, reject) => {
    const onAbort = (): void => {
      const queued = queue.indexOf(job);
      if (queued >= 0) queue.splice(queued, 1);
      const slot = slots.find((s) => s.job === job);
      if (slot) retire(slot);
      try {
        throwIfAborted(signal);
      } catch (error) {
        job.reject(error);
      }
      pump();
    };
    const job: Job = {
      id: nextId++,
      args,
      ioDir,
      module,
      resolve: (run) => {
        job.done();
        resolve(run);
      },
      reject: (error) => {
        job.done();
        reject(error);
      },
      done: () => signal?.removeEventListener('abort', onAbort),
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    queue.push(job);
    pump();
  });
}

/** Hand queued runs to idle workers, starting workers up to the pool size. */
function pump(): void {
  clearTimeout(idleTimer);
  idleTimer = undefined;
  while (queue.length > 0) {
    const job = queue[0]!;
    let slot = slots.find((s) => !s.job && s.module === job.module);
    if (!slot) {
      const stale = slots.find((s) => !s.job);
      if (stale && slots.length >= flitePoolSize()) retire(stale);
      if (slots.length >= flitePoolSize()) break;
      slot = start(job.module);
    }
    queue.shift();
    slot.job = job;
    slot.worker.ref();
    slot.worker.postMessage({ id: job.id, args: [...job.args], ioDir: job.ioDir });
  }
  if (queue.length === 0 && slots.length > 0 && slots.every((s) => !s.job)) {
    idleTimer = setTimeout(() => {
      for (const slot of [...slots]) if (!slot.job) retire(slot);
    }, IDLE_MS);
    idleTimer.unref();
  }
}

/** Start a worker for `module`; it keeps the process alive only while it has a job. */
function start(module: object): Slot {
  const worker = new Worker(FLITE_WORKER_SOURCE, { eval: true, workerData: { module } });
  const slot: Slot = { worker, module };
  worker.unref();
  worker.on('message', (answer: Answer) => {
    const job = slot.job;
    if (!job || job.id !== answer.id) return;
    slot.job = undefined;
    worker.unref();
    if (answer.crashed !== undefined) job.reject(new Error(`flite crashed: ${answer.crashed}${tail(answer.log)}`));
    else job.resolve({ exitCode: answer.exitCode ?? -1, log: answer.log });
    pump();
  });
  const lost = (error: Error): void => {
    const job = slot.job;
    forget(slot);
    job?.reject(error);
    pump();
  };
  worker.on('error', (error) => lost(new Error(`the flite worker failed: ${error.message}`, { cause: error })));
  worker.on('exit', (code) => {
    if (slots.includes(slot)) lost(new Error(`the flite worker stopped (exit code ${code})`));
  });
  slots.push(slot);
  return slot;
}

/** Remove a slot from the pool and terminate its worker. */
function retire(slot: Slot): void {
  forget(slot);
  void slot.worker.terminate();
}

function forget(slot: Slot): void {
  const at = slots.indexOf(slot);
  if (at >= 0) slots.splice(at, 1);
  slot.job = undefined;
}
