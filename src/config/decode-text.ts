// Bytes of a user's text file (the config, a script) as text, or where and why they are not UTF-8 text.

/** Decoded text, or the first byte that makes the file not text (a NUL byte, or bytes that are not UTF-8). */
export type DecodedText = { text: string } | { problem: 'binary' | 'utf16' | 'not-utf8'; line: number; col: number; byte: number };

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no overlongs, surrogates, > U+10FFFF). */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0) return i;
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const next = b[i + k];
      if (next === undefined || next < (k === 1 ? lo : 0x80) || next > (k === 1 ? hi : 0xbf)) return k === 1 ? i : i + k;
    }
    i += n + 1;
  }
  return b.length;
}

/** 1-based line and column of byte `offset` (columns count characters of the line before it). */
function positionOf(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, col: new TextDecoder().decode(bytes.subarray(start, offset)).length + 1 };
}

/** UTF-8 text (a leading BOM dropped); a NUL byte or a byte that is not UTF-8 is a problem at its line and column. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: 'utf16', line: 1, col: 1, byte: bytes[0] };
  const nul = bytes.indexOf(0);
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = Math.min(firstInvalidUtf8(bytes), bytes.length - 1);
    if (nul < 0 || nul > offset) return { problem: 'not-utf8', ...positionOf(bytes, offset), byte: bytes[offset] ?? 0 };
  }
  if (nul >= 0) return { problem: 'binary', ...positionOf(bytes, nul), byte: 0 };
  return { text: text! };
}

/** The sentence for a decoding problem of file `name`, and what to do. */
export function decodeProblem(name: string, problem: Exclude<DecodedText, { text: string }>): { message: string; hint: string } {
  const save = 'save it as plain UTF-8 text (most editors: "Save with encoding" → UTF-8)';
  if (problem.problem === 'utf16') return { message: `\`${name}\` is UTF-16 text, not UTF-8`, hint: save };
  if (problem.problem === 'binary') {
    return { message: `\`${name}\` is not a text file: it has a NUL byte at line ${problem.line}, column ${problem.col} (a binary file, or UTF-16 text)`, hint: `point at the right file, or ${save}` };
  }
  const hex = `0x${problem.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return { message: `\`${name}\` is not UTF-8 text: byte ${hex} at line ${problem.line}, column ${problem.col} is not UTF-8 (Latin-1 or Windows-1252 text, or a binary file)`, hint: save };
}
