// Timed script text (`[mm:ss] text` lines) → timed cues, with diagnostics for bad or unordered times.

import { INNER_TAG, innerTagOffset, readLeadingTags } from './leading-tags.js';
import { isCommentLine, type RawCue } from './raw-cue.js';
import type { ScriptDiagnostics } from './script-diagnostics.js';
import { findTimePrefix, readTime } from './time-prefix.js';

/** A cue being read: where its time was written, so later problems can point at it. */
interface OpenCue {
  cue: RawCue;
  /** 1-based column just after `]`, where the text should begin. */
  textCol: number;
  written: string;
  /** False when its time was invalid: continuation lines are read but the cue is dropped. */
  valid: boolean;
}

const TIME_HINT = 'every line needs a time larger than the line before it, e.g. [00:05] then [00:12]';

/** A time as written, for messages: "01:15" → "[01:15]". */
function shown(written: string): string {
  return `[${written}]`;
}

/**
 * Cues of a timed script: `[mm:ss] text` starts a cue, lines without a time continue it, blank
 * and `#` comment lines are skipped. Text before the first time is an error (mixed timed and
 * untimed lines), as are invalid or non-increasing times, empty cues and unknown `{…}` tags.
 */
export function parseTimed(lines: readonly string[], diagnostics: ScriptDiagnostics): RawCue[] {
  const cues: RawCue[] = [];
  let open: OpenCue | undefined;
  let previous: OpenCue | undefined;
  let reportedUntimed = false;
  let afterBlank = false;

  const close = (): void => {
    if (open?.valid && open.cue.text === '') {
      diagnostics.error(open.cue.line, open.textCol, `the line at ${shown(open.written)} has no text`, 'write what should be said after the time, or delete the line');
    } else if (open?.valid) {
      cues.push(open.cue);
    }
    open = undefined;
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') {
      afterBlank = true;
      return;
    }
    if (isCommentLine(raw)) return;
    const prefix = findTimePrefix(raw);
    if (prefix) {
      close();
      afterBlank = false;
      const reading = readTime(prefix.written);
      const tags = readLeadingTags(raw.slice(prefix.end));
      for (const problem of tags.problems) diagnostics.error(line, prefix.end + problem.offset + 1, problem.message, problem.hint);
      const inner = innerTagOffset(tags.rest);
      if (inner >= 0) diagnostics.error(line, prefix.end + tags.consumed + inner + 1, INNER_TAG.message, INNER_TAG.hint);
      const cue: RawCue = { text: tags.rest.trim(), cue_s: null, end_s: null, line };
      if (tags.voice !== undefined) cue.voice = tags.voice;
      open = { cue, textCol: prefix.end + 1, written: prefix.written, valid: 'seconds' in reading };
      if (!('seconds' in reading)) {
        diagnostics.error(line, prefix.start + 1, reading.problem, reading.hint);
        return;
      }
      cue.cue_s = reading.seconds;
      if (previous?.cue.cue_s != null && reading.seconds <= previous.cue.cue_s) {
        const before = `${shown(previous.written)} on line ${diagnostics.line(previous.cue.line)}`;
        diagnostics.error(line, prefix.start + 1, `time ${shown(prefix.written)} on line ${diagnostics.line(line)} is not after ${before}`, TIME_HINT);
      }
      previous = open;
      return;
    }
    if (!open) {
      if (!reportedUntimed) {
        diagnostics.error(line, 1, 'the script mixes timed and untimed lines: this text comes before the first [mm:ss] time', 'start the line with a time like [00:00], or remove the times everywhere to spread the text over the video');
        reportedUntimed = true;
      }
      return;
    }
    const tags = readLeadingTags(raw);
    for (const problem of tags.problems) diagnostics.error(line, problem.offset + 1, problem.message, problem.hint);
    if (tags.voice !== undefined) {
      diagnostics.error(line, raw.length - raw.trimStart().length + 1, 'a {voice=…} tag must follow the time at the start of a cue', 'move the tag right after the [mm:ss] time of this cue, or give this text its own time');
    }
    const inner = innerTagOffset(tags.rest);
    if (inner >= 0) diagnostics.error(line, tags.consumed + inner + 1, INNER_TAG.message, INNER_TAG.hint);
    if (afterBlank) {
      diagnostics.warn(line, 1, `untimed text after a blank line continues the line at ${shown(open.written)} (line ${diagnostics.line(open.cue.line)})`, 'give it its own [mm:ss] time, or remove the blank line');
      afterBlank = false;
    }
    const text = tags.rest.trim();
    if (text !== '') open.cue.text = open.cue.text === '' ? text : `${open.cue.text} ${text}`;
  });
  close();
  return cues;
}
