import { describe, expect, it } from 'vitest';
import { ffmpegCapabilities, parseEncoderList, parseFilterList } from '../../src/media/capabilities.js';
import { resolveFfmpeg } from '../../src/media/locate.js';
import { runFfmpeg } from '../../src/media/run.js';

// The build on PATH (or FFMPEG_PATH) and the npm static build; both must be usable.
const builds = [
  { name: 'default', path: resolveFfmpeg().ffmpeg },
  { name: 'npm static', path: resolveFfmpeg({ env: {}, pathDirs: [] }).ffmpeg },
];

describe.each(builds)('ffmpegCapabilities ($name build)', ({ path }) => {
  it('lists the version, the filters and the encoders the pipeline needs', async () => {
    const caps = await ffmpegCapabilities(path);
    expect(caps.version).toMatch(/\d/);
    for (const filter of ['ebur128', 'silencedetect', 'select', 'showinfo', 'amix', 'alimiter', 'aformat', 'atempo']) {
      expect(caps.filters.has(filter), filter).toBe(true);
    }
    for (const encoder of ['libx264', 'aac', 'pcm_s16le']) expect(caps.encoders.has(encoder), encoder).toBe(true);
    expect(caps.filters.has('=')).toBe(false);
    expect(caps.encoders.has('=')).toBe(false);
  });

  it('says scdet is there exactly when ffmpeg can describe it', async () => {
    const caps = await ffmpegCapabilities(path);
    const help = await runFfmpeg(['-h', 'filter=scdet'], { binary: path }).then((r) => r.stdout);
    expect(caps.filters.has('scdet')).toBe(/Filter scdet/.test(help));
  });

  it('is memoised per binary', () => {
    expect(ffmpegCapabilities(path)).toBe(ffmpegCapabilities(path));
  });
});

describe('capability list parsers', () => {
  it('read filter and encoder lines of both list layouts and skip the legends', () => {
    const filters = parseFilterList(
      'Filters:\n  T.. = Timeline support\n  A = Audio input/output\n ... abench            A->A       Benchmark.\n' +
        ' TSC adelay            A->A       Delay.\n ... anullsrc          |->A       Null source.\n ..C amix  N->A  Mix.\n',
    );
    expect([...filters]).toEqual(['abench', 'adelay', 'anullsrc', 'amix']);
    const encoders = parseEncoderList(
      'Encoders:\n V..... = Video\n .F.... = Frame-level multithreading\n ------\n V....D libx264   libx264 H.264\n A..... aac   AAC\n S..... ssa  ASS\n',
    );
    expect([...encoders]).toEqual(['libx264', 'aac', 'ssa']);
  });
});
