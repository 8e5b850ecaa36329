// Turn a raw rhasspy/piper-voices pair (NAME.onnx + NAME.onnx.json) into what sherpa-onnx reads: the model
// with sherpa's metadata appended (as k2-fsa/sherpa-onnx scripts/piper/add_meta_data.py writes it), a tokens.txt
// from the phoneme_id_map, and an espeak-ng-data folder (the pair ships none: see espeakDataSource).

import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VoiceoverError } from '../core/errors.js';
import { appendOnnxMetadata, readOnnxMetadata } from './voice-onnx-meta.js';

/** Debian/Ubuntu (package espeak-ng-data) and other common places of espeak-ng's data folder. */
export const SYSTEM_ESPEAK_DATA = ['/usr/lib/x86_64-linux-gnu/espeak-ng-data', '/usr/lib/aarch64-linux-gnu/espeak-ng-data', '/usr/share/espeak-ng-data', '/usr/lib/espeak-ng-data', '/usr/local/share/espeak-ng-data', '/opt/homebrew/share/espeak-ng-data'];

/**
 * Where a raw Piper voice's espeak-ng-data comes from: `$VOICEOVER_ESPEAK_DATA`, else the store's own or one an
 * installed sherpa-onnx archive brought (`others`), else the system's (apt-get install espeak-ng-data).
 */
export function espeakDataSource(others: string[], env: NodeJS.ProcessEnv = process.env, system: readonly string[] = SYSTEM_ESPEAK_DATA): string | undefined {
  const named = env.VOICEOVER_ESPEAK_DATA?.trim();
  const candidates = [...(named ? [named] : []), ...others, ...system];
  return candidates.find((dir) => existsSync(join(dir, 'phontab')));
}

interface PiperConfig {
  audio?: { sample_rate?: number };
  espeak?: { voice?: string };
  language?: { name_english?: string; code?: string };
  num_speakers?: number;
  phoneme_id_map?: Record<string, number[]>;
  phoneme_type?: string;
}

/** Write the sherpa-onnx layout of `model` + `config` into `target` (created). Returns the model's file name. */
export async function convertPiperPair(model: string, config: string, name: string, target: string, espeakData: string | undefined, label: string): Promise<void> {
  const invalid = (detail: string): VoiceoverError => new VoiceoverError('VOICE_ARCHIVE_INVALID', { file: label, detail });
  let parsed: PiperConfig;
  try {
    parsed = JSON.parse(await readFile(config, 'utf8')) as PiperConfig;
  } catch (error) {
    throw invalid(`${config} is not a Piper voice config: ${(error as Error).message}`);
  }
  const map = parsed.phoneme_id_map;
  const sampleRate = parsed.audio?.sample_rate;
  if (!map || typeof map !== 'object' || !sampleRate) throw invalid(`${config} lacks phoneme_id_map or audio.sample_rate`);
  if (parsed.phoneme_type && parsed.phoneme_type !== 'espeak') throw invalid(`${config}: phoneme_type "${parsed.phoneme_type}" (sherpa-onnx speaks Piper voices phonemized by espeak-ng only)`);
  for (const needed of ['_', '^', '$']) if (!map[needed]) throw invalid(`${config}: phoneme_id_map lacks "${needed}"`);
  if (!espeakData) {
    throw invalid('a raw Piper voice needs espeak-ng-data and none was found: apt-get install espeak-ng-data, install any catalogued Piper voice first, or set VOICEOVER_ESPEAK_DATA=/path/to/espeak-ng-data');
  }
  await mkdir(target, { recursive: true });
  const file = join(target, `${name}.onnx`);
  await copyFile(model, file);
  const existing = await readOnnxMetadata(file).catch((error: Error) => {
    throw invalid(`${model}: ${error.message}`);
  });
  const wanted: Record<string, string | number> = {
    model_type: 'vits', comment: 'piper', language: parsed.language?.name_english ?? 'English', voice: parsed.espeak?.voice ?? 'en-us',
    has_espeak: 1, has_g2pw: 0, n_speakers: parsed.num_speakers ?? 1, sample_rate: sampleRate, version: 1,
  };
  const missing = Object.fromEntries(Object.entries(wanted).filter(([key]) => !(key in existing)));
  if (Object.keys(missing).length > 0) await appendOnnxMetadata(file, missing);
  const tokens = Object.entries(map).map(([symbol, ids]) => `${symbol} ${ids[0]}`).join('\n');
  await writeFile(join(target, 'tokens.txt'), `${tokens}\n`);
  await cp(espeakData, join(target, 'espeak-ng-data'), { recursive: true });
}
