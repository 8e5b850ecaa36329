// QA of real local runs (Flite narration through the runner): report.json's qa is measured on the
// delivered MP4, so the same report lines read against a copy whose narration moved show the move.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { measureDelivered } from '../../src/media/qa.js';
import { runItems } from '../../src/runner/run.js';
import type { ReportItem } from '../../src/runner/report.js';
import { loadVoiceCatalogue } from '../../src/tts/registry.js';
import { ffmpeg, makeClip, tempRepo, writeText } from '../helpers/media.js';

const SCRIPT = ['[00:01] Welcome to the demo.', '[00:04.5] Create a project in one click.', '[00:08] Invite your team.', '[00:11.2] Ship it today.'].join('\n');
const FRAME_MS = 1000 / 30;

let repo: string;
let items: ReportItem[];

beforeAll(async () => {
  repo = await tempRepo();
  await makeClip(join(repo, 'media/silent.mp4'), { duration: 14, width: 320, height: 180, audio: 'silent' });
  // Pink noise as the original sound (seeded: the same bed every run), ducked under the narration.
  await ffmpeg([
    '-f', 'lavfi', '-i', 'testsrc2=s=320x180:r=30:d=14', '-f', 'lavfi', '-i', 'anoisesrc=d=14:c=pink:r=48000:a=0.05:seed=7',
    '-map', '0:v', '-map', '1:a', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', join(repo, 'media/noisy.mp4'),
  ]);
  await writeText(join(repo, 'scripts/demo.txt'), SCRIPT);
  const yaml = ['version: 1', 'videos:', '  - { name: silent, video: media/silent.mp4, script: scripts/demo.txt }', '  - { name: noisy, video: media/noisy.mp4, script: scripts/demo.txt }', ''].join('\n');
  const file = await writeText(join(repo, 'voiceover.config.yml'), yaml);
  const { config } = await loadConfig(file, { voices: await loadVoiceCatalogue() });
  const run = await runItems(config!, config!.items, { concurrency: 2 });
  items = run.report.items;
});

const item = (name: string): ReportItem => items.find((i) => i.name === name)!;

// A copy of a delivered MP4 (video copied) whose soundtrack plays `ms` later (negative: earlier), same length.
async function shifted(name: string, ms: number): Promise<string> {
  const output = join(repo, `out/${name}-shift${ms}.mp4`);
  const audio = ms >= 0 ? `adelay=${ms}:all=1` : `atrim=start=${-ms / 1000},asetpts=PTS-STARTPTS`;
  await ffmpeg(['-i', join(repo, `out/${name}.mp4`), '-map', '0:v', '-map', '0:a', '-c:v', 'copy', '-af', audio, '-c:a', 'aac', '-b:a', '192k', '-t', '14', output]);
  return output;
}

describe('report.json qa on local runs', () => {
  it('is measured and small on a normal run: every onset within one frame, none off, loudness on target, no clipping', async () => {
    for (const name of ['silent', 'noisy']) {
      const { status, qa, lines, loudness } = item(name);
      expect(status).toBe('delivered');
      expect(lines).toHaveLength(4);
      expect(qa, name).toBeDefined();
      expect(typeof qa!.onset_error_ms!.max).toBe('number');
      expect(Math.abs(qa!.onset_error_ms!.max), name).toBeLessThanOrEqual(FRAME_MS);
      expect(Math.abs(qa!.onset_error_ms!.mean), name).toBeLessThanOrEqual(FRAME_MS);
      expect(qa!.lines_off, name).toBe(0);
      expect(qa!.clipped_samples, name).toBe(0);
      // The same decode gave the report's loudness.
      expect(qa!.integrated_lufs).toBe(loudness!.integrated_lufs);
      expect(qa!.true_peak_dbtp).toBe(loudness!.true_peak_dbtp);
      expect(Math.abs(qa!.integrated_lufs! - -16)).toBeLessThanOrEqual(0.5);
      expect(qa!.true_peak_dbtp!).toBeLessThanOrEqual(-1);
    }
    const saved = JSON.parse(await readFile(join(repo, 'out/report.json'), 'utf8')) as { items: ReportItem[] };
    expect(saved.items.map((i) => i.qa)).toEqual(items.map((i) => i.qa));
  });

  it('reads narration moved 200 ms later as ≈ +200 ms on every line, and 200 ms earlier as ≈ −200 ms', async () => {
    const { lines } = item('silent');
    const late = await measureDelivered(await shifted('silent', 200), lines);
    expect(Math.abs(late.qa.onset_error_ms!.max - 200)).toBeLessThanOrEqual(FRAME_MS);
    expect(Math.abs(late.qa.onset_error_ms!.mean - 200)).toBeLessThanOrEqual(FRAME_MS);
    expect(late.qa.lines_off).toBe(4);
    const early = await measureDelivered(await shifted('silent', -200), lines);
    expect(Math.abs(early.qa.onset_error_ms!.max - -200)).toBeLessThanOrEqual(FRAME_MS);
    expect(Math.abs(early.qa.onset_error_ms!.mean - -200)).toBeLessThanOrEqual(FRAME_MS);
    expect(early.qa.lines_off).toBe(4);
  });

  it('under a noise bed a moved narration still reads off (at least 3 of 4 lines), late as late and early as early', async () => {
    // The duck follows the plan, not the moved speech, so a line's soft start is measured less exactly here.
    const { lines } = item('noisy');
    const late = await measureDelivered(await shifted('noisy', 200), lines);
    expect(late.qa.lines_off).toBeGreaterThanOrEqual(3);
    expect(late.qa.onset_error_ms!.max).toBeGreaterThan(150);
    expect(late.qa.onset_error_ms!.mean).toBeGreaterThan(100);
    const early = await measureDelivered(await shifted('noisy', -200), lines);
    expect(early.qa.lines_off).toBeGreaterThanOrEqual(3);
    expect(early.qa.onset_error_ms!.max).toBeLessThan(-150);
  });
});
