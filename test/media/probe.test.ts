import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceoverError } from '../../src/core/errors.js';
import { lavfiArgs } from '../../src/media/args.js';
import { classifyInput, classifyInputFile, decodeTail, probeInput, probeMedia, verifyDecodable } from '../../src/media/probe.js';
import { planTailCheck, scanPackets, TAIL_DECODE_MAX_S } from '../../src/media/packets.js';
import { avClip, make, rotate90, tempDir, toneWav, truncateTo } from './generate.js';

let dir: string;
let cleanup: () => Promise<void>;
const files: Record<string, string> = {};

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('probe'));
  const at = (name: string): string => join(dir, name);
  files.av = await avClip(at('av.mp4'), 2);
  files.mkv = await avClip(at('av.mkv'), 4);
  files.png = await make(at('still.png'), [...lavfiArgs('testsrc2=size=64x48'), '-frames:v', '1']);
  files.wav = await toneWav(at('tone.wav'), 1, '1');
  files.mp3 = await make(at('cover.mp3'), ['-i', files.wav, '-i', files.png, '-map', '0', '-map', '1', '-c:a', 'libmp3lame', '-c:v', 'png', '-disposition:v', 'attached_pic']);
  files.srt = at('captions.srt');
  await writeFile(files.srt, '1\n00:00:00,000 --> 00:00:01,000\nhello\n');
}, 60_000);
afterAll(() => cleanup());

async function rejection(promise: Promise<unknown>): Promise<VoiceoverError> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(VoiceoverError);
  return error as VoiceoverError;
}

describe('probeMedia', () => {
  it('reads a video with audio', async () => {
    const probe = await probeMedia(files.av!);
    expect(probe.file).toBe(files.av);
    expect(probe.formatName).toContain('mp4');
    expect(probe.duration).toBeCloseTo(2, 1);
    expect(probe.sizeBytes).toBe((await stat(files.av!)).size);
    expect(probe.video).toMatchObject({
      codec: 'h264', width: 320, height: 240, displayWidth: 320, displayHeight: 240,
      rotation: 0, pixFmt: 'yuv420p', fps: 25, fpsFraction: '25/1', isImage: false,
    });
    expect(probe.audio).toMatchObject({ codec: 'aac', sampleRate: 48000, channels: 1 });
    expect(classifyInput(probe)).toBe('video');
  });

  it('reads the display rotation and swaps the displayed size', async () => {
    const rotated = await rotate90(files.av!, join(dir, 'rotated.mp4'));
    const probe = await probeMedia(rotated);
    expect(probe.video).toMatchObject({ width: 320, height: 240, rotation: 90, displayWidth: 240, displayHeight: 320 });
  });

  it('means counterclockwise by rotation 90, as ffmpeg displays it', async () => {
    // Red on top of blue; turned a quarter counterclockwise for display, red ends up on the left.
    const graph = 'color=red:size=320x120:duration=1[a];color=blue:size=320x120:duration=1[b];[a][b]vstack';
    const source = await make(join(dir, 'red-top.mp4'), [...lavfiArgs(graph), '-frames:v', '1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p']);
    const rotated = await rotate90(source, join(dir, 'red-top-rotated.mp4'));
    expect((await probeMedia(rotated)).video?.rotation).toBe(90);
    const raw = await make(join(dir, 'shown.rgb'), ['-i', rotated, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24']);
    const pixels = await readFile(raw);
    expect(pixels.length).toBe(240 * 320 * 3);
    const pixel = (x: number, y: number): number[] => [...pixels.subarray((y * 240 + x) * 3, (y * 240 + x) * 3 + 3)];
    const [leftR = 0, , leftB = 0] = pixel(10, 160);
    const [rightR = 0, , rightB = 0] = pixel(230, 160);
    expect(leftR).toBeGreaterThan(200);
    expect(leftB).toBeLessThan(50);
    expect(rightB).toBeGreaterThan(200);
    expect(rightR).toBeLessThan(50);
  });

  it('recognises a still image', async () => {
    const probe = await probeMedia(files.png!);
    expect(probe.video).toMatchObject({ codec: 'png', width: 64, height: 48, isImage: true });
    expect(probe.duration).toBe(0);
    expect(classifyInput(probe)).toBe('image');
    await expect(verifyDecodable(files.png!, probe)).resolves.toBeUndefined();
  });

  it('treats audio files as audio, cover art included', async () => {
    const wav = await probeMedia(files.wav!);
    expect(wav.video).toBeUndefined();
    expect(wav.audio).toMatchObject({ codec: 'pcm_s16le', sampleRate: 48000, channels: 1 });
    expect(classifyInput(wav)).toBe('audio');
    const mp3 = await probeMedia(files.mp3!);
    expect(mp3.video).toBeUndefined();
    expect(mp3.audio?.codec).toBe('mp3');
    expect(classifyInput(mp3)).toBe('audio');
  });

  it('says INPUT_NOT_FOUND for a missing file and INPUT_UNSUPPORTED for a directory', async () => {
    const missing = await rejection(probeMedia(join(dir, 'nope.mp4')));
    expect(missing.code).toBe('INPUT_NOT_FOUND');
    expect(missing.message).toContain('nope.mp4 does not exist');
    await mkdir(join(dir, 'folder.mp4'));
    expect((await rejection(probeMedia(join(dir, 'folder.mp4')))).code).toBe('INPUT_UNSUPPORTED');
  });

  it('says INPUT_UNSUPPORTED for a file with neither video nor audio', async () => {
    const error = await rejection(probeMedia(files.srt!));
    expect(error.code).toBe('INPUT_UNSUPPORTED');
    expect(error.message).toContain('no video or audio stream');
  });

  it('says INPUT_CORRUPT with ffprobe\'s words for a file it cannot read', async () => {
    const garbage = join(dir, 'garbage.mkv');
    const bytes = await readFile(files.mkv!);
    bytes.fill(0, 0, 64); // break the EBML header
    await writeFile(garbage, bytes);
    const error = await rejection(probeMedia(garbage));
    expect(error.code).toBe('INPUT_CORRUPT');
    expect(error.message).toMatch(/EBML header parsing failed/);
    expect(error.message).not.toMatch(/@ 0x|file:/);
  });

  it('says INPUT_CORRUPT for an mp4 cut before its index (moov) was written', async () => {
    const cut = await avClip(join(dir, 'cut.mp4'), 2);
    await truncateTo(cut, 0.5);
    const error = await rejection(probeMedia(cut));
    expect(error.code).toBe('INPUT_CORRUPT');
    expect(error.message).toMatch(/moov atom not found/);
  });

  it('passes cancellation through', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await rejection(probeMedia(files.av!, { signal: controller.signal }))).toMatchObject({ code: 'CANCELED', isCanceled: true });
  });
});

describe('verifyDecodable', () => {
  it('accepts whole files', async () => {
    for (const file of [files.av!, files.mkv!, files.wav!]) {
      await expect(verifyDecodable(file, await probeMedia(file))).resolves.toBeUndefined();
    }
  });

  it('accepts a screen recording whose frames are sparse near the end (variable frame rate, no audio)', async () => {
    // Like a browser's screen capture: frames only when the screen changes — here none between 2.7 s
    // and 3.8 s, then one at 4.2 s — so one second before the end there is a gap longer than a slice.
    const sparse = await make(join(dir, 'sparse.webm'), [
      ...lavfiArgs('testsrc2=size=320x240:rate=30:duration=4.25'),
      '-vf', "select='lt(n\\,82)+eq(n\\,113)+eq(n\\,126)'", '-vsync', 'vfr', '-c:v', 'libvpx', '-b:v', '200k',
    ]);
    const probe = await probeMedia(sparse);
    expect(probe.audio).toBeUndefined();
    await expect(verifyDecodable(sparse, probe)).resolves.toBeUndefined();
  });

  it('decodes the last keyframe of a file with 8-second GOPs, not its whole last GOP', async () => {
    // Keyframes at 0, 8 and 16 s of 20 s: the tail check used to decode the 120 frames from 16 s on.
    const file = await make(join(dir, 'gop8.mp4'), [
      ...lavfiArgs('testsrc2=size=320x240:rate=30:duration=20'), ...lavfiArgs('sine=frequency=440:sample_rate=48000:duration=20'),
      '-c:v', 'libx264', '-g', '240', '-keyint_min', '240', '-sc_threshold', '0', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest',
    ]);
    const probe = await probeMedia(file);
    const scan = await scanPackets(file, { video: true, audio: true }, { from_s: probe.duration - TAIL_DECODE_MAX_S - 1 });
    const plan = planTailCheck(scan, probe.duration, probe.start_s);
    expect(plan).toEqual({ action: 'decode', from_s: expect.closeTo(16, 1) as number });
    const tail = await decodeTail(file, probe, plan.action === 'decode' ? plan.from_s : 0);
    expect(tail.ok).toBe(true);
    expect(tail.frames).toBe(1);
    await expect(verifyDecodable(file, probe)).resolves.toBeUndefined();
  });

  it('catches a truncated mkv whose header still claims the full duration', async () => {
    const cut = join(dir, 'truncated.mkv');
    await writeFile(cut, await readFile(files.mkv!));
    await truncateTo(cut, 0.5);
    const probe = await probeMedia(cut);
    expect(probe.duration).toBeCloseTo(4, 1);
    const error = await rejection(verifyDecodable(cut, probe));
    expect(error.code).toBe('INPUT_CORRUPT');
    expect(error.message).toMatch(/nothing decodes near 3(\.\d)?s of the 4(\.\d+)?s it claims/);
  });

  it('catches a truncated fast-start mp4 (index first, media data cut)', async () => {
    const cut = await avClip(join(dir, 'faststart.mp4'), 4, ['-movflags', '+faststart']);
    await truncateTo(cut, 0.5);
    const probe = await probeMedia(cut);
    expect(probe.duration).toBeCloseTo(4, 1);
    expect((await rejection(verifyDecodable(cut, probe))).code).toBe('INPUT_CORRUPT');
  });
});

describe('probeInput (inputs named in a config)', () => {
  const at = (name: string): string => join(dir, 'inputs', name);
  const tone = () => lavfiArgs('sine=frequency=440:sample_rate=48000:duration=1');
  beforeAll(async () => {
    await mkdir(join(dir, 'inputs'), { recursive: true });
    const audioOnly: [string, string[]][] = [
      ['voice.mp4', ['-c:a', 'aac']], ['voice.mov', ['-c:a', 'aac']], ['voice.mkv', ['-c:a', 'aac']],
      ['voice.webm', ['-c:a', 'libvorbis']], ['voice.avi', ['-c:a', 'pcm_s16le']], ['voice.m4a', ['-c:a', 'aac']],
    ];
    await Promise.all(audioOnly.map(([name, codec]) => make(at(name), [...tone(), ...codec])));
    await make(at('clip.flv'), [...lavfiArgs('testsrc2=size=64x48:rate=10:duration=1'), '-c:v', 'flv']);
    await make(at('still.bmp'), [...lavfiArgs('testsrc2=size=64x48'), '-frames:v', '1']);
    await make(at('STILL.JPG'), [...lavfiArgs('testsrc2=size=64x48'), '-frames:v', '1']);
    await writeFile(at('slides.pdf'), '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  }, 60_000);

  it('refuses a video container that holds only audio, pointing at the audio extensions', async () => {
    for (const name of ['voice.mp4', 'voice.mov', 'voice.mkv', 'voice.webm', 'voice.avi']) {
      const error = await rejection(probeInput(at(name)));
      expect(error.code, name).toBe('INPUT_UNSUPPORTED');
      expect(error.message).toContain(`${at(name)}: this .${name.split('.')[1]} file has no video stream; to narrate an audio file use .mp3/.wav/.m4a/.aac`);
    }
  });

  it('refuses other extensions as unsupported (not corrupt), naming the accepted types', async () => {
    for (const name of ['slides.pdf', 'clip.flv', 'still.bmp']) {
      const error = await rejection(probeInput(at(name)));
      expect(error.code, name).toBe('INPUT_UNSUPPORTED');
      expect(error.message).toContain(`.${name.split('.')[1]} files are not accepted; use videos (mp4 mov avi webm mkv), images (jpg jpeg png gif webp) or audio (mp3 wav m4a aac)`);
    }
  });

  it('accepts the allowed types by extension (any case) and streams', async () => {
    expect((await probeInput(files.av!)).kind).toBe('video');
    expect((await probeInput(files.mkv!)).kind).toBe('video');
    expect((await probeInput(files.png!)).kind).toBe('image');
    expect((await probeInput(at('STILL.JPG'))).kind).toBe('image');
    expect((await probeInput(files.mp3!)).kind).toBe('audio');
    expect((await probeInput(files.wav!)).kind).toBe('audio');
    expect((await probeInput(at('voice.m4a'))).kind).toBe('audio');
  });

  it('still says INPUT_NOT_FOUND for a missing file, whatever its extension', async () => {
    expect((await rejection(probeInput(at('missing.pdf')))).code).toBe('INPUT_NOT_FOUND');
  });

  it('leaves content-only classification (the server sniffs uploads) as it was', async () => {
    expect(classifyInput(await probeMedia(at('voice.mp4')))).toBe('audio');
    expect(classifyInputFile(files.av!, await probeMedia(files.av!))).toBe('video');
  });
});
