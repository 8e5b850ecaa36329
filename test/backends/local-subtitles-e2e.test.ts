// A .vtt script end to end: each line's narration keeps to its own cue (start and end), gaps stay quiet,
// and captions carry the planned times. (A missing or zero end falls back to the next cue: the planner's
// tests, since the subtitle parser refuses such cues.)
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { runItems } from '../../src/runner/run.js';
import { loadVoiceCatalogue } from '../../src/tts/registry.js';
import { makeClip, meanVolume, tempRepo, writeText } from '../helpers/media.js';

// Line 2 speaks for about 3.4 s at rate 1 but its cue lasts 3 s (the next cue is 7 s later).
const VTT = `WEBVTT

00:00:01.000 --> 00:00:03.000
Welcome to the demo.

00:00:05.000 --> 00:00:08.000
Invite your whole team, and give each person the right role.

00:00:12.000 --> 00:00:13.500
Ship it today.

00:00:16.000 --> 00:00:19.000
Create a project in one click.
`;

describe('local backend, a .vtt script whose cues have gaps', () => {
  let repo: string;
  let item: Awaited<ReturnType<typeof runItems>>['report']['items'][number];
  beforeAll(async () => {
    repo = await tempRepo();
    await makeClip(join(repo, 'media/tour.mp4'), { duration: 20, width: 640, height: 360, audio: 'silent' });
    await writeText(join(repo, 'scripts/tour.vtt'), VTT);
    const file = await writeText(
      join(repo, 'voiceover.config.yml'),
      `version: 1
defaults:
  output: { resolution: keep }
  captions: { sidecar: [srt] }
videos:
  - name: tour
    video: media/tour.mp4
    script: scripts/tour.vtt
`,
    );
    const { config, diagnostics } = await loadConfig(file, { voices: await loadVoiceCatalogue() });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    [item] = (await runItems(config!, config!.items, {})).report.items as [typeof item];
  });

  it("ends each line by its cue's end, not the next cue's start", () => {
    expect(item.status, JSON.stringify(item.error)).toBe('delivered');
    const lines = item.lines;
    expect(lines.map((l) => l.start_s)).toEqual([1, 5, 12, 16]);
    expect(lines[0]!.end_s).toBeLessThanOrEqual(3);
    // 3.4 s of speech in a 3 s cue: shortened (pauses, then speed-up) to end by 8 s, though 12 s was free.
    expect(lines[1]!.end_s).toBeLessThanOrEqual(8.001);
    expect(lines[1]!.end_s).toBeGreaterThan(7.5);
    expect(lines[1]!.stretch).toBeGreaterThan(1);
    expect(lines[1]!.overflow_ms).toBe(0);
    expect(lines[2]!.end_s).toBeLessThanOrEqual(13.5);
    expect(lines[3]!.end_s).toBeLessThanOrEqual(19);
  });

  it('keeps the gaps between cues quiet in the rendered sound', async () => {
    const out = join(repo, 'out/tour.mp4');
    expect(await meanVolume(out, 5.3, 7.6)).toBeGreaterThan(-40);
    expect(await meanVolume(out, 8.15, 11.9)).toBeLessThan(-70);
  });

  it('writes captions at the planned times', async () => {
    const srt = await readFile(join(repo, 'out/tour.srt'), 'utf8');
    const times = [...srt.matchAll(/(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)/g)].map((m) => [
      Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000,
      Number(m[6]) * 60 + Number(m[7]) + Number(m[8]) / 1000,
    ]);
    expect(times).toEqual(item.lines.map((l) => [l.start_s, l.end_s]));
  });
});
