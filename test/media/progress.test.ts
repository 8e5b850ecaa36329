import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lavfiArgs } from '../../src/media/args.js';
import { resolveFfmpeg } from '../../src/media/locate.js';
import { createProgressParser, parseClockTime, type FfmpegProgress } from '../../src/media/progress.js';
import { runFfmpeg } from '../../src/media/run.js';

const builds = [
  { name: 'default', path: resolveFfmpeg().ffmpeg },
  { name: 'npm static', path: resolveFfmpeg({ env: {}, pathDirs: [] }).ffmpeg },
];

function parseChunks(chunks: string[]): FfmpegProgress[] {
  const parser = createProgressParser();
  return chunks.flatMap((chunk) => parser.push(chunk));
}

describe.each(builds)('progress parser on real ffmpeg output ($name build)', ({ path }) => {
  let raw = '';
  beforeAll(async () => {
    // 3 s of 25 fps video + audio, read in realtime (-re) so that ffmpeg reports several times;
    // -progress writes key=value blocks to stdout.
    const args = [
      '-re', ...lavfiArgs('testsrc2=size=320x240:rate=25:duration=3'),
      ...lavfiArgs('sine=duration=3'),
      '-map', '0:v', '-map', '1:a', '-c:v', 'mpeg4', '-c:a', 'pcm_s16le', '-progress', 'pipe:1', '-f', 'null', '-',
    ];
    raw = (await runFfmpeg(args, { binary: path })).stdout;
  });

  it('turns the blocks into events ending with the final frame count and time', () => {
    const events = parseChunks([raw]);
    expect(events.length).toBe((raw.match(/^progress=/gm) ?? []).length);
    expect(events.length).toBeGreaterThan(2);
    const last = events.at(-1);
    expect(last?.done).toBe(true);
    expect(last?.frame).toBe(75);
    expect(last?.out_time_s).toBeCloseTo(3, 1);
    expect(last?.speed).toBeGreaterThan(0);
    expect(events.slice(0, -1).every((e) => !e.done)).toBe(true);
    const times = events.map((e) => e.out_time_s);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('gives the same events however the text is split into chunks', () => {
    const whole = parseChunks([raw]);
    for (let cut = 0; cut <= raw.length; cut++) {
      expect(parseChunks([raw.slice(0, cut), raw.slice(cut)])).toEqual(whole);
    }
    fc.assert(
      fc.property(fc.array(fc.nat(raw.length), { maxLength: 40 }), (cuts) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), raw.length];
        const chunks = points.slice(1).map((end, i) => raw.slice(points[i], end));
        expect(parseChunks(chunks)).toEqual(whole);
      }),
    );
  });

  it('reads CRLF line endings (ffmpeg on Windows) the same way', () => {
    expect(parseChunks([raw.replace(/\n/g, '\r\n')])).toEqual(parseChunks([raw]));
  });
});

describe('progress parser edge cases', () => {
  it('reads N/A and the negative start time as 0, and falls back to out_time when out_time_us is missing', () => {
    const events = parseChunks([
      'frame=0\nfps=0.00\nout_time_us=-9223372036854775807\nout_time_ms=-9223372036854775807\nout_time=-577014:32:22.775807\nspeed=N/A\nprogress=continue\n',
      'frame=12\nfps=N/A\nout_time_us=N/A\nout_time=00:01:02.500000\nspeed= 2.5x\nprogress=continue\n',
      'out_time=01:00:00.000000\nprogress=end\n',
    ]);
    expect(events).toEqual([
      { out_time_s: 0, frame: 0, fps: 0, done: false },
      { out_time_s: 62.5, frame: 12, speed: 2.5, done: false },
      { out_time_s: 3600, done: true },
    ]);
  });

  it('keeps an unfinished block until its progress line arrives', () => {
    const parser = createProgressParser();
    expect(parser.push('frame=5\nout_time_us=200000\nprogr')).toEqual([]);
    expect(parser.push('ess=continue\nframe=6')).toEqual([{ out_time_s: 0.2, frame: 5, done: false }]);
  });

  it('parses clock times', () => {
    expect(parseClockTime('00:00:02.040000')).toBeCloseTo(2.04, 6);
    expect(parseClockTime('1:02:03')).toBe(3723);
    expect(parseClockTime('N/A')).toBeUndefined();
  });
});

describe('runFfmpeg progress reporting', () => {
  it('reports ratios that rise to 1 when the duration is known, and keeps stdout for the parser', async () => {
    const events: FfmpegProgress[] = [];
    const result = await runFfmpeg(
      [...lavfiArgs('testsrc2=size=320x240:rate=25:duration=3'), '-c:v', 'mpeg4', '-f', 'null', '-'],
      { duration_s: 3, onProgress: (p) => events.push(p) },
    );
    expect(result.stdout).toBe('');
    expect(events.length).toBeGreaterThan(0);
    const ratios = events.map((e) => e.ratio ?? -1);
    expect(ratios.every((r) => r >= 0 && r <= 1)).toBe(true);
    expect(ratios).toEqual([...ratios].sort((a, b) => a - b));
    expect(events.at(-1)).toMatchObject({ done: true, ratio: 1, frame: 75 });
  });

  it('leaves the ratio out when the duration is unknown', async () => {
    const events: FfmpegProgress[] = [];
    await runFfmpeg([...lavfiArgs('sine=duration=1'), '-f', 'null', '-'], { onProgress: (p) => events.push(p) });
    expect(events.at(-1)?.done).toBe(true);
    expect(events.at(-1)?.out_time_s).toBeCloseTo(1, 1);
    expect(events.every((e) => e.ratio === undefined)).toBe(true);
  });
});
