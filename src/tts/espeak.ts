// espeak-ng, when the system has it: 100+ languages, robotic but intelligible; run as a subprocess.

import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { VoiceoverError } from '../core/errors.js';
import { throwIfAborted } from '../core/progress.js';
import { espeakLanguageOf, parseEspeakVoices } from './espeak-voices.js';
import { findProgram } from './find-program.js';
import { withTempDir } from './temp-dir.js';
import type { Availability, Engine, Speech, SynthesisRequest, Voice } from './types.js';
import { decodeWav } from './wav.js';

const run = promisify(execFile);

/** What to tell a person when espeak-ng is missing. */
export const ESPEAK_MISSING = {
  reason: 'espeak-ng is not installed',
  install: 'apt-get install espeak-ng (Debian/Ubuntu), brew install espeak-ng (macOS)',
} as const;

/** espeak-ng's default speed, words per minute (rate 1). */
const BASE_WPM = 175;

/** Where to look for the program: an explicit path, or a PATH to search (default: the process's). */
export interface EspeakOptions {
  program?: string;
  env?: { PATH?: string; PATHEXT?: string };
}

/** An espeak-ng engine; the program is looked up once, on first use. */
export function createEspeakEngine(options: EspeakOptions = {}): Engine {
  let program: Promise<string | undefined> | undefined;
  let voices: Promise<Voice[]> | undefined;
  let version: Promise<string> | undefined;
  const locate = (): Promise<string | undefined> =>
    (program ??= options.program ? Promise.resolve(options.program) : findProgram('espeak-ng', options.env));
  const required = async (): Promise<string> => {
    const found = await locate();
    if (!found) throw new VoiceoverError('TTS_UNAVAILABLE', { detail: ESPEAK_MISSING.reason, hint: `install it: ${ESPEAK_MISSING.install}` });
    return found;
  };

  async function availability(): Promise<Availability> {
    return (await locate()) ? { ok: true } : { ok: false, ...ESPEAK_MISSING };
  }

  async function listVoices(): Promise<Voice[]> {
    const found = await locate();
    if (!found) return [];
    voices ??= run(found, ['--voices'], { encoding: 'utf8' }).then(
      ({ stdout }) => parseEspeakVoices(stdout),
      (error: unknown) => {
        voices = undefined;
        throw error;
      },
    );
    return (await voices).map((voice) => ({ ...voice }));
  }

  async function synthesize(request: SynthesisRequest): Promise<Speech> {
    const { text, voice, rate, signal } = request;
    throwIfAborted(signal);
    const language = espeakLanguageOf(voice);
    if (!language) throw new Error(`"${voice}" is not an espeak-ng voice id (they look like espeak:en-us)`);
    if (!(rate > 0) || !Number.isFinite(rate)) throw new RangeError(`rate must be a positive number, got ${rate}`);
    const found = await required();
    const wpm = Math.min(450, Math.max(80, Math.round(BASE_WPM * rate)));
    return withTempDir('voiceover-espeak-', async (dir) => {
      const input = join(dir, 'in.txt');
      const output = join(dir, 'out.wav');
      await writeFile(input, text, 'utf8');
      try {
        await run(found, ['-v', language, '-s', String(wpm), '-b', '1', '-f', input, '-w', output], {
          encoding: 'utf8',
          ...(signal ? { signal } : {}),
        });
      } catch (error) {
        throwIfAborted(signal);
        const stderr = (error as { stderr?: unknown }).stderr;
        const detail = typeof stderr === 'string' && stderr.trim() ? stderr.trim() : (error as Error).message;
        throw new Error(`espeak-ng failed: ${detail}`, { cause: error });
      }
      return decodeWav(await readFile(output));
    });
  }

  return {
    id: 'espeak-ng',
    availability,
    voices: listVoices,
    synthesize,
    ownsVoice: (voiceId) => espeakLanguageOf(voiceId) !== undefined,
    version: () =>
      (version ??= required()
        .then((found) => run(found, ['--version'], { encoding: 'utf8' }))
        .then(({ stdout }) => `espeak-ng@${/\d+(\.\d+)+/.exec(stdout)?.[0] ?? stdout.trim()}`)),
  };
}

/** espeak-ng found on PATH (voice ids `espeak:<language>`). */
export const espeakEngine: Engine = createEspeakEngine();
