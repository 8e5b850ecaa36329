// The pinned voice catalogue (voice-catalogue.json): which neural voices can be installed, from where,
// pinned by which checksum; and the voice ids they give (one per Kokoro speaker).

import type { CatalogueEntry, CataloguedVoice } from './neural-types.js';
import catalogueJson from './voice-catalogue.json' with { type: 'json' };

/** The espeak-ng-data archive a raw Piper voice may need (sherpa-onnx's archives bring their own). */
export interface EspeakDataArchive {
  url: string;
  checksum: CatalogueEntry['checksum'];
  licence: string;
  description: string;
  checksumNote: string;
}

interface CatalogueFile {
  version: string;
  espeakData: EspeakDataArchive;
  entries: CatalogueEntry[];
}

const file = catalogueJson as CatalogueFile;

/** Version of the catalogue: part of the action's voice cache key, so a new catalogue never reuses old voices. */
export const CATALOGUE_VERSION: string = file.version;

/** Where espeak-ng-data is fetched from when a raw Piper voice needs it and this machine has none. */
export function espeakDataArchive(): EspeakDataArchive {
  return file.espeakData;
}

/** Every installable archive of the catalogue. */
export function catalogueEntries(): readonly CatalogueEntry[] {
  return file.entries;
}

/** Language of a Kokoro speaker, from its name's first letter (Kokoro's VOICES.md convention). */
const KOKORO_LANGUAGES: Record<string, string> = { a: 'en-US', b: 'en-GB', e: 'es', f: 'fr', h: 'hi', i: 'it', j: 'ja', p: 'pt-BR', z: 'zh' };

/** The language a Kokoro speaker (`af_heart`, `bm_george`) speaks; `fallback` when its prefix is unknown. */
export function kokoroSpeakerLanguage(speaker: string, fallback = 'en-US'): string {
  return KOKORO_LANGUAGES[speaker.charAt(0).toLowerCase()] ?? fallback;
}

/** Gender a Kokoro speaker's name states (second letter f/m), else undefined. */
export function kokoroSpeakerGender(speaker: string): 'female' | 'male' | undefined {
  const letter = speaker.charAt(1).toLowerCase();
  return letter === 'f' ? 'female' : letter === 'm' ? 'male' : undefined;
}

/** One voice id a catalogue entry gives, with the speaker id it speaks as. */
export interface CatalogueVoiceId {
  id: string;
  entry: CatalogueEntry;
  speakerId: number;
  language: string;
}

/** The voice ids of an entry: `kokoro:<speaker>` per Kokoro speaker; a Piper archive is one voice (speaker 0). */
export function voiceIdsOf(entry: CatalogueEntry): CatalogueVoiceId[] {
  if (entry.engine === 'kokoro') {
    return (entry.speakers ?? []).map((speaker, speakerId) => ({
      id: `kokoro:${speaker}`, entry, speakerId, language: kokoroSpeakerLanguage(speaker, entry.language),
    }));
  }
  return [{ id: entry.id, entry, speakerId: 0, language: entry.language }];
}

/** Every voice id the catalogue offers. */
export function catalogueVoiceIds(): CatalogueVoiceId[] {
  return catalogueEntries().flatMap(voiceIdsOf);
}

/** The entry and speaker a voice id (or a Kokoro archive id) names, case-insensitively; undefined when not catalogued. */
export function findCatalogueVoice(id: string): CatalogueVoiceId | undefined {
  const wanted = id.trim().toLowerCase();
  const voice = catalogueVoiceIds().find((v) => v.id.toLowerCase() === wanted);
  if (voice) return voice;
  const entry = catalogueEntries().find((e) => e.id.toLowerCase() === wanted);
  return entry ? voiceIdsOf(entry)[0] : undefined;
}

/** The entry whose download is named `fileName` (`vits-piper-de_DE-thorsten-medium.tar.bz2`, `en_US-amy-medium.onnx`). */
export function findCatalogueEntryByFile(fileName: string): CatalogueEntry | undefined {
  return catalogueEntries().find((entry) => urlFileName(entry.url) === fileName);
}

/** The last path segment of a URL. */
export function urlFileName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
}

/** The voices of the catalogue as the engines and the config check list them. */
export function cataloguedVoices(): CataloguedVoice[] {
  return catalogueVoiceIds().map(({ id, entry, language }) => ({
    id,
    engine: entry.engine,
    language,
    description: `${entry.description} (${entry.quality}, ${entry.licence})`,
  }));
}
