// Tiny Piper and Kokoro voices of the real models' shape (scripts/make-tiny-voice.py), laid out as
// sherpa-onnx's archives and rhasspy/piper-voices' raw pairs, for tests (no network here).

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { InstalledVoice } from '../../src/tts/neural-types.js';

const exec = promisify(execFile);

/** Debian's python with python3-onnx (the pyenv python3 on PATH has no onnx). */
export const SYSTEM_PYTHON = '/usr/bin/python3';
/** Debian's espeak-ng-data (package espeak-ng-data), which sherpa-onnx's espeak-ng reads. */
export const ESPEAK_NG_DATA = '/usr/lib/x86_64-linux-gnu/espeak-ng-data';
/** The generator script. */
export const TINY_VOICE_SCRIPT = resolve(dirname(fileURLToPath(import.meta.url)), '../../scripts/make-tiny-voice.py');

/** What goes into an archive's espeak-ng-data/: English only (1.4 MB), none (an empty folder), or left out. */
export type EspeakDataChoice = 'english' | 'empty' | 'none';

export interface TinyPiperOptions {
  /** Voice name, the model file's stem (`en_US-tiny-x_low`). */
  name?: string;
  speakers?: number;
  sampleRate?: number;
  espeakData?: EspeakDataChoice;
  /** The espeak-ng voice in the model's metadata (`en-us`); one espeak-ng lacks makes generate() crash. */
  espeakVoice?: string;
}

/** A sherpa-onnx Piper archive: the unpacked folder `vits-piper-<name>/` and its `.tar.bz2` beside it. */
export interface TinyPiperArchive {
  name: string;
  /** `<root>/vits-piper-<name>` */
  dir: string;
  /** `<root>/vits-piper-<name>.tar.bz2` (the folder packed with `tar -cjf`, top entry `vits-piper-<name>/`). */
  archive: string;
  model: string;
  tokens: string;
  dataDir: string;
  sampleRate: number;
  speakers: number;
}

export interface TinyKokoroOptions {
  /** Archive folder name (`kokoro-tiny-en`). */
  name?: string;
  /** Number of speakers in voices.bin (names `af_tiny0`, `am_tiny1`, `af_tiny2`, …). */
  speakers?: number;
  espeakData?: EspeakDataChoice;
  /** The espeak-ng voice in the model's metadata (`en-us`). */
  espeakVoice?: string;
}

/** A sherpa-onnx Kokoro archive (`kokoro-…/` with model.onnx, voices.bin, tokens.txt, espeak-ng-data/) and its `.tar.bz2`. */
export interface TinyKokoroArchive {
  name: string;
  dir: string;
  archive: string;
  model: string;
  voices: string;
  tokens: string;
  dataDir: string;
  sampleRate: number;
  /** Speaker names in speaker-id order, as the model's speaker_names metadata lists them. */
  speakers: string[];
}

/** A raw rhasspy/piper-voices pair (no sherpa-onnx metadata, no tokens.txt): what `voices install --from` converts. */
export interface TinyPiperRaw {
  name: string;
  model: string;
  /** `<model>.json`: audio.sample_rate, espeak.voice, num_speakers, phoneme_id_map, inference, language. */
  config: string;
  sampleRate: number;
}

async function generate(args: string[]): Promise<void> {
  await exec(SYSTEM_PYTHON, [TINY_VOICE_SCRIPT, ...args]);
}

/** Copy (part of) Debian's espeak-ng-data into `<dir>/espeak-ng-data`. */
export async function copyEspeakData(dir: string, choice: EspeakDataChoice = 'english'): Promise<string> {
  const target = join(dir, 'espeak-ng-data');
  if (choice === 'none') return target;
  await mkdir(target, { recursive: true });
  if (choice === 'english') {
    for (const entry of ['phontab', 'phonindex', 'phondata', 'intonations', 'en_dict', 'lang', 'voices']) {
      await cp(join(ESPEAK_NG_DATA, entry), join(target, entry), { recursive: true });
    }
  }
  return target;
}

/** Pack `<root>/<folder>` as `<root>/<folder>.tar.bz2` with the system tar. */
export async function packTarBz2(dir: string): Promise<string> {
  const archive = `${dir}.tar.bz2`;
  await exec('tar', ['-cjf', archive, '-C', dirname(dir), basename(dir)]);
  return archive;
}

/** Build a sherpa-onnx-layout Piper archive (folder and .tar.bz2) under `root`. */
export async function makeTinyPiperArchive(root: string, options: TinyPiperOptions = {}): Promise<TinyPiperArchive> {
  const { name = 'en_US-tiny-x_low', speakers = 1, sampleRate = 22050, espeakData = 'english', espeakVoice = 'en-us' } = options;
  const dir = join(root, `vits-piper-${name}`);
  await generate(['piper', '--out', dir, '--name', name, '--speakers', String(speakers), '--sample-rate', String(sampleRate), '--voice', espeakVoice]);
  const dataDir = await copyEspeakData(dir, espeakData);
  const archive = await packTarBz2(dir);
  return { name, dir, archive, model: join(dir, `${name}.onnx`), tokens: join(dir, 'tokens.txt'), dataDir, sampleRate, speakers };
}

/** Build a raw Piper pair `<root>/<name>.onnx` + `<root>/<name>.onnx.json` (as rhasspy/piper-voices publishes them). */
export async function makeTinyPiperRaw(root: string, options: Omit<TinyPiperOptions, 'espeakData'> = {}): Promise<TinyPiperRaw> {
  const { name = 'en_US-tiny-x_low', speakers = 1, sampleRate = 22050, espeakVoice = 'en-us' } = options;
  await generate(['piper', '--raw', '--out', root, '--name', name, '--speakers', String(speakers), '--sample-rate', String(sampleRate), '--voice', espeakVoice]);
  const model = join(root, `${name}.onnx`);
  return { name, model, config: `${model}.json`, sampleRate };
}

/** Build a sherpa-onnx-layout Kokoro archive (folder and .tar.bz2) under `root`, with `speakers` speakers. */
export async function makeTinyKokoroArchive(root: string, options: TinyKokoroOptions = {}): Promise<TinyKokoroArchive> {
  const { name = 'kokoro-tiny-en', speakers = 3, espeakData = 'english', espeakVoice = 'en-us' } = options;
  const dir = join(root, name);
  await generate(['kokoro', '--out', dir, '--speakers', String(speakers), '--voice', espeakVoice]);
  const dataDir = await copyEspeakData(dir, espeakData);
  const archive = await packTarBz2(dir);
  const names = Array.from({ length: speakers }, (_, i) => `${i % 2 === 0 ? 'af' : 'am'}_tiny${i}`);
  return {
    name, dir, archive, model: join(dir, 'model.onnx'), voices: join(dir, 'voices.bin'), tokens: join(dir, 'tokens.txt'),
    dataDir, sampleRate: 24000, speakers: names,
  };
}

/** sha256 of a file, hex. */
export async function sha256File(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** The InstalledVoice a tiny Piper archive folder is (as the store would describe it after unpacking it). */
export async function tinyPiperVoice(archive: TinyPiperArchive, id = `piper:${archive.name}`): Promise<InstalledVoice> {
  return {
    id, engine: 'piper', language: 'en-US', dir: archive.dir, model: archive.model, tokens: archive.tokens,
    dataDir: archive.dataDir, speakerId: 0, sampleRate: archive.sampleRate, modelSha256: await sha256File(archive.model), source: 'custom',
  };
}

/** The InstalledVoice of one speaker of a tiny Kokoro archive folder. */
export async function tinyKokoroVoice(archive: TinyKokoroArchive, speakerId = 0): Promise<InstalledVoice> {
  return {
    id: `kokoro:${archive.speakers[speakerId]}`, engine: 'kokoro', language: 'en-US', dir: archive.dir, model: archive.model,
    tokens: archive.tokens, dataDir: archive.dataDir, voices: archive.voices, speakerId, sampleRate: archive.sampleRate,
    modelSha256: await sha256File(archive.model), source: 'custom',
  };
}

/** Overwrite a file with bytes (to break a model, voices.bin or tokens.txt on purpose). */
export async function overwrite(file: string, bytes: string | Uint8Array): Promise<void> {
  await writeFile(file, bytes);
}
