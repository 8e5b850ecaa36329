// What voices an unpacked sherpa-onnx TTS folder holds: its model, tokens, espeak-ng-data, voices.bin and
// lexicons, and the model's metadata (sample rate, speakers); one voice per Kokoro speaker.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { VoiceoverError } from '../core/errors.js';
import { kokoroSpeakerLanguage } from './catalogue.js';
import type { CatalogueEntry, InstalledVoice } from './neural-types.js';
import { readOnnxMetadata } from './voice-onnx-meta.js';

/** An installed voice as voice.json stores it: paths relative to its folder (so a restored store may move). */
export type StoredVoice = Omit<InstalledVoice, 'dir'>;

/** sha256 of a file, hex, streamed. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function isDir(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** `en_US-amy-medium` → `en-US` (a Piper name starts with its language); undefined when it does not. */
export function piperNameLanguage(name: string): string | undefined {
  const match = /^([a-z]{2,3})(?:_([A-Z]{2}))?-/.exec(name);
  return match ? (match[2] ? `${match[1]}-${match[2]}` : match[1]) : undefined;
}

/**
 * The lexicons a Kokoro speaker uses, in the order sherpa-onnx consults them: of a multi-lang archive's
 * lexicon-us-en.txt and lexicon-gb-en.txt only the one of the speaker's English (British for en-GB speakers),
 * then the others (lexicon-zh.txt), as sherpa-onnx's examples pass them.
 */
export function lexiconsFor(lexicons: string[], language: string): string | undefined {
  const british = language.toLowerCase() === 'en-gb';
  const english = lexicons.filter((name) => /-(us|gb)-en\.txt$/.test(name));
  const mine = english.filter((name) => name.includes(british ? '-gb-en' : '-us-en'));
  const chosen = [...(mine.length > 0 ? mine : english), ...lexicons.filter((name) => !english.includes(name))];
  return chosen.length > 0 ? chosen.join(',') : undefined;
}

/** The voice name an archive or folder gives: `vits-piper-en_US-foo-medium.tar.bz2` → `en_US-foo-medium`. */
export function archiveVoiceName(fileName: string): string {
  return basename(fileName).replace(/\.tar\.bz2$/, '').replace(/\.onnx$/, '').replace(/^(vits-piper-|piper-)/, '');
}

/**
 * Describe the voices of `dir` (an unpacked archive). `entry`, when catalogued, names the voice and its
 * speakers; otherwise they come from the folder name and the model's metadata. Throws VOICE_ARCHIVE_INVALID.
 */
export async function describeVoiceFolder(dir: string, entry: CatalogueEntry | undefined, label: string): Promise<StoredVoice[]> {
  const invalid = (detail: string): VoiceoverError => new VoiceoverError('VOICE_ARCHIVE_INVALID', { file: label, detail });
  const names = await readdir(dir).catch(() => [] as string[]);
  const models = names.filter((name) => name.endsWith('.onnx'));
  const model = models.includes('model.onnx') ? 'model.onnx' : models.find((name) => !name.includes('int8')) ?? models[0];
  if (!model) throw invalid('has no .onnx model');
  if (!names.includes('tokens.txt')) throw invalid('has no tokens.txt');
  if (!(await isDir(join(dir, 'espeak-ng-data')))) throw invalid('has no espeak-ng-data/ folder');
  let meta: Record<string, string>;
  try {
    meta = await readOnnxMetadata(join(dir, model));
  } catch (error) {
    throw invalid(`${model}: ${(error as Error).message}`);
  }
  const kokoro = names.includes('voices.bin');
  const sampleRate = Number(meta.sample_rate ?? entry?.sampleRate);
  if (!(sampleRate > 0)) throw invalid(`${model} has no sample_rate in its metadata (not a sherpa-onnx model: for a raw Piper model give NAME.onnx with NAME.onnx.json)`);
  const stated = Number(meta.n_speakers ?? 0);
  if (entry?.speakers && stated > 0 && stated !== entry.speakers.length) {
    throw invalid(`${model} has ${stated} speaker(s), the catalogue entry ${entry.id} names ${entry.speakers.length}: not the archive the catalogue pins`);
  }
  const modelSha256 = await sha256OfFile(join(dir, model));
  const source = entry ? 'catalogue' : 'custom';
  const common = { model, tokens: 'tokens.txt', dataDir: 'espeak-ng-data', sampleRate, modelSha256, source } as const;
  if (kokoro) {
    const lexicons = names.filter((name) => /^lexicon.*\.txt$/.test(name)).sort();
    const count = Number(meta.n_speakers ?? 0);
    const speakers = entry?.speakers ?? (meta.speaker_names ? meta.speaker_names.split(',') : Array.from({ length: count }, (_, i) => `${basename(dir)}-${i}`));
    if (speakers.length === 0) throw invalid(`${model} names no speakers (n_speakers / speaker_names metadata)`);
    return speakers.map((speaker, speakerId) => {
      const language = kokoroSpeakerLanguage(speaker, entry?.language ?? 'en-US');
      const lexicon = lexiconsFor(lexicons, language);
      return { ...common, id: `kokoro:${speaker}`, engine: 'kokoro', language, voices: 'voices.bin', ...(lexicon ? { lexicon } : {}), speakerId };
    });
  }
  if (meta.comment !== 'piper' && meta.model_type !== 'vits') throw invalid(`${model} is not a Piper (VITS) model for sherpa-onnx (its metadata lacks comment=piper)`);
  const name = entry ? entry.id.replace(/^piper:/, '') : archiveVoiceName(basename(dir));
  return [{ ...common, id: `piper:${name}`, engine: 'piper', language: entry?.language ?? piperNameLanguage(name) ?? 'en', speakerId: 0 }];
}
