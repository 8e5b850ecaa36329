// The runner's two output checks: the local backend's own renders are held to what the pipeline
// promises (H.264 yuv420p + AAC), a nemo export verified by its client only to being intact.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyIntact, verifyOutput } from '../../src/runner/deliver.js';
import { ffmpeg } from '../helpers/media.js';

describe('output checks', () => {
  let yuv444: string;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'out-check-'));
    yuv444 = join(dir, 'yuv444.mp4');
    await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=160x96:r=15:d=2', '-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=stereo:d=2', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv444p', '-c:a', 'aac', '-t', '2', yuv444]);
  });

  it('the strict check (local outputs) still refuses a yuv444p file', async () => {
    await expect(verifyOutput(yuv444, 2)).rejects.toMatchObject({ code: 'OUTPUT_INVALID', message: expect.stringContaining('pixel format is yuv444p, expected yuv420p') });
  });

  it('the intact check (nemo exports) takes it, and still refuses a length other than the one reported', async () => {
    await expect(verifyIntact(yuv444, 2)).resolves.toBeUndefined();
    await expect(verifyIntact(yuv444, 3)).rejects.toMatchObject({ code: 'OUTPUT_INVALID', message: expect.stringContaining('but the backend reported 3.000s') });
  });
});
