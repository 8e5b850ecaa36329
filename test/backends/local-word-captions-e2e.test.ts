// Word-highlight captions end to end: the runner, the local backend, flite, ffmpeg's libass burn-in.
// A black clip, the same line burned with `words: true` and without: frames sampled while the line
// plays show the highlight colour only with karaoke, on the words already said (left of the rest).
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { resolveFfmpeg } from '../../src/media/locate.js';
import { runItems } from '../../src/runner/run.js';
import { loadVoiceCatalogue } from '../../src/tts/registry.js';
import { ffmpeg, tempRepo, writeText } from '../helpers/media.js';

const W = 640;
const H = 360;
// The caption band: the lower 40 % of the frame.
const BAND = { y: Math.round(H * 0.6), h: H - Math.round(H * 0.6) };

/** Pixels of the caption band at time t: how many are highlight-yellow and white, and where (mean x). */
async function bandColours(file: string, t: number): Promise<{ yellow: number; white: number; yellowX: number; whiteX: number }> {
  const { ffmpeg: bin } = await resolveFfmpeg();
  const args = ['-hide_banner', '-nostdin', '-v', 'error', '-ss', t.toFixed(3), '-i', file, '-frames:v', '1', '-vf', `crop=${W}:${BAND.h}:0:${BAND.y},format=rgb24`, '-f', 'rawvideo', '-'];
  const { stdout } = await promisify(execFile)(bin, args, { encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 });
  expect(stdout.length).toBe(W * BAND.h * 3);
  let yellow = 0, white = 0, yx = 0, wx = 0;
  for (let p = 0; p < W * BAND.h; p++) {
    const [r, g, b] = [stdout[p * 3]!, stdout[p * 3 + 1]!, stdout[p * 3 + 2]!];
    const x = p % W;
    if (r > 170 && g > 170 && b < 90) (yellow++, (yx += x));
    else if (r > 200 && g > 200 && b > 200) (white++, (wx += x));
  }
  return { yellow, white, yellowX: yellow ? yx / yellow : NaN, whiteX: white ? wx / white : NaN };
}

describe('word captions burned as ASS karaoke', () => {
  let repo: string;
  let lines: Record<string, { start_s: number; end_s: number }[]>;

  beforeAll(async () => {
    repo = await tempRepo();
    await mkdir(join(repo, 'media'));
    await ffmpeg(['-f', 'lavfi', '-i', `color=c=black:s=${W}x${H}:r=30:d=5`, '-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=stereo:d=5', '-map', '0:v', '-map', '1:a', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', join(repo, 'media/black.mp4')]);
    const script = '"[00:00.3] Every word lights up in turn."';
    const yaml = `version: 1
defaults:
  output: { resolution: keep }
  captions: { sidecar: [vtt], burn: true }
videos:
  - name: karaoke
    video: media/black.mp4
    script: ${script}
    captions: { words: true }
  - name: plain
    video: media/black.mp4
    script: ${script}
`;
    const file = await writeText(join(repo, 'voiceover.config.yml'), yaml);
    const { config, diagnostics } = await loadConfig(file, { voices: await loadVoiceCatalogue() });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { report } = await runItems(config!, config!.items, { concurrency: 2 });
    for (const item of report.items) expect(item.status, JSON.stringify(item.error)).toBe('delivered');
    lines = Object.fromEntries(report.items.map((i) => [i.name, i.lines]));
  }, 180_000);

  it('shows said words in the highlight colour, left of the words still to come, while the line plays', async () => {
    const [line] = lines['karaoke']!;
    const mid = await bandColours(join(repo, 'out/karaoke.mp4'), (line!.start_s + line!.end_s) / 2);
    expect(mid.yellow).toBeGreaterThan(100);
    expect(mid.white).toBeGreaterThan(100);
    expect(mid.yellowX).toBeLessThan(mid.whiteX);
    // Near the end of the line nearly every word is lit: more yellow, less white than halfway.
    const late = await bandColours(join(repo, 'out/karaoke.mp4'), line!.end_s - 0.1);
    expect(late.yellow).toBeGreaterThan(mid.yellow);
    expect(late.white).toBeLessThan(mid.white);
  });

  it('burns the same line without highlight when words is off, and writes word timestamps only into the word VTT', async () => {
    const [line] = lines['plain']!;
    const plain = await bandColours(join(repo, 'out/plain.mp4'), (line!.start_s + line!.end_s) / 2);
    expect(plain.white).toBeGreaterThan(100);
    expect(plain.yellow).toBe(0);
    expect(await readFile(join(repo, 'out/karaoke.vtt'), 'utf8')).toMatch(/Every <\d{2}:\d{2}:\d{2}\.\d{3}>word/);
    expect(await readFile(join(repo, 'out/plain.vtt'), 'utf8')).toContain('Every word lights up in turn.');
  });
});
