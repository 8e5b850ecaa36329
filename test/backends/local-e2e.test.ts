// End to end through the runner and the local backend: real ffmpeg, the real flite engine.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, truncate, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { runItems } from '../../src/runner/run.js';
import { loadVoiceCatalogue } from '../../src/tts/registry.js';
import { measureLoudness, detectSpeechOnsets } from '../../src/media/analyse.js';
import { probeMedia } from '../../src/media/probe.js';
import { colourCut, rotate90 } from '../media/generate.js';
import { expectFaststart, makeClip, makeImage, makeTone, meanVolume, tempRepo, videoPackets, writeText } from '../helpers/media.js';
import { ffmpeg } from '../helpers/media.js';
import { parseEbur128Summary } from '../../src/media/analyse-parse.js';
import { resolveFfmpeg } from '../../src/media/locate.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const TIMED = ['[00:01] Welcome to the demo.', '[00:05.5] Create a project in one click.', '[00:10] Invite your team.', '[00:15.2] Ship it today.'].join('\n');
const CUES = [1, 5.5, 10, 15.2];

async function run(repo: string, yaml: string, options: { force?: boolean } = {}) {
  const file = await writeText(join(repo, 'voiceover.config.yml'), yaml);
  const { config, diagnostics } = await loadConfig(file, { voices: await loadVoiceCatalogue() });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return runItems(config!, config!.items, { force: options.force, concurrency: 2 });
}

describe('local backend, H.264 input with a timed script', () => {
  let repo: string;
  let first: Awaited<ReturnType<typeof run>>;
  const yaml = `version: 1
defaults:
  captions: { sidecar: [srt, vtt] }
videos:
  - name: demo
    video: media/demo.mp4
    script: scripts/demo.txt
`;
  beforeAll(async () => {
    repo = await tempRepo();
    await makeClip(join(repo, 'media/demo.mp4'), { duration: 20, audio: 'silent' });
    await writeText(join(repo, 'scripts/demo.txt'), TIMED);
    first = await run(repo, yaml);
  });

  it('delivers an H.264/AAC 1080p MP4 with moov first, full length, captions and a report', async () => {
    const [item] = first.report.items;
    expect(item?.status, JSON.stringify(item?.error)).toBe('delivered');
    const out = join(repo, 'out/demo.mp4');
    const probe = await probeMedia(out);
    expect(probe.video).toMatchObject({ codec: 'h264', width: 1920, height: 1080, pixFmt: 'yuv420p' });
    expect(probe.audio).toMatchObject({ codec: 'aac', sampleRate: 48000, channels: 2 });
    expect(Math.abs(probe.duration - 20)).toBeLessThan(0.1);
    await expectFaststart(out);
    expect(item?.output).toBe('out/demo.mp4');
    expect(item?.captions).toEqual(['out/demo.srt', 'out/demo.vtt']);
    expect(await readFile(join(repo, 'out/demo.srt'), 'utf8')).toContain('00:00:05,500 -->');
    const report = JSON.parse(await readFile(join(repo, 'out/report.json'), 'utf8'));
    expect(report).toMatchObject({ version: 1, backend: 'local' });
    // qa is new (deliberately): figures measured on the delivered file (DESIGN.md report.json).
    expect(Object.keys(report.items[0]).sort()).toEqual(['captions', 'duration_s', 'lines', 'loudness', 'name', 'output', 'qa', 'status', 'timings_s'].sort());
    expect(report.items[0].lines[1]).toMatchObject({ index: 1, text: 'Create a project in one click.', cue_s: 5.5, start_s: 5.5, stretch: 1, overflow_ms: 0 });
  });

  it('starts speech within one frame of every cue', async () => {
    const onsets = await detectSpeechOnsets(join(repo, 'out/demo.mp4'));
    expect(onsets).toHaveLength(CUES.length);
    onsets.forEach((onset, i) => expect(Math.abs(onset - CUES[i]!)).toBeLessThanOrEqual(1 / 30));
  });

  it('hits −16 LUFS within ±0.5 LU with true peak ≤ −1 dBTP', async () => {
    const loudness = await measureLoudness(join(repo, 'out/demo.mp4'));
    expect(Math.abs(loudness.integrated_lufs + 16)).toBeLessThanOrEqual(0.5);
    expect(loudness.true_peak_dbtp).toBeLessThanOrEqual(-1);
    expect(first.report.items[0]?.loudness?.integrated_lufs).toBeCloseTo(loudness.integrated_lufs, 0);
  });

  it('copies the video stream: every packet identical to the input (bytes, pts, dts, duration, flags)', async () => {
    expect(await videoPackets(join(repo, 'out/demo.mp4'))).toEqual(await videoPackets(join(repo, 'media/demo.mp4')));
  });

  it('skips the unchanged item on a second run, and --force redoes it', async () => {
    const before = (await stat(join(repo, 'out/demo.mp4'))).mtimeMs;
    const again = await run(repo, yaml);
    expect(again.report.items[0]?.status).toBe('skipped');
    expect(again.report.items[0]?.lines).toHaveLength(4);
    expect((await stat(join(repo, 'out/demo.mp4'))).mtimeMs).toBe(before);
    await writeText(join(repo, 'scripts/demo.txt'), TIMED.replace('today', 'this week'));
    const changed = await run(repo, yaml);
    expect(changed.report.items[0]?.status).toBe('delivered');
    const forced = await run(repo, yaml, { force: true });
    expect(forced.report.items[0]?.status).toBe('delivered');
  });
});

describe('local backend, other inputs and outputs', () => {
  let repo: string;
  let report: Awaited<ReturnType<typeof run>>['report'];
  const item = (name: string) => report.items.find((i) => i.name === name)!;
  beforeAll(async () => {
    repo = await tempRepo();
    await makeClip(join(repo, 'media/screen.webm'), { duration: 6, width: 1280, height: 720, codec: 'vp8', audio: 'noise' });
    await makeClip(join(repo, 'media/wide.mp4'), { duration: 6, width: 1280, height: 720, audio: 'noise' });
    await makeImage(join(repo, 'media/still.png'));
    await makeTone(join(repo, 'media/podcast.m4a'), 6);
    await makeClip(join(repo, 'media/silent.mp4'), { duration: 12, width: 640, height: 360, audio: 'none' });
    await makeTone(join(repo, 'media/bed.wav'), 4, 10000, 0.3);
    await makeClip(join(repo, 'media/broken.mp4'), { duration: 6, width: 640, height: 360 });
    await truncate(join(repo, 'media/broken.mp4'), 4000);
    await colourCut(join(repo, 'media/cut.mp4'), '0x2d6cdf', '0x2f9e6e', 4, 9);
    await rotate90(await makeClip(join(repo, 'media/landscape.mp4'), { duration: 4, width: 640, height: 360 }), join(repo, 'media/phone.mp4'));
    const yaml = `version: 1
defaults:
  captions: { sidecar: [srt] }
  output: { resolution: 720p }
videos:
  - name: webm
    video: media/screen.webm
    script: "[00:01] A webm screen recording."
  - name: vertical
    video: media/wide.mp4
    script: "[00:00.5] Now in portrait."
    output: { aspect: "9:16", resolution: 720p }
    captions: { burn: true }
  - name: still
    video: media/still.png
    script: An image becomes a still video as long as the narration.
  - name: podcast
    video: media/podcast.m4a
    script: "[00:01] Audio gets a plain background."
  - name: corrupt
    video: media/broken.mp4
    script: "[00:01] This one cannot work."
  - name: rotated
    video: media/phone.mp4
    script: "[00:00.5] Filmed upright."
  - name: spread
    video: media/cut.mp4
    script: Here is the first page. This second sentence waits for the next page.
  - name: music
    video: media/silent.mp4
    script: |
      [00:02] Music plays under this line.
      [00:08] And under this one.
    music: { file: media/bed.wav, volume: 0.5 }
  - name: vertical-plain
    video: media/wide.mp4
    script: "[00:00.5] Now in portrait."
    output: { aspect: "9:16", resolution: 720p }
`;
    report = (await run(repo, yaml)).report;
  });

  it('re-encodes VP8 WebM to H.264 at the asked size', async () => {
    expect(item('webm').status, JSON.stringify(item('webm').error)).toBe('delivered');
    const probe = await probeMedia(join(repo, 'out/webm.mp4'));
    expect(probe.video).toMatchObject({ codec: 'h264', width: 1280, height: 720, pixFmt: 'yuv420p' });
    await expectFaststart(join(repo, 'out/webm.mp4'));
  });

  it('renders 9:16 with burned captions', async () => {
    expect(item('vertical').status, JSON.stringify(item('vertical').error)).toBe('delivered');
    const probe = await probeMedia(join(repo, 'out/vertical.mp4'));
    expect(probe.video).toMatchObject({ width: 720, height: 1280 });
    await expectFaststart(join(repo, 'out/vertical.mp4'));
  });

  it('fills the bands around a landscape picture in 9:16 with a blurred copy, not black', async () => {
    await expectFaststart(join(repo, 'out/vertical-plain.mp4'));
    // The 16:9 picture covers rows 438–842 of the 720x1280 frame; rows 0–399 are fill.
    const band = stats(await grayRegion(join(repo, 'out/vertical-plain.mp4'), 1, { x: 0, y: 0, w: 720, h: 400 }));
    expect(band.mean).toBeGreaterThan(30); // black is 16 in limited range
    expect(band.sd).toBeGreaterThan(8); // a blurred test picture, not a flat colour
  });

  it('burns captions: the caption area differs from the same render without them while the line plays, and only there', async () => {
    expect(item('vertical-plain').status, JSON.stringify(item('vertical-plain').error)).toBe('delivered');
    const [line] = item('vertical').lines;
    const during = (line!.start_s + line!.end_s) / 2;
    const bottom = { x: 0, y: 960, w: 720, h: 320 };
    const top = { x: 0, y: 0, w: 720, h: 320 };
    const diff = async (t: number, region: typeof bottom) =>
      meanAbsDiff(await grayRegion(join(repo, 'out/vertical.mp4'), t, region), await grayRegion(join(repo, 'out/vertical-plain.mp4'), t, region));
    const captioned = await diff(during, bottom);
    expect(captioned).toBeGreaterThan(1);
    expect(captioned).toBeGreaterThan(4 * (await diff(during, top)));
    expect(await diff(line!.end_s + 1.5, bottom)).toBeLessThan(captioned / 4);
  });

  it('turns an image into a still video as long as the narration', async () => {
    expect(item('still').status, JSON.stringify(item('still').error)).toBe('delivered');
    const probe = await probeMedia(join(repo, 'out/still.mp4'));
    const speechEnd = item('still').lines.at(-1)!.end_s;
    expect(probe.duration).toBeGreaterThan(speechEnd);
    expect(probe.duration).toBeLessThan(speechEnd + 3);
    expect(probe.video?.codec).toBe('h264');
  });

  it('turns audio into an MP4 on a plain background', async () => {
    expect(item('podcast').status, JSON.stringify(item('podcast').error)).toBe('delivered');
    const probe = await probeMedia(join(repo, 'out/podcast.mp4'));
    expect(probe.video).toMatchObject({ codec: 'h264', width: 1280, height: 720 });
    expect(Math.abs(probe.duration - 6)).toBeLessThan(0.2);
  });

  it('fails the corrupt file with a clear error and leaves nothing behind, the others go on', () => {
    expect(item('corrupt')).toMatchObject({ status: 'failed', output: null });
    expect(item('corrupt').error).toMatchObject({ code: 'INPUT_CORRUPT', file: 'voiceover.config.yml', line: 20 });
    expect(existsSync(join(repo, 'out/corrupt.mp4'))).toBe(false);
    expect(readdirSync(join(repo, 'out')).filter((f) => f.includes('partial'))).toEqual([]);
    expect(report.items.filter((i) => i.status === 'delivered')).toHaveLength(8);
  });

  it('honours a rotation flag: the upright picture, encoded at the upright size', async () => {
    expect(item('rotated').status, JSON.stringify(item('rotated').error)).toBe('delivered');
    const probe = await probeMedia(join(repo, 'out/rotated.mp4'));
    expect(probe.video).toMatchObject({ width: 720, height: 1280, rotation: 0 });
  });

  it('spreads plain text over the video, starting a sentence on the scene cut', () => {
    expect(item('spread').status, JSON.stringify(item('spread').error)).toBe('delivered');
    const [first, second] = item('spread').lines;
    expect(first!.start_s).toBeLessThan(2);
    expect(second!.start_s).toBe(4);
    expect(second!.cue_s).toBe(4);
  });

  it('lays a music bed that is measurably lower under speech than between lines', async () => {
    expect(item('music').status, JSON.stringify(item('music').error)).toBe('delivered');
    const out = join(repo, 'out/music.mp4');
    const [a, b] = item('music').lines;
    // The 10 kHz bed is above everything the 16 kHz voice can contain: a band-pass hears only music.
    const band = 'highpass=f=9000,highpass=f=9000';
    const under = await meanVolume(out, a!.start_s + 0.2, a!.end_s - 0.1, band);
    const between = await meanVolume(out, a!.end_s + 0.8, b!.start_s - 0.4, band);
    expect(between - under).toBeGreaterThan(8);
  });
});

/** The luma of one region of the frame shown at `t` seconds, 8 bits per pixel. */
async function grayRegion(file: string, t: number, r: { x: number; y: number; w: number; h: number }): Promise<Uint8Array> {
  const { ffmpeg: bin } = await resolveFfmpeg();
  const args = ['-hide_banner', '-nostdin', '-v', 'error', '-ss', String(t), '-i', file, '-frames:v', '1', '-vf', `crop=${r.w}:${r.h}:${r.x}:${r.y},format=gray`, '-f', 'rawvideo', '-'];
  const { stdout } = await promisify(execFile)(bin, args, { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  expect(stdout.length).toBe(r.w * r.h);
  return new Uint8Array(stdout);
}

/** Mean and standard deviation of pixel values. */
function stats(pixels: Uint8Array): { mean: number; sd: number } {
  const mean = pixels.reduce((a, p) => a + p, 0) / pixels.length;
  const variance = pixels.reduce((a, p) => a + (p - mean) ** 2, 0) / pixels.length;
  return { mean, sd: Math.sqrt(variance) };
}

/** Mean absolute difference of two equally sized pixel arrays. */
function meanAbsDiff(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

/** Integrated loudness of one span of a file's audio, LUFS. */
async function spanLoudness(file: string, from: number, to: number): Promise<number> {
  const stderr = await ffmpeg(['-ss', String(from), '-t', String(to - from), '-i', file, '-map', '0:a:0', '-af', 'ebur128=framelog=verbose', '-f', 'null', '-']);
  return parseEbur128Summary(stderr)!.integrated_lufs;
}

describe('local backend, speech level, loudness on the encode path, input types', () => {
  let repo: string;
  let report: Awaited<ReturnType<typeof run>>['report'];
  const item = (name: string) => report.items.find((i) => i.name === name)!;
  beforeAll(async () => {
    repo = await tempRepo();
    await makeClip(join(repo, 'media/plain.mp4'), { duration: 14, width: 640, height: 360, audio: 'none' });
    await makeClip(join(repo, 'media/screen.webm'), { duration: 8, width: 640, height: 360, codec: 'vp8', audio: 'noise' });
    await makeTone(join(repo, 'media/loud.wav'), 8, 3000, 0.9);
    await makeTone(join(repo, 'media/voice.mp4'), 3);
    await writeText(join(repo, 'media/slides.pdf'), '%PDF-1.4\n%%EOF\n');
    const yaml = `version: 1
videos:
  - name: voices
    video: media/plain.mp4
    script: |
      [00:00.5] Create a project in one click, then invite your team.
      [00:04] {voice=rms} Create a project in one click, then invite your team.
      [00:07.5] Create a project in one click, then invite your team.
      [00:11] {voice=rms} Create a project in one click, then invite your team.
  - name: loudbed
    video: media/screen.webm
    script: "[00:01] A loud music bed under a re-encoded screen recording."
    music: { file: media/loud.wav, volume: 1 }
  - name: audioonly
    video: media/voice.mp4
    script: "[00:01] Not a video."
  - name: pdf
    video: media/slides.pdf
    script: "[00:01] Not media."
`;
    report = (await run(repo, yaml)).report;
  }, 300_000);

  it('lays lines in different voices at the same loudness (within 1.5 LU)', async () => {
    expect(item('voices').status, JSON.stringify(item('voices').error)).toBe('delivered');
    const out = join(repo, 'out/voices.mp4');
    const levels = await Promise.all(item('voices').lines.map((l) => spanLoudness(out, l.start_s, l.end_s)));
    expect(levels).toHaveLength(4);
    expect(Math.max(...levels) - Math.min(...levels), levels.join(', ')).toBeLessThanOrEqual(1.5);
  });

  it('keeps a re-encoded output with a loud bed within ±0.5 LU of −16 and under −1 dBTP', async () => {
    expect(item('loudbed').status, JSON.stringify(item('loudbed').error)).toBe('delivered');
    const loudness = await measureLoudness(join(repo, 'out/loudbed.mp4'));
    expect(Math.abs(loudness.integrated_lufs + 16)).toBeLessThanOrEqual(0.5);
    expect(loudness.true_peak_dbtp).toBeLessThanOrEqual(-1);
    const probe = await probeMedia(join(repo, 'out/loudbed.mp4'));
    expect(probe.video).toMatchObject({ codec: 'h264' });
  });

  it('fails an audio-only .mp4 and a .pdf as INPUT_UNSUPPORTED, saying what to use instead', () => {
    expect(item('audioonly')).toMatchObject({ status: 'failed', error: { code: 'INPUT_UNSUPPORTED' } });
    expect(item('audioonly').error!.message).toContain('has no video stream; to narrate an audio file use .mp3/.wav/.m4a/.aac');
    expect(item('pdf')).toMatchObject({ status: 'failed', error: { code: 'INPUT_UNSUPPORTED' } });
    expect(item('pdf').error!.message).toContain('.pdf files are not accepted; use videos (mp4 mov avi webm mkv)');
  });
});

/** Time and mean chroma (U, V) of every frame, from a small copy of the picture. */
async function frameColours(file: string): Promise<{ t: number; u: number; v: number }[]> {
  const stderr = await ffmpeg(['-i', file, '-map', '0:v:0', '-vf', 'scale=32:18,showinfo', '-f', 'null', '-']);
  return [...stderr.matchAll(/pts_time:\s*([\d.]+).*?mean:\[(\d+) (\d+) (\d+)\]/g)].map((m) => ({ t: Number(m[1]), u: Number(m[3]), v: Number(m[4]) }));
}

describe('local backend, a timed line too long for its slot (overflow: extend / shift)', () => {
  let repo: string;
  let report: Awaited<ReturnType<typeof run>>['report'];
  const item = (name: string) => report.items.find((i) => i.name === name)!;
  const CUT_S = 3; // the picture turns from red to blue where the second line is cued
  const TONE_S = 8; // the original sound: a 10 kHz beep from 8 to 9 s, nothing else
  const FRAME = 1 / 30;
  beforeAll(async () => {
    repo = await tempRepo();
    await ffmpeg([
      '-f', 'lavfi', '-i', `color=c=0xd03030:s=1920x1080:r=30:d=${CUT_S}[a];color=c=0x3050d0:s=1920x1080:r=30:d=${12 - CUT_S}[b];[a][b]concat=n=2:v=1:a=0`,
      '-f', 'lavfi', '-i', `sine=f=10000:r=48000:d=12,volume='between(t,${TONE_S},${TONE_S + 1})':eval=frame`,
      '-map', '0:v', '-map', '1:a', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-g', '60', '-c:a', 'aac', '-t', '12',
      join(repo, 'cut.mp4'), // the repository's root: ffmpeg makes no folders
    ].map(String));
    const script = [
      '[00:01] This first line is far too long to be spoken before the next cue, even when it is sped up.',
      `[00:0${CUT_S}] Now the screen is blue.`,
    ].join('\n');
    await writeText(join(repo, 'scripts/long.txt'), script);
    await writeText(join(repo, 'scripts/late.txt'), '[00:01] Hello there.\n[05:00] This line comes after the video has ended.\n');
    const yaml = `version: 1
videos:
  - name: extend
    video: cut.mp4
    script: scripts/long.txt
  - name: shift
    video: cut.mp4
    script: scripts/long.txt
    audio: { overflow: shift }
  - name: late
    video: cut.mp4
    script: scripts/late.txt
`;
    report = (await run(repo, yaml)).report;
  });

  it("'extend' holds the picture for the overflow: output longer by the hold, the next line on its cue + hold", async () => {
    expect(item('extend').status, JSON.stringify(item('extend').error)).toBe('delivered');
    const [first, second] = item('extend').lines;
    const hold_s = first!.overflow_ms / 1000;
    expect(hold_s).toBeGreaterThan(0.5);
    expect(second).toMatchObject({ cue_s: CUT_S, start_s: CUT_S + hold_s, overflow_ms: 0 });
    const out = join(repo, 'out/extend.mp4');
    const probe = await probeMedia(out);
    expect(probe.video).toMatchObject({ codec: 'h264', width: 1920, height: 1080 });
    expect(Math.abs(probe.duration - (12 + hold_s))).toBeLessThan(0.1);
    await expectFaststart(out);
    // The lines are 0.25 s apart: count shorter silences than the default 0.3 s.
    const onsets = await detectSpeechOnsets(out, { min_s: 0.2 });
    // The first line, the second, then the original's beep: each within one frame of source time + hold.
    expect(onsets, onsets.join(', ')).toHaveLength(3);
    expect(Math.abs(onsets[1]! - (CUT_S + hold_s))).toBeLessThanOrEqual(FRAME);
    expect(Math.abs(onsets[2]! - (TONE_S + hold_s))).toBeLessThanOrEqual(FRAME);
  });

  it("'extend' keeps the picture in sync after the hold: the cut to blue lands on the second line's start", async () => {
    const hold_s = item('extend').lines[0]!.overflow_ms / 1000;
    const frames = await frameColours(join(repo, 'out/extend.mp4'));
    const firstBlue = frames.find((f) => f.u > f.v)!;
    expect(Math.abs(firstBlue.t - (CUT_S + hold_s))).toBeLessThanOrEqual(FRAME);
    // Held red until then, blue from then on.
    expect(frames.filter((f) => f.t < firstBlue.t).every((f) => f.v > f.u)).toBe(true);
    expect(frames.filter((f) => f.t >= firstBlue.t).every((f) => f.u > f.v)).toBe(true);
  });

  it("'shift' leaves the picture alone (stream copied) and pushes the next line off its cue", async () => {
    expect(item('shift').status, JSON.stringify(item('shift').error)).toBe('delivered');
    const [first, second] = item('shift').lines;
    expect(first!.overflow_ms).toBeGreaterThan(500);
    expect(second!.cue_s).toBe(CUT_S);
    expect(second!.start_s).toBeCloseTo(first!.end_s + 0.25, 3);
    const out = join(repo, 'out/shift.mp4');
    expect(Math.abs((await probeMedia(out)).duration - 12)).toBeLessThan(0.1);
    expect(await videoPackets(out)).toEqual(await videoPackets(join(repo, 'cut.mp4')));
    await expectFaststart(out);
    const onsets = await detectSpeechOnsets(out, { min_s: 0.2 });
    expect(onsets, onsets.join(', ')).toHaveLength(3);
    expect(Math.abs(onsets[1]! - second!.start_s)).toBeLessThanOrEqual(FRAME);
    expect(Math.abs(onsets[2]! - TONE_S)).toBeLessThanOrEqual(FRAME);
  });

  it('fails a line cued past the end of the video with SCRIPT_INVALID naming the script line', () => {
    expect(item('late')).toMatchObject({ status: 'failed', output: null });
    expect(item('late').error).toMatchObject({
      code: 'SCRIPT_INVALID',
      file: 'scripts/late.txt',
      line: 2,
      hint: 'the video is only 12.0 s long; remove the line or fix its time',
    });
    expect(item('late').error?.message).toContain('script line 2 is cued at 5:00.0');
  });
});
