// ElevenLabs' character alignment (a start and end time per character) turned into word times.

import type { WordTiming } from './types.js';

/** Character times as ElevenLabs' `alignment` (or `normalized_alignment`) gives them. */
export interface CharacterAlignment {
  characters: string[];
  character_start_times_seconds: number[];
  character_end_times_seconds: number[];
}

const hasWordCharacter = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Whether a value has the shape of a character alignment (three arrays of one length). */
export function isCharacterAlignment(value: unknown): value is CharacterAlignment {
  if (!value || typeof value !== 'object') return false;
  const a = value as Record<string, unknown>;
  const arrays = [a.characters, a.character_start_times_seconds, a.character_end_times_seconds];
  return arrays.every(Array.isArray) && arrays.every((list) => (list as unknown[]).length === (a.characters as unknown[]).length);
}

/**
 * Words from character times: runs of non-space characters, each from its first character's start to its
 * last one's end, clamped to `duration_s`. A run of punctuation only ("—") joins the word before it.
 */
export function alignmentWords(alignment: CharacterAlignment, duration_s: number): WordTiming[] {
  const { characters, character_start_times_seconds: starts, character_end_times_seconds: ends } = alignment;
  const words: WordTiming[] = [];
  let text = '';
  let start = 0;
  let end = 0;
  const clamp = (t: number): number => Math.min(duration_s, Math.max(0, Number.isFinite(t) ? t : 0));
  const flush = (): void => {
    if (text === '') return;
    const previous = words[words.length - 1];
    if (!hasWordCharacter(text) && previous) {
      previous.text += ` ${text}`;
      previous.end_s = Math.max(previous.end_s, clamp(end));
    } else {
      words.push({ text, start_s: clamp(start), end_s: Math.max(clamp(start), clamp(end)) });
    }
    text = '';
  };
  characters.forEach((character, i) => {
    if (/^\s*$/u.test(character)) return flush();
    if (text === '') start = starts[i] ?? 0;
    text += character;
    end = ends[i] ?? start;
  });
  flush();
  return words;
}
