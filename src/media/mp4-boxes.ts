// The top-level boxes of an MP4 (ISO/IEC 14496-12 §4.2: size, type; size 1 = 64-bit size follows,
// size 0 = to the end of the file), read from their headers only: whether the file is whole (the
// boxes tile it exactly), whether it has its index (moov), and whether that index comes before the
// media data (`+faststart`, so a player can start before the whole file is there).

import { open } from 'node:fs/promises';

/** One top-level box: its four-letter type, where it starts and how long it says it is. */
export interface Mp4Box {
  type: string;
  offset: number;
  size: number;
}

/** What the top-level boxes say about a file. */
export interface Mp4Layout {
  boxes: Mp4Box[];
  fileSize: number;
  /** Set when a box claims more bytes than the file has, or the file ends inside a box header. */
  truncated?: { box: string; offset: number; claims: number; has: number };
  /** Where the index is: before the first media data (`front`), after it (`end`), or nowhere. */
  moov: 'front' | 'end' | 'missing';
}

/** Why a file's top-level boxes show it is not a complete MP4, or undefined when they are whole and hold a moov. */
export function layoutProblem(layout: Mp4Layout): string | undefined {
  const cut = layout.truncated;
  if (cut) return `the file is cut short: its ${cut.box} box at byte ${cut.offset} claims ${cut.claims} bytes but only ${cut.has} are there (${layout.fileSize} bytes in all)`;
  if (layout.moov === 'missing') return `the file has no moov box (the index every MP4 needs to play): not a complete MP4 (top-level boxes: ${layout.boxes.map((b) => b.type).join(', ') || 'none'})`;
  return undefined;
}

const printable = (type: string): string => (/^[\x20-\x7e]{4}$/.test(type) ? type : JSON.stringify(type));

/** Read the top-level boxes of `file` (headers only: a few bytes per box, whatever the file's size). */
export async function readMp4Layout(file: string): Promise<Mp4Layout> {
  const handle = await open(file, 'r');
  try {
    const fileSize = (await handle.stat()).size;
    const boxes: Mp4Box[] = [];
    const header = Buffer.alloc(16);
    let offset = 0;
    let truncated: Mp4Layout['truncated'];
    while (offset < fileSize) {
      const { bytesRead } = await handle.read(header, 0, 16, offset);
      if (bytesRead < 8) {
        truncated = { box: 'header', offset, claims: 8, has: bytesRead };
        break;
      }
      const type = printable(header.toString('latin1', 4, 8));
      let size = header.readUInt32BE(0);
      let headerSize = 8;
      if (size === 1) {
        if (bytesRead < 16) {
          truncated = { box: type, offset, claims: 16, has: bytesRead };
          break;
        }
        size = Number(header.readBigUInt64BE(8));
        headerSize = 16;
      } else if (size === 0) {
        size = fileSize - offset;
      }
      if (size < headerSize) {
        // A size smaller than its own header: nothing after it can be found.
        truncated = { box: type, offset, claims: size, has: fileSize - offset };
        break;
      }
      boxes.push({ type, offset, size });
      if (offset + size > fileSize) {
        truncated = { box: type, offset, claims: size, has: fileSize - offset };
        break;
      }
      offset += size;
    }
    const moovAt = boxes.findIndex((b) => b.type === 'moov');
    const mdatAt = boxes.findIndex((b) => b.type === 'mdat');
    const moov = moovAt < 0 ? 'missing' : mdatAt >= 0 && mdatAt < moovAt ? 'end' : 'front';
    return { boxes, fileSize, moov, ...(truncated ? { truncated } : {}) };
  } finally {
    await handle.close();
  }
}
