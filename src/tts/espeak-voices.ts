// Parse `espeak-ng --voices` into Voice entries with ids `espeak:<language>` (never clash with flite's bare names).

import { normaliseLanguage } from './language.js';
import type { Voice } from './types.js';

/** Prefix of every espeak-ng voice id: `espeak:en-us`, `espeak:de`, `espeak:fr-fr`. */
export const ESPEAK_VOICE_PREFIX = 'espeak:';

/** The espeak-ng language code inside a voice id (`espeak:en-us` → `en-us`), or undefined for other ids. */
export function espeakLanguageOf(voiceId: string): string | undefined {
  if (!voiceId.toLowerCase().startsWith(ESPEAK_VOICE_PREFIX)) return undefined;
  const code = voiceId.slice(ESPEAK_VOICE_PREFIX.length).toLowerCase();
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) ? code : undefined;
}

/**
 * Voices from the table `espeak-ng --voices` prints:
 * ` 2  en-us   --/M   English_(America)   gmw/en-US   (en 3)`, one id per language code (first row wins).
 */
export function parseEspeakVoices(table: string): Voice[] {
  const voices: Voice[] = [];
  const seen = new Set<string>();
  for (const line of table.split('\n')) {
    const match = /^\s*\d+\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*(.*)$/.exec(line);
    if (!match) continue; // the header and blank lines
    const [, code = '', ageGender = '', name = '', , rest = ''] = match;
    const id = ESPEAK_VOICE_PREFIX + code.toLowerCase();
    if (seen.has(id)) continue;
    seen.add(id);
    const gender = ageGender.endsWith('/F') ? 'female' : ageGender.endsWith('/M') ? 'male' : '';
    const otherLanguages = [...rest.matchAll(/\(([A-Za-z0-9-]+)\s+\d+\)/g)].map((m) => normaliseLanguage(m[1] ?? ''));
    voices.push({
      id,
      engine: 'espeak-ng',
      language: normaliseLanguage(code),
      description: `${name.replace(/_/g, ' ')} (espeak-ng${gender ? `, ${gender}` : ''})`,
      ...(otherLanguages.length > 0 ? { otherLanguages } : {}),
    });
  }
  return voices;
}
