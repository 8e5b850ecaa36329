// SRT and WebVTT files → timed cues (via the `subtitle` library), with each cue's line in the file.

import { parseSync, RE_TIMESTAMP, type NodeCue } from 'subtitle';
import { INNER_TAG, innerTagOffset, readLeadingTags } from './leading-tags.js';
import { stripMarkup } from './markup.js';
import type { RawCue } from './raw-cue.js';
import type { ScriptDiagnostics } from './script-diagnostics.js';

const NAMES = { srt: 'SRT', vtt: 'WebVTT' } as const;
const TIMING_HINT = { srt: 'each cue is: an index line, a timing line like 00:00:01,000 --> 00:00:04,000, its text, then a blank line', vtt: 'each cue is: an optional id line, a timing line like 00:00:01.000 --> 00:00:04.000, its text, then a blank line' } as const;

/**
 * Lines as the library can read them. subtitle@4 rejects WebVTT cue identifiers and STYLE/REGION
 * blocks (it expects a number or a timing line there; https://github.com/gsantiago/subtitle.js
 * Parser.parseId), so identifiers become "0" and those blocks become NOTE blocks. The line count
 * never changes, so line numbers stay true.
 */
function libraryLines(lines: readonly string[], format: 'srt' | 'vtt'): string[] {
  if (format === 'srt') return [...lines];
  return lines.map((line, i) => {
    const before = i === 0 ? '' : lines[i - 1] ?? '';
    if (before.trim() !== '' || line.trim() === '') return line;
    if (/^(STYLE|REGION)\b/.test(line)) return `NOTE ${line}`;
    if (/^NOTE\b/.test(line)) return line;
    const next = lines[i + 1];
    return next !== undefined && RE_TIMESTAMP.test(next) && !RE_TIMESTAMP.test(line) ? '0' : line;
  });
}

/** 0-based indices of the timing lines the library turned into cues (those in NOTE blocks are not). */
function timingLineIndices(lines: readonly string[]): number[] {
  const found: number[] = [];
  let inNote = false;
  lines.forEach((line, i) => {
    if (line.trim() === '') inNote = false;
    else if (/^NOTE\b/.test(line) && (i === 0 || (lines[i - 1] ?? '').trim() === '')) inNote = true;
    else if (!inNote && RE_TIMESTAMP.test(line)) found.push(i);
  });
  return found;
}

/** Script line of the library's "expected timestamp at row N" (rows count from the first non-blank line). */
function lineOfLibraryError(message: string, lines: readonly string[]): number {
  const row = /row (\d+)/.exec(message);
  const leadingBlank = lines.findIndex((line) => line.trim() !== '');
  return row ? Math.max(leadingBlank, 0) + Number(row[1]) : 1;
}

/** Text lines of a cue up to the first blank line; reports text that follows a blank line inside it. */
function cueTextLines(textLines: readonly string[], firstLine: number, format: 'srt' | 'vtt', diagnostics: ScriptDiagnostics): string[] {
  const blank = textLines.findIndex((line) => line.trim() === '');
  if (blank < 0) return [...textLines];
  const after = textLines.findIndex((line, j) => j > blank && line.trim() !== '');
  if (after >= 0) {
    const isIndex = /^\d+$/.test((textLines[after] ?? '').trim());
    const at = isIndex && after + 1 < textLines.length ? after + 1 : after;
    const found = (textLines[at] ?? '').trim();
    const message = isIndex ? `"${found}" is not a valid ${NAMES[format]} timing line` : `text "${found}" after a blank line is not part of any cue`;
    diagnostics.error(firstLine + at, 1, message, TIMING_HINT[format]);
  }
  return textLines.slice(0, blank);
}

/** Column (1-based) of `piece` in a raw caption line, 1 when markup hides it. */
const columnOf = (raw: string, piece: string): number => raw.indexOf(piece) + 1 || 1;

/** Report `{key=value}` tags inside a cue's text (only the opening ones are read as tags). */
function reportInnerTags(rawLines: readonly string[], firstLine: number, diagnostics: ScriptDiagnostics): void {
  rawLines.forEach((raw, j) => {
    const plain = stripMarkup(raw);
    const rest = j === 0 ? plain.slice(readLeadingTags(plain).consumed) : plain;
    const inner = innerTagOffset(rest);
    if (inner < 0) return;
    const tag = rest.slice(inner, rest.indexOf('}', inner) + 1);
    diagnostics.error(firstLine + j, columnOf(raw, tag), INNER_TAG.message, INNER_TAG.hint);
  });
}

/**
 * Cues of an SRT or WebVTT file: start and end times from the file, markup stripped, an optional
 * `{voice=…}` tag at the start of a cue's text, `line` = the line of the cue's first text line.
 */
export function parseSubtitles(text: string, format: 'srt' | 'vtt', diagnostics: ScriptDiagnostics): RawCue[] {
  const lines = libraryLines(text.split('\n'), format);
  if (format === 'vtt' && !/^\s*(\uFEFF)?WEBVTT\b/.test(text)) {
    diagnostics.warn(1, 1, 'a WebVTT file should start with a WEBVTT line', 'add WEBVTT as the first line, then a blank line');
  }
  let nodes: ReturnType<typeof parseSync>;
  try {
    nodes = parseSync(lines.join('\n'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = lineOfLibraryError(message, lines);
    diagnostics.error(line, 1, `not a valid ${NAMES[format]} cue: "${(lines[line - 1] ?? '').trim()}" is not a timing line`, TIMING_HINT[format]);
    return [];
  }
  const timings = timingLineIndices(lines);
  const cues: RawCue[] = [];
  let previous: { start: number; line: number; written: string } | undefined;
  nodes.filter((node): node is NodeCue => node.type === 'cue').forEach((node, k) => {
    const timingIndex = timings[k] ?? timings[timings.length - 1] ?? 0;
    const timingLine = timingIndex + 1;
    const written = RE_TIMESTAMP.exec(lines[timingIndex] ?? '')?.[1] ?? String(node.data.start / 1000);
    const firstTextIndex = lines.findIndex((line, i) => i > timingIndex && line.trim() !== '');
    const firstLine = firstTextIndex < 0 ? timingLine + 1 : firstTextIndex + 1;
    const rawLines = cueTextLines(node.data.text.split('\n'), firstLine, format, diagnostics);
    const plain = rawLines.map((line) => stripMarkup(line).replace(/^\s*-\s+/, '').trim()).filter((line) => line !== '').join(' ');
    const tags = readLeadingTags(plain);
    for (const problem of tags.problems) {
      const tagText = plain.slice(problem.offset, plain.indexOf('}', problem.offset) + 1 || undefined);
      diagnostics.error(firstLine, columnOf(rawLines[0] ?? '', tagText), problem.message, problem.hint);
    }
    reportInnerTags(rawLines, firstLine, diagnostics);
    const cueText = tags.rest.trim();
    if (node.data.end <= node.data.start) {
      diagnostics.error(timingLine, 1, `the cue at ${written} does not end after it starts`, 'make the time after --> later than the one before it');
    }
    if (previous && node.data.start <= previous.start) {
      diagnostics.error(timingLine, 1, `the cue at ${written} on line ${diagnostics.line(timingLine)} does not start after the cue at ${previous.written} on line ${diagnostics.line(previous.line)}`, 'order the cues by start time; a voiceover cannot speak two cues at once');
    }
    previous = { start: node.data.start, line: timingLine, written };
    if (cueText === '') {
      diagnostics.warn(timingLine, 1, `the cue at ${written} has no text; it is skipped`, 'write its text on the line after the timing line, or delete the cue');
      return;
    }
    const cue: RawCue = { text: cueText, cue_s: node.data.start / 1000, end_s: node.data.end / 1000, line: firstLine };
    if (tags.voice !== undefined) cue.voice = tags.voice;
    cues.push(cue);
  });
  return cues;
}
