// End to end (runner, local backend, real ffmpeg and flite): report lines carry word times that follow the
// delivered audio, as written, measured by flite (not estimated), including a line that had to lose its pauses.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { runItems } from '../../src/runner/run.js';
import { loadVoiceCatalogue } from '../../src/tts/registry.js';
import { makeClip, meanVolume, tempRepo, writeText } from '../helpers/media.js';

const SCRIPT = [
  '[00:01] Welcome to the demo. It takes one minute.',
  '[00:06] The Pro plan costs $1,299 a year.',
  // Two seconds for a line that needs about three: it loses its pauses and is spoken faster.
  '[00:11] Short slot.   This line is long, and it has to lose its pauses.',
  '[00:13.5] Done.',
].join('\n');

interface Word {
  text: string;
  start_s: number;
  end_s: number;
  estimated?: boolean;
}
interface Line {
  text: string;
  start_s: number;
  end_s: number;
  stretch: number;
  words?: Word[];
}

describe('local backend: word times on report lines', () => {
  let repo: string;
  let lines: Line[];
  beforeAll(async () => {
    repo = await tempRepo();
    await makeClip(join(repo, 'media/demo.mp4'), { duration: 16, audio: 'silent' });
    await writeText(join(repo, 'scripts/demo.txt'), SCRIPT);
    const file = await writeText(join(repo, 'voiceover.config.yml'), 'version: 1\nvideos:\n  - name: demo\n    video: media/demo.mp4\n    script: scripts/demo.txt\n');
    const { config } = await loadConfig(file, { voices: await loadVoiceCatalogue() });
    const { report } = await runItems(config!, config!.items, { concurrency: 1 });
    expect(report.items[0]?.status, JSON.stringify(report.items[0]?.error)).toBe('delivered');
    lines = JSON.parse(await readFile(join(repo, 'out/report.json'), 'utf8')).items[0].lines;
  });

  it('gives every line its written words, in order, within the line, measured', () => {
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const words = line.words!;
      expect(words.map((w) => w.text)).toEqual(line.text.split(/\s+/));
      let previous = line.start_s;
      for (const word of words) {
        expect(word.estimated).toBeUndefined();
        expect(word.start_s).toBeGreaterThanOrEqual(previous);
        expect(word.end_s).toBeGreaterThan(word.start_s);
        expect(word.end_s).toBeLessThanOrEqual(line.end_s + 1e-9);
        previous = word.end_s;
      }
    }
    // "$1,299" is one written word spoken as six: it lasts far longer than "a".
    const price = lines[1]!.words!.find((w) => w.text === '$1,299')!;
    const a = lines[1]!.words!.find((w) => w.text === 'a')!;
    expect(price.end_s - price.start_s).toBeGreaterThan(4 * (a.end_s - a.start_s));
  });

  it('puts each word where the delivered file has speech, also in the line that lost its pauses', async () => {
    // The long line was sped up and its sentence pause cut to at most 0.12 s; the first line kept its pause.
    const gapAfter = (line: Line, text: string): number => {
      const at = line.words!.findIndex((w) => w.text === text);
      return line.words![at + 1]!.start_s - line.words![at]!.end_s;
    };
    expect(lines[2]!.stretch).toBeGreaterThan(1);
    expect(gapAfter(lines[2]!, 'slot.')).toBeLessThan(0.13);
    expect(gapAfter(lines[0]!, 'demo.')).toBeGreaterThan(0.25);
    const out = join(repo, 'out/demo.mp4');
    for (const line of lines) {
      for (const word of line.words!) {
        expect(await meanVolume(out, word.start_s, word.end_s), `${word.text} at ${word.start_s}`).toBeGreaterThan(-40);
      }
    }
    // The pause between the first line's sentences is quiet in the file, and no word lies in it.
    const [first] = lines;
    const demo = first!.words!.findIndex((w) => w.text === 'demo.');
    const gap = { from: first!.words![demo]!.end_s, to: first!.words![demo + 1]!.start_s };
    expect(await meanVolume(out, gap.from + 0.02, gap.to - 0.02)).toBeLessThan((await meanVolume(out, first!.start_s, first!.end_s)) - 20);
  });
});
