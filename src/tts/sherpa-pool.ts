// The sherpa-onnx child processes: one model per process, kept loaded and reused across lines and videos;
// as many processes as cores allow and as memory allows (each holds a whole model); idle ones are killed
// after a few seconds and never hold the process open.

import { statSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { VoiceoverError } from '../core/errors.js';
import { throwIfAborted } from '../core/progress.js';
import type { InstalledVoice } from './neural-types.js';
import { locateSherpaAddon, modelKey, SHERPA_INSTALL_HINT, sherpaConfig } from './sherpa-addon.js';
import { sherpaFailure } from './sherpa-failure.js';
import { SherpaProcess, type LoadedModel } from './sherpa-process.js';
import type { Speech } from './types.js';

/** How long an idle process is kept for the next line, ms. */
export const SHERPA_IDLE_MS = 5000;
/** Memory of a node process with onnxruntime and sherpa-onnx loaded, before the model, bytes (bench/voices.mjs). */
export const PROCESS_BASE_BYTES = 80 * 1024 * 1024;
/** A loaded model takes about this many times its file size in memory (weights plus onnxruntime's arenas). */
export const MODEL_MEMORY_FACTOR = 1.5;
/** Share of the free memory the processes may take together. */
const MEMORY_SHARE = 0.75;

interface Slot {
  process: SherpaProcess;
  key: string;
  bytes: number;
  loaded: Promise<LoadedModel>;
  busy: boolean;
}

interface Job {
  voice: InstalledVoice;
  key: string;
  bytes: number;
  text: string;
  speed: number;
  signal: AbortSignal | undefined;
  slot?: Slot;
  resolve(speech: Speech): void;
  reject(error: unknown): void;
}

const slots: Slot[] = [];
const queue: Job[] = [];
let idleTimer: NodeJS.Timeout | undefined;

/** Estimated memory of a process holding this voice's model, bytes. */
export function estimatedBytes(voice: InstalledVoice): number {
  const size = (file: string | undefined): number => {
    try {
      return file ? statSync(file).size : 0;
    } catch {
      return 0;
    }
  };
  return PROCESS_BASE_BYTES + MODEL_MEMORY_FACTOR * (size(voice.model) + size(voice.voices));
}

/** How many processes of `bytes` each may run at once here: at most one per core, and what free memory holds (at least one). */
export function sherpaPoolLimit(bytes: number, free = freemem(), cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor((free * MEMORY_SHARE) / Math.max(1, bytes))));
}

/** The pool's state right now (diagnostics, tests and the benchmark). */
export function sherpaPoolState(): { processes: number; busy: number; queued: number; models: string[] } {
  return { processes: slots.length, busy: slots.filter((s) => s.busy).length, queued: queue.length, models: slots.map((s) => s.key) };
}

/** Kill every idle process now (tests, the benchmark, shutting down). */
export function closeSherpaPool(): void {
  for (const slot of [...slots]) if (!slot.busy) retire(slot);
}

/**
 * Speak `text` with an installed voice at `speed` (1 normal; sherpa-onnx's own control, length_scale = 1 / speed).
 * A process that dies or refuses the model rejects with TTS_UNAVAILABLE naming the voice; an abort drops a
 * queued line or kills the process speaking it.
 */
export function speakWithSherpa(voice: InstalledVoice, text: string, speed: number, signal?: AbortSignal): Promise<Speech> {
  throwIfAborted(signal);
  return new Promise<Speech>((resolve, reject) => {
    const onAbort = (): void => {
      const queued = queue.indexOf(job);
      if (queued >= 0) queue.splice(queued, 1);
      if (job.slot) retire(job.slot);
      try {
        throwIfAborted(signal);
      } catch (error) {
        job.reject(error);
      }
      pump();
    };
    const settle = (): void => signal?.removeEventListener('abort', onAbort);
    const job: Job = {
      voice, key: modelKey(voice), bytes: estimatedBytes(voice), text, speed, signal,
      resolve: (speech) => (settle(), resolve(speech)),
      reject: (error) => (settle(), reject(error)),
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    queue.push(job);
    pump();
  });
}

/** Hand queued lines to idle processes of their model, starting processes within the limits. */
function pump(): void {
  clearTimeout(idleTimer);
  idleTimer = undefined;
  for (let i = 0; i < queue.length; ) {
    const job = queue[i]!;
    let slot = slots.find((s) => !s.busy && s.key === job.key);
    if (!slot) {
      const limit = sherpaPoolLimit(job.bytes, freemem() + slots.reduce((sum, s) => sum + s.bytes, 0));
      const other = slots.find((s) => !s.busy && s.key !== job.key);
      if (slots.length >= limit && other) retire(other);
      if (slots.length < limit) slot = start(job);
    }
    if (!slot) {
      if (queue[i] === job) i++; // still queued: a line of another model may still find its process idle
      continue;
    }
    queue.splice(i, 1);
    run(slot, job);
  }
  if (queue.length === 0 && slots.length > 0 && slots.every((s) => !s.busy)) {
    idleTimer = setTimeout(closeSherpaPool, SHERPA_IDLE_MS);
    idleTimer.unref();
  }
}

function start(job: Job): Slot | undefined {
  const addon = locateSherpaAddon();
  if ('missing' in addon) {
    queue.splice(queue.indexOf(job), 1);
    job.reject(new VoiceoverError('TTS_UNAVAILABLE', { detail: `voice "${job.voice.id}" needs sherpa-onnx: ${addon.missing}`, hint: `install it: ${SHERPA_INSTALL_HINT}` }));
    return undefined;
  }
  const process = new SherpaProcess();
  const loaded = process.load(addon.dir, sherpaConfig(job.voice));
  loaded.catch(() => undefined); // awaited by run()
  const slot: Slot = { process, key: job.key, bytes: job.bytes, loaded, busy: false };
  slots.push(slot);
  return slot;
}

async function run(slot: Slot, job: Job): Promise<void> {
  slot.busy = true;
  job.slot = slot;
  const { voice } = job;
  let stage: 'load' | 'speak' = 'load';
  try {
    const model = await slot.loaded;
    if (voice.speakerId < 0 || voice.speakerId >= model.numSpeakers) {
      throw new VoiceoverError('TTS_UNAVAILABLE', {
        detail: `voice "${voice.id}" is speaker ${voice.speakerId} of ${voice.model}, which has ${model.numSpeakers} speaker(s)`,
        hint: 'reinstall the voice, or choose another (voiceover voices)',
      });
    }
    stage = 'speak';
    const audio = await slot.process.speak(job.text, voice.speakerId, job.speed);
    slot.busy = false;
    job.slot = undefined;
    job.resolve({ samples: audio.samples, sampleRate: audio.sampleRate });
  } catch (error) {
    job.slot = undefined;
    retire(slot); // a process that failed once is not trusted with the next line
    if (!job.signal?.aborted) job.reject(sherpaFailure(voice, stage, error));
  }
  pump();
}

function retire(slot: Slot): void {
  const at = slots.indexOf(slot);
  if (at >= 0) slots.splice(at, 1);
  slot.busy = false;
  slot.process.kill();
}
