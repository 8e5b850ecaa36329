// Language tags: normalise espeak-style codes to BCP-47 casing and rank voices for a wanted language.

import type { Voice } from './types.js';

/** `en-us` → `en-US`, `cmn-latn-pinyin` → `cmn-Latn-pinyin`, `EN_gb` → `en-GB` (BCP-47 casing). */
export function normaliseLanguage(tag: string): string {
  return tag
    .trim()
    .split(/[-_]/)
    .filter(Boolean)
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (/^[a-z]{2}$/i.test(part)) return part.toUpperCase();
      if (/^[a-z]{4}$/i.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}

/** The primary language subtag, lower case: `en-US` → `en`. */
export function primaryLanguage(tag: string): string {
  return normaliseLanguage(tag).split('-')[0] ?? '';
}

/** Whether a voice can speak text of the wanted language (same primary subtag, or listed as another language). */
export function speaksLanguage(voice: Voice, wanted: string): boolean {
  return languageScore(voice, wanted) > 0;
}

/**
 * How well a voice fits a wanted language, 0 when it does not. From best to worst: the exact tag (6); for a
 * regional want, a voice listing it as another language (5, espeak's es-419 for es-MX); the bare language (4);
 * its home region, `fr-FR` for `fr` (3); a voice listing the wanted tag (2.5); same primary subtag (2); a voice
 * listing another tag of the same primary language (1).
 */
export function languageScore(voice: Voice, wanted: string): number {
  const want = normaliseLanguage(wanted).toLowerCase();
  const have = normaliseLanguage(voice.language).toLowerCase();
  const primary = want.split('-')[0] ?? '';
  const others = (voice.otherLanguages ?? []).map((tag) => normaliseLanguage(tag).toLowerCase());
  if (have === want) return 6;
  if (want !== primary && others.includes(want)) return 5;
  if (have === primary) return 4;
  if (have === `${primary}-${primary}`) return 3;
  if (others.includes(want)) return 2.5;
  if (have.split('-')[0] === primary) return 2;
  if (others.some((tag) => tag.split('-')[0] === primary)) return 1;
  return 0;
}

/**
 * The installed voice that best fits the wanted language (ties: shorter tag, then list order), or undefined.
 * A catalogued voice that is not installed (`installed: false`) is never picked: only one named explicitly is installed.
 */
export function bestVoiceFor(voices: readonly Voice[], wanted: string): Voice | undefined {
  let best: { voice: Voice; score: number } | undefined;
  for (const voice of voices) {
    if (voice.installed === false) continue;
    const score = languageScore(voice, wanted);
    if (score === 0) continue;
    if (!best || score > best.score || (score === best.score && voice.language.length < best.voice.language.length)) {
      best = { voice, score };
    }
  }
  return best?.voice;
}
