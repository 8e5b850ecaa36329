// The cue a format parser produces, before it is numbered and normalised for speech.

import type { Cue } from './types.js';

/** A cue without `index` and `speech`; `line` is a line of the script text (no offset yet). */
export type RawCue = Omit<Cue, 'index' | 'speech'>;

/** A line that is a comment in plain and timed scripts: `#` then anything but a digit ("#1 tool" is text). */
export function isCommentLine(line: string): boolean {
  return /^\s*#(?!\d)/.test(line);
}
