// What a file is, from its first bytes (magic numbers), never from its name.

/** A recognised container and what it holds. */
export interface SniffedType {
  format: 'mp4' | 'mov' | 'm4a' | 'avi' | 'webm' | 'mkv' | 'jpg' | 'png' | 'gif' | 'webp' | 'mp3' | 'wav' | 'aac';
  kind: 'video' | 'image' | 'audio';
  mime: string;
}

/** How many leading bytes `sniffType` wants. */
export const SNIFF_BYTES = 4096;

const ascii = (head: Uint8Array, from: number, length: number): string => Buffer.from(head.subarray(from, from + length)).toString('latin1');
const type = (format: SniffedType['format'], kind: SniffedType['kind'], mime: string): SniffedType => ({ format, kind, mime });

/** The accepted type the bytes start like, or undefined (protocol: mp4 mov avi webm mkv · jpg png gif webp · mp3 wav m4a aac). */
export function sniffType(head: Uint8Array): SniffedType | undefined {
  if (head.length < 4) return undefined;
  const box = ascii(head, 4, 4);
  if (box === 'ftyp') {
    const brand = ascii(head, 8, 4);
    if (brand === 'qt  ') return type('mov', 'video', 'video/quicktime');
    if (/^M4[ABP] $/.test(brand)) return type('m4a', 'audio', 'audio/mp4');
    return type('mp4', 'video', 'video/mp4');
  }
  // Old QuickTime files start straight with a movie, data or padding atom.
  if (['moov', 'mdat', 'wide', 'free', 'skip', 'pnot'].includes(box) && head.length >= 8) return type('mov', 'video', 'video/quicktime');
  if (ascii(head, 0, 4) === 'RIFF' && head.length >= 12) {
    const form = ascii(head, 8, 4);
    if (form === 'AVI ') return type('avi', 'video', 'video/x-msvideo');
    if (form === 'WAVE') return type('wav', 'audio', 'audio/wav');
    if (form === 'WEBP') return type('webp', 'image', 'image/webp');
    return undefined;
  }
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) {
    return ascii(head, 0, 64).includes('webm') ? type('webm', 'video', 'video/webm') : type('mkv', 'video', 'video/x-matroska');
  }
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return type('jpg', 'image', 'image/jpeg');
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return type('png', 'image', 'image/png');
  if (/^GIF8[79]a$/.test(ascii(head, 0, 6))) return type('gif', 'image', 'image/gif');
  return sniffAudioStream(head);
}

/** MP3 (ID3 tag or MPEG frame sync) and AAC (ADTS), which have no container header. */
function sniffAudioStream(head: Uint8Array): SniffedType | undefined {
  let at = 0;
  if (ascii(head, 0, 3) === 'ID3' && head.length >= 10) {
    // ID3v2 size is four 7-bit bytes; what follows is the first frame.
    const size = ((head[6]! & 0x7f) << 21) | ((head[7]! & 0x7f) << 14) | ((head[8]! & 0x7f) << 7) | (head[9]! & 0x7f);
    at = 10 + size;
    if (at + 2 > head.length) return type('mp3', 'audio', 'audio/mpeg');
  }
  const b0 = head[at];
  const b1 = head[at + 1];
  if (b0 !== 0xff || b1 === undefined) return at > 0 ? type('mp3', 'audio', 'audio/mpeg') : undefined;
  if ((b1 & 0xf6) === 0xf0) return type('aac', 'audio', 'audio/aac');
  if ((b1 & 0xe0) === 0xe0 && ((b1 >> 1) & 3) !== 0) return type('mp3', 'audio', 'audio/mpeg');
  return undefined;
}
