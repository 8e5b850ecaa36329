// Whether a `script:` value is inline text or a file, what format a script file has, and its text.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeText, type DecodedText } from './decode-text.js';
import type { ScriptSource } from './types.js';

/** Script file extensions and the format each is read as. */
export const SCRIPT_FORMATS: Readonly<Record<string, ScriptSource['format']>> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.srt': 'srt',
  '.vtt': 'vtt',
};

/** How a `script:` value is read. */
export type ScriptKind = 'file' | 'inline' | 'bad-extension';

/**
 * A single line ending in a script extension is a file; a single word with a slash but another
 * extension is a mistaken path; anything else (several lines, plain sentences) is inline text.
 * A 'file' value with spaces that names no existing file is read as inline text by `checkInputs`.
 */
export function scriptKind(value: string): ScriptKind {
  const text = value.trim();
  if (text.includes('\n')) return 'inline';
  if (SCRIPT_FORMATS[path.extname(text).toLowerCase()] !== undefined) return 'file';
  return /[/\\]/.test(text) && !/\s/.test(text) ? 'bad-extension' : 'inline';
}

/** The format of a script file, from its extension. */
export function scriptFormat(file: string): ScriptSource['format'] {
  return SCRIPT_FORMATS[path.extname(file).toLowerCase()] ?? 'text';
}

/** A script file's text, or where it stops being UTF-8 text (a binary file, UTF-16, Latin-1): such a file is never spoken. */
export async function readScriptText(file: string): Promise<DecodedText> {
  return decodeText(await readFile(file));
}
