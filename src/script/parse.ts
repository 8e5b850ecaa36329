// Script text (plain, timed lines, SRT, VTT) → cues with speech text, plus diagnostics; strict mode throws.

import type { Diagnostic } from '../core/diagnostics.js';
import { VoiceoverError } from '../core/errors.js';
import { normaliseForSpeech } from './normalise.js';
import { parsePlain } from './parse-plain.js';
import { parseSubtitles } from './parse-subtitles.js';
import { parseTimed } from './parse-timed.js';
import { isCommentLine, type RawCue } from './raw-cue.js';
import { ScriptDiagnostics } from './script-diagnostics.js';
import { looksTimed } from './time-prefix.js';
import type { Cue, ParsedScript } from './types.js';
import { compilePronunciations, type PronunciationMap } from './user-pronunciations.js';

/** How to read a script. */
export interface ParseScriptOptions {
  /** 'text' is plain paragraphs or `[mm:ss]` timed lines (decided by the content). */
  format: 'text' | 'srt' | 'vtt';
  /** File name used in diagnostics (the config file for inline scripts). */
  file: string;
  /** Added to every reported line: the script's line 1 is line 1 + lineOffset of `file`. */
  lineOffset?: number;
  /** Throw VoiceoverError SCRIPT_INVALID for the first error instead of returning it. */
  strict?: boolean;
  /** Language of the text, for speech normalisation (default 'en'). */
  language?: string;
  /** The config's word → spoken form map, applied to `speech` over the built-in rules (never to `text`). */
  pronunciations?: PronunciationMap;
}

/** Parsed cues and every problem found (errors and warnings, in file order). */
export interface ParseScriptResult {
  script: ParsedScript;
  diagnostics: Diagnostic[];
}

/** Whether plain script lines use `[mm:ss]` times (then every line must). */
function isTimedText(lines: readonly string[]): boolean {
  return lines.some((line) => !isCommentLine(line) && looksTimed(line));
}

/** Cues of the script by its format, before numbering. */
function rawCues(lines: string[], text: string, options: ParseScriptOptions, diagnostics: ScriptDiagnostics): RawCue[] {
  if (options.format === 'srt' || options.format === 'vtt') return parseSubtitles(text, options.format, diagnostics);
  return isTimedText(lines) ? parseTimed(lines, diagnostics) : parsePlain(lines, diagnostics);
}

/** Parse a voiceover script into cues; each cue's `speech` is its text normalised for speech. */
export function parseScript(text: string, options: ParseScriptOptions): ParseScriptResult {
  const diagnostics = new ScriptDiagnostics(options.file, options.lineOffset ?? 0);
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = clean.split('\n');
  const raw = rawCues(lines, clean, options, diagnostics);
  if (raw.length === 0 && !diagnostics.list.some((d) => d.severity === 'error')) {
    diagnostics.error(1, 1, 'the script has no text to speak', 'write at least one sentence (lines starting with # are comments)');
  }
  const language = options.language ?? 'en';
  const pronunciations = compilePronunciations(options.pronunciations);
  const cues: Cue[] = raw.map((cue, index) => ({
    ...cue,
    index,
    line: diagnostics.line(cue.line),
    speech: normaliseForSpeech(cue.text, language, pronunciations),
  }));
  const sorted = [...diagnostics.list].sort((a, b) => a.line - b.line || a.col - b.col);
  const firstError = sorted.find((d) => d.severity === 'error');
  if (options.strict && firstError) {
    throw new VoiceoverError(
      'SCRIPT_INVALID',
      { detail: firstError.message, hint: firstError.hint },
      { location: { file: firstError.file, line: firstError.line, col: firstError.col } },
    );
  }
  return { script: { cues, timed: cues.some((cue) => cue.cue_s !== null) }, diagnostics: sorted };
}
