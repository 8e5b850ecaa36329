// Plain script text → untimed cues: paragraphs split into sentences, one cue per sentence.

import { INNER_TAG, innerTagOffset, readLeadingTags } from './leading-tags.js';
import { isCommentLine, type RawCue } from './raw-cue.js';
import type { ScriptDiagnostics } from './script-diagnostics.js';
import { splitSentences } from './sentences.js';

/** One line's place in the paragraph text it was joined into. */
interface JoinedLine {
  line: number;
  /** Offset of the line's text in the paragraph. */
  offset: number;
}

/** A paragraph: its lines joined by spaces, where each line starts, and the voices its lines named. */
interface Paragraph {
  text: string;
  lines: JoinedLine[];
  voices: { offset: number; voice: string }[];
}

/** Last entry whose offset is at or before `offset`. */
function lastAtOrBefore<T extends { offset: number }>(entries: readonly T[], offset: number): T | undefined {
  let found: T | undefined;
  for (const entry of entries) if (entry.offset <= offset) found = entry;
  return found;
}

/** Group lines into paragraphs (blank lines separate them; comment lines are dropped). */
function paragraphsOf(lines: readonly string[], diagnostics: ScriptDiagnostics): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  lines.forEach((raw, i) => {
    if (raw.trim() === '') {
      current = undefined;
      return;
    }
    if (isCommentLine(raw)) return;
    const tags = readLeadingTags(raw);
    for (const problem of tags.problems) diagnostics.error(i + 1, problem.offset + 1, problem.message, problem.hint);
    const inner = innerTagOffset(tags.rest);
    if (inner >= 0) diagnostics.error(i + 1, tags.consumed + inner + 1, INNER_TAG.message, INNER_TAG.hint);
    if (tags.rest.trim() === '' && tags.voice === undefined) return;
    if (!current) {
      current = { text: '', lines: [], voices: [] };
      paragraphs.push(current);
    }
    if (current.text !== '') current.text += ' ';
    const offset = current.text.length;
    current.lines.push({ line: i + 1, offset });
    if (tags.voice !== undefined) current.voices.push({ offset, voice: tags.voice });
    current.text += tags.rest.trim();
  });
  return paragraphs;
}

/**
 * Cues of a plain script: each sentence is one untimed cue on the line it starts on. A
 * `{voice=…}` tag opening a line applies to the sentences that start from there to the end of
 * its paragraph.
 */
export function parsePlain(lines: readonly string[], diagnostics: ScriptDiagnostics): RawCue[] {
  const cues: RawCue[] = [];
  for (const paragraph of paragraphsOf(lines, diagnostics)) {
    for (const sentence of splitSentences(paragraph.text)) {
      const cue: RawCue = { text: sentence.text, cue_s: null, end_s: null, line: lastAtOrBefore(paragraph.lines, sentence.start)?.line ?? 1 };
      const voice = lastAtOrBefore(paragraph.voices, sentence.start)?.voice;
      if (voice !== undefined) cue.voice = voice;
      cues.push(cue);
    }
  }
  return cues;
}
