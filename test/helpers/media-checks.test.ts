// The checks other tests lean on must fail when they should: a stream-copy check that only compares
// packet bytes passes a remux whose timestamps were rewritten, and a +faststart check that only
// compares positions passes a file with no moov at all.
import { copyFile, rm, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFaststart, ffmpeg, makeClip, mp4TopBoxes, tempRepo, videoPackets } from './media.js';

let dir = '';
let source = '';
beforeAll(async () => {
  dir = await tempRepo('voiceover-media-checks-');
  // No +faststart: ffmpeg's mp4 muxer writes ftyp, free, mdat, then moov at the end.
  source = await makeClip(join(dir, 'source.mp4'), { duration: 2, width: 320, height: 240 });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const remux = async (name: string, extra: string[]): Promise<string> => {
  const file = join(dir, name);
  await ffmpeg(['-i', source, '-map', '0:v:0', '-c', 'copy', ...extra, file]);
  return file;
};

describe('videoPackets (the stream-copy check)', () => {
  it('reads every packet with its timestamps, flags, size and bytes', async () => {
    const { time_base, packets } = await videoPackets(source);
    // makeClip: 2 s at 30 fps, a keyframe every 60 frames, in mp4's 1/15360 for 30 fps.
    expect(time_base).toBe('1/15360');
    expect(packets).toHaveLength(60);
    expect(packets[0]).toMatchObject({ pts: 0, dts: 0, duration: 512, flags: 'K_' });
    expect(packets[1]).toMatchObject({ pts: 512, dts: 512, duration: 512, flags: '__' });
    expect(packets[0]!.data_hash).toMatch(/^MD5:[0-9a-f]{32}$/);
  });

  it('is equal for a plain stream copy', async () => {
    const copied = await remux('copied.mp4', ['-movflags', '+faststart']);
    expect(await videoPackets(copied)).toEqual(await videoPackets(source));
  });

  it('differs when the timestamps were rewritten, although every packet keeps its bytes', async () => {
    const original = await videoPackets(source);
    const shifted = await videoPackets(await remux('shifted.mp4', ['-bsf:v', 'setts=pts=PTS+512:dts=DTS+512']));
    const slowed = await videoPackets(await remux('slowed.mp4', ['-bsf:v', 'setts=ts=TS*2']));
    for (const rewritten of [shifted, slowed]) {
      // A bytes-only comparison (what framemd5 hashes give) cannot tell these from a copy.
      expect(rewritten.packets.map((p) => p.data_hash)).toEqual(original.packets.map((p) => p.data_hash));
      expect(rewritten).not.toEqual(original);
    }
    expect(slowed.packets[1]).toMatchObject({ pts: 1024, dts: 1024 });
  });
});

describe('expectFaststart (the +faststart check)', () => {
  it('passes a +faststart file: ftyp, moov, then mdat', async () => {
    const fast = await remux('fast.mp4', ['-movflags', '+faststart']);
    expect((await mp4TopBoxes(fast)).map((box) => box.type)).toEqual(['ftyp', 'moov', 'free', 'mdat']);
    await expectFaststart(fast);
  });

  it('fails a file whose moov comes after the mdat', async () => {
    expect((await mp4TopBoxes(source)).map((box) => box.type)).toEqual(['ftyp', 'free', 'mdat', 'moov']);
    await expect(expectFaststart(source)).rejects.toThrow(/moov comes after the mdat/);
  });

  it('fails a file that has no moov at all: cut at the moov, or cut inside the mdat', async () => {
    const boxes = await mp4TopBoxes(source);
    const moov = boxes.find((box) => box.type === 'moov')!;
    const atMoov = join(dir, 'cut-at-moov.mp4');
    await copyFile(source, atMoov);
    await truncate(atMoov, moov.offset);
    expect((await mp4TopBoxes(atMoov)).map((box) => box.type)).toEqual(['ftyp', 'free', 'mdat']);
    await expect(expectFaststart(atMoov)).rejects.toThrow(/has no moov box/);

    const inMdat = join(dir, 'cut-in-mdat.mp4');
    await copyFile(source, inMdat);
    await truncate(inMdat, moov.offset - 1000);
    await expect(expectFaststart(inMdat)).rejects.toThrow(/mdat box runs past the end of the file/);
  });

  it('fails a file that is not an MP4', async () => {
    const text = join(dir, 'not.mp4');
    await ffmpeg(['-f', 'lavfi', '-i', 'sine=d=1', '-f', 'wav', text]);
    await expect(expectFaststart(text)).rejects.toThrow(/does not start with an ftyp box/);
  });
});
