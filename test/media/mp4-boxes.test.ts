// Top-level MP4 boxes: where the moov is, whether the boxes tile the file, and the 64-bit and
// to-the-end size forms, on files made by ffmpeg and on boxes written by hand.
import { copyFile, mkdtemp, open, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutProblem, readMp4Layout } from '../../src/media/mp4-boxes.js';
import { ffmpeg } from '../helpers/media.js';

const box = (type: string, payload: number): Buffer => {
  const b = Buffer.alloc(8 + payload);
  b.writeUInt32BE(8 + payload, 0);
  b.write(type, 4, 'latin1');
  return b;
};

describe('readMp4Layout', () => {
  let dir: string;
  let front: string;
  let end: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mp4-boxes-'));
    const src = ['-f', 'lavfi', '-i', 'testsrc2=s=160x96:r=15:d=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
    front = join(dir, 'front.mp4');
    end = join(dir, 'end.mp4');
    await ffmpeg([...src, '-movflags', '+faststart', front]);
    await ffmpeg([...src, end]);
  });

  it('tells a +faststart file from one with its moov after the mdat; both are whole', async () => {
    const a = await readMp4Layout(front);
    const b = await readMp4Layout(end);
    expect(a.moov).toBe('front');
    expect(b.moov).toBe('end');
    expect(layoutProblem(a)).toBeUndefined();
    expect(layoutProblem(b)).toBeUndefined();
    expect(b.boxes.reduce((sum, x) => sum + x.size, 0)).toBe(b.fileSize);
  });

  it('a file cut inside its mdat is cut short; one cut before its moov has none', async () => {
    const cut = join(dir, 'cut.mp4');
    await copyFile(front, cut);
    const whole = await readMp4Layout(front);
    const mdat = whole.boxes.find((x) => x.type === 'mdat')!;
    await truncate(cut, mdat.offset + 100);
    const layout = await readMp4Layout(cut);
    expect(layout.truncated).toEqual({ box: 'mdat', offset: mdat.offset, claims: mdat.size, has: 100 });
    expect(layoutProblem(layout)).toContain(`its mdat box at byte ${mdat.offset} claims ${mdat.size} bytes but only 100 are there`);
    const noIndex = join(dir, 'no-index.mp4');
    const tail = (await readMp4Layout(end)).boxes.find((x) => x.type === 'moov')!;
    await writeFile(noIndex, (await readFile(end)).subarray(0, tail.offset));
    const missing = await readMp4Layout(noIndex);
    expect(missing.truncated).toBeUndefined();
    expect(missing.moov).toBe('missing');
    expect(layoutProblem(missing)).toContain('no moov box');
  });

  it('reads a 64-bit box size and a size-0 (to the end) box', async () => {
    const large = Buffer.alloc(16 + 4);
    large.writeUInt32BE(1, 0);
    large.write('mdat', 4, 'latin1');
    large.writeBigUInt64BE(20n, 8);
    const last = box('moov', 12);
    last.writeUInt32BE(0, 0);
    const file = join(dir, 'hand.mp4');
    await writeFile(file, Buffer.concat([box('ftyp', 8), large, last]));
    const layout = await readMp4Layout(file);
    expect(layout.boxes).toEqual([{ type: 'ftyp', offset: 0, size: 16 }, { type: 'mdat', offset: 16, size: 20 }, { type: 'moov', offset: 36, size: 20 }]);
    expect(layout.moov).toBe('end');
    expect(layoutProblem(layout)).toBeUndefined();
    // Bytes appended after a size-0 box are that box's; after a sized box they are a header cut short.
    const handle = await open(file, 'a');
    await handle.write(Buffer.from([0, 0, 0]));
    await handle.close();
    expect((await readMp4Layout(file)).boxes.at(-1)).toEqual({ type: 'moov', offset: 36, size: 23 });
    const stray = join(dir, 'stray.mp4');
    await writeFile(stray, Buffer.concat([box('ftyp', 8), box('moov', 4), box('mdat', 4), Buffer.from([0, 0, 0])]));
    expect((await readMp4Layout(stray)).truncated).toEqual({ box: 'header', offset: 40, claims: 8, has: 3 });
  });
});
