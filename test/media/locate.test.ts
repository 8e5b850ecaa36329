import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceoverError } from '../../src/core/errors.js';
import { resolveFfmpeg } from '../../src/media/locate.js';
import { runFfmpeg } from '../../src/media/run.js';
import { tempDir } from './generate.js';

let dir: string;
let cleanup: () => Promise<void>;
let fakeBin: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('locate'));
  fakeBin = join(dir, 'bin');
  await mkdir(fakeBin);
  for (const name of ['ffmpeg', 'ffprobe']) {
    await writeFile(join(fakeBin, name), '#!/bin/sh\necho fake\n');
    await chmod(join(fakeBin, name), 0o755);
  }
  // A non-executable file on PATH must be passed over.
  await mkdir(join(dir, 'noexec'));
  await writeFile(join(dir, 'noexec', 'ffmpeg'), 'not a program');
});
afterAll(() => cleanup());

describe('resolveFfmpeg', () => {
  it('falls back to the npm binaries when neither env nor PATH has them, and they run', async () => {
    const found = resolveFfmpeg({ env: {}, pathDirs: [] });
    expect(found.sources).toEqual({ ffmpeg: 'npm', ffprobe: 'npm' });
    expect(found.ffmpeg).toContain('@ffmpeg-installer');
    expect(found.ffprobe).toContain('@ffprobe-installer');
    const ffmpeg = await runFfmpeg(['-version'], { binary: found.ffmpeg });
    expect(ffmpeg.stdout).toMatch(/^ffmpeg version /);
    const ffprobe = await runFfmpeg(['-version'], { binary: found.ffprobe, program: 'ffprobe' });
    expect(ffprobe.stdout).toMatch(/^ffprobe version /);
  });

  it('honours FFMPEG_PATH and FFPROBE_PATH before PATH', () => {
    const npm = resolveFfmpeg({ env: {}, pathDirs: [] });
    const found = resolveFfmpeg({ env: { FFMPEG_PATH: npm.ffmpeg, FFPROBE_PATH: npm.ffprobe }, pathDirs: [fakeBin] });
    expect(found).toEqual({ ffmpeg: npm.ffmpeg, ffprobe: npm.ffprobe, sources: { ffmpeg: 'env', ffprobe: 'env' } });
  });

  it('looks a bare program name in FFMPEG_PATH up on PATH', () => {
    const found = resolveFfmpeg({ env: { FFMPEG_PATH: 'ffmpeg' }, pathDirs: [fakeBin] });
    expect(found.ffmpeg).toBe(join(fakeBin, 'ffmpeg'));
    expect(found.sources.ffmpeg).toBe('env');
  });

  it('searches PATH (or pathDirs) in order, skipping files that are not executable', () => {
    const viaDirs = resolveFfmpeg({ env: {}, pathDirs: [join(dir, 'noexec'), fakeBin] });
    expect(viaDirs).toEqual({
      ffmpeg: join(fakeBin, 'ffmpeg'),
      ffprobe: join(fakeBin, 'ffprobe'),
      sources: { ffmpeg: 'path', ffprobe: 'path' },
    });
    const viaEnvPath = resolveFfmpeg({ env: { PATH: [join(dir, 'noexec'), fakeBin].join(delimiter) } });
    expect(viaEnvPath.sources).toEqual({ ffmpeg: 'path', ffprobe: 'path' });
  });

  it('throws FFMPEG_NOT_FOUND naming the program and its variable when nothing is found', () => {
    let caught: unknown;
    try {
      resolveFfmpeg({ env: {}, pathDirs: [], useNpm: false });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(VoiceoverError);
    const error = caught as VoiceoverError;
    expect(error.code).toBe('FFMPEG_NOT_FOUND');
    expect(error.message).toBe('ffmpeg was not found');
    expect(error.hint).toContain('FFMPEG_PATH=/path/to/ffmpeg');
  });

  it('rejects an FFMPEG_PATH that points nowhere instead of silently using another ffmpeg', () => {
    expect(() => resolveFfmpeg({ env: { FFMPEG_PATH: join(dir, 'missing', 'ffmpeg') }, pathDirs: [fakeBin] }))
      .toThrow(expect.objectContaining({ code: 'FFMPEG_NOT_FOUND', hint: expect.stringContaining('FFMPEG_PATH is set to') }));
    expect(() => resolveFfmpeg({ env: { FFPROBE_PATH: join(dir, 'noexec', 'ffmpeg') }, pathDirs: [fakeBin] }))
      .toThrow(expect.objectContaining({ code: 'FFMPEG_NOT_FOUND', message: 'ffprobe was not found' }));
  });

  it('memoises the default call', () => {
    const first = resolveFfmpeg();
    expect(resolveFfmpeg()).toBe(first);
    expect(resolveFfmpeg({})).not.toBe(first);
    expect(resolveFfmpeg({})).toEqual(first);
  });
});
