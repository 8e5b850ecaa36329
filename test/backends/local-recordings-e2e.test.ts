// End to end through the runner and the local backend, one item per kind of recording people
// commit (test/media/recordings.ts): each is delivered, as long as the recording, at the size and
// orientation it is displayed at, moving (not a still), with speech starting at its cues.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { detectSpeechOnsets } from '../../src/media/analyse.js';
import { resolveFfmpeg } from '../../src/media/locate.js';
import { probeMedia } from '../../src/media/probe.js';
import { runItems } from '../../src/runner/run.js';
import { loadVoiceCatalogue } from '../../src/tts/registry.js';
import { tempRepo, writeText } from '../helpers/media.js';
import { makeRecordings, type Recording } from '../media/recordings.js';

const SECONDS = 5;
const CUES = [0.5, 3];
const SCRIPT = '[00:00.5] Recorded on screen.\\n[00:03] And narrated here.';
// Output size at `resolution: 720p`: the shorter side becomes 720, the displayed aspect is kept.
const OUTPUT: Record<string, { width: number; height: number }> = {
  gnome: { width: 960, height: 720 }, // 640x480
  kooha: { width: 1280, height: 720 }, // 640x360
  mediarecorder: { width: 1280, height: 720 },
  'obs-mkv': { width: 1280, height: 720 },
  'obs-fmp4': { width: 1280, height: 720 },
  iphone: { width: 720, height: 960 }, // 320x240 coded, turned upright: portrait
  android: { width: 1280, height: 720 }, // 480x270
  'odd-timebase': { width: 1280, height: 720 },
  gif: { width: 960, height: 720 }, // 320x240
};

// A small grey thumbnail of the frame at `t` seconds.
async function thumbnail(file: string, t: number): Promise<Uint8Array> {
  const { ffmpeg } = resolveFfmpeg();
  const args = ['-hide_banner', '-nostdin', '-v', 'error', '-ss', String(t), '-i', file, '-frames:v', '1', '-vf', 'scale=32:32,format=gray', '-f', 'rawvideo', '-'];
  const { stdout } = await promisify(execFile)(ffmpeg, args, { encoding: 'buffer', maxBuffer: 1024 * 1024 });
  return new Uint8Array(stdout);
}

describe('local backend, the recordings people commit', () => {
  let repo: string;
  let recordings: Recording[];
  let report: Awaited<ReturnType<typeof runItems>>['report'];
  const item = (name: string) => report.items.find((i) => i.name === name)!;

  beforeAll(async () => {
    repo = await tempRepo();
    await writeText(join(repo, 'media/.keep'), '');
    recordings = await makeRecordings(join(repo, 'media'), SECONDS);
    const videos = recordings.map((r) => `  - name: ${r.name}\n    video: media/${r.file.split('/').pop()}\n    script: "${SCRIPT}"\n`).join('');
    const file = await writeText(join(repo, 'voiceover.config.yml'), `version: 1\ndefaults:\n  output: { resolution: 720p }\nvideos:\n${videos}`);
    const { config, diagnostics } = await loadConfig(file, { voices: await loadVoiceCatalogue() });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    report = (await runItems(config!, config!.items, { concurrency: 2 })).report;
  }, 300_000);

  it.each(Object.keys(OUTPUT))('%s: delivered, as long as the recording, at its displayed size and orientation', async (name) => {
    expect(item(name).status, JSON.stringify(item(name).error)).toBe('delivered');
    expect(Math.abs(item(name).duration_s! - SECONDS), `report duration ${item(name).duration_s}`).toBeLessThan(0.1);
    const out = await probeMedia(join(repo, item(name).output!));
    expect(out.video).toMatchObject({ codec: 'h264', ...OUTPUT[name], rotation: 0 });
    expect(Math.abs(out.duration - SECONDS), `file duration ${out.duration}`).toBeLessThan(0.1);
  });

  it.each(Object.keys(OUTPUT))('%s: the picture moves, and speech starts at each cue within a frame', async (name) => {
    const out = join(repo, item(name).output!);
    const [a, b] = [await thumbnail(out, 1), await thumbnail(out, 3.5)];
    const change = a.reduce((sum, p, i) => sum + Math.abs(p - b[i]!), 0) / a.length;
    expect(change, 'frames 2.5 s apart differ').toBeGreaterThan(2);
    const onsets = await detectSpeechOnsets(out);
    expect(onsets).toHaveLength(CUES.length);
    onsets.forEach((onset, i) => expect(Math.abs(onset - CUES[i]!), `onset ${onset} for cue ${CUES[i]}`).toBeLessThanOrEqual(1 / 30));
  });
});
