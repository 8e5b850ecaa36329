import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEspeakEngine } from '../../src/tts/espeak.js';
import { ENGINES } from '../../src/tts/registry.js';
import { clipCacheKey, synthesizeClip } from '../../src/tts/synthesize.js';
import { decodeWav } from '../../src/tts/wav.js';
import { requireEspeak } from '../helpers/programs.js';
import { edgeSilence_s, rmsDb } from './signal.js';

let cacheDir = '';
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'voiceover-tts-test-'));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('synthesizeClip', () => {
  it('speaks a trimmed clip, then returns the same file from the cache without synthesis', async () => {
    const first = await synthesizeClip({ text: 'Hello world', voice: 'slt', line: 1 }, { cacheDir });
    expect(first).toMatchObject({ voice: 'slt', engine: 'flite', rate: 1, sampleRate: 16000, cached: false });
    expect(first.duration_s).toBeGreaterThan(0.5);
    expect(first.duration_s).toBeLessThan(3);
    expect(rmsDb(first.samples)).toBeGreaterThan(-30);
    const edges = edgeSilence_s(first.samples, first.sampleRate);
    expect(edges.lead).toBeLessThan(0.03);
    expect(edges.trail).toBeLessThan(0.03);
    const stored = decodeWav(await readFile(first.file));
    expect(stored.samples).toEqual(first.samples);
    const { mtimeMs } = await stat(first.file);

    const second = await synthesizeClip({ text: '  Hello world ', voice: 'slt', rate: 1.0001, line: 1 }, { cacheDir });
    expect(second.cached).toBe(true);
    expect(second.file).toBe(first.file);
    expect(second.samples).toEqual(first.samples);
    expect((await stat(first.file)).mtimeMs).toBe(mtimeMs);
  });

  it('keys the cache on engine, version, voice, rate and text', () => {
    const base = { engine: 'flite', version: 'v1', voice: 'slt', rate: 1, text: 'Hi' };
    const key = clipCacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    for (const change of [{ engine: 'x' }, { version: 'v2' }, { voice: 'rms' }, { rate: 1.01 }, { text: 'Hi!' }]) {
      expect(clipCacheKey({ ...base, ...change })).not.toBe(key);
    }
    expect(clipCacheKey({ ...base, rate: 1.0004 })).toBe(key);
  });

  it('makes a shorter clip at a faster rate, in its own cache entry', async () => {
    const text = 'Every line is cached by its voice, its rate and its text.';
    const normal = await synthesizeClip({ text, voice: 'rms' }, { cacheDir });
    const fast = await synthesizeClip({ text, voice: 'rms', rate: 1.25 }, { cacheDir });
    expect(fast.file).not.toBe(normal.file);
    expect(fast.cached).toBe(false);
    expect(fast.duration_s / normal.duration_s).toBeGreaterThan(0.8 * 0.9);
    expect(fast.duration_s / normal.duration_s).toBeLessThan(0.8 * 1.1);
  });

  it('runs concurrent lines (two of them identical) and leaves no temporary files', async () => {
    const requests = ['First of four.', 'Second of four.', 'Third of four.', 'Third of four.'].map((text, line) =>
      synthesizeClip({ text, voice: 'awb', line }, { cacheDir }),
    );
    const clips = await Promise.all(requests);
    expect(clips.every((clip) => clip.duration_s > 0.5)).toBe(true);
    expect(clips[2]?.file).toBe(clips[3]?.file);
    // A clip and its measured word times (`.words.json`), nothing else.
    expect((await readdir(cacheDir)).filter((name) => !name.endsWith('.wav') && !name.endsWith('.words.json'))).toEqual([]);
  });

  it('makes a clip again when its cache file is damaged', async () => {
    const clip = await synthesizeClip({ text: 'Damaged cache entry.', voice: 'kal' }, { cacheDir });
    await writeFile(clip.file, 'garbage');
    const again = await synthesizeClip({ text: 'Damaged cache entry.', voice: 'kal' }, { cacheDir });
    expect(again.cached).toBe(false);
    expect(again.sampleRate).toBe(8000);
    expect(decodeWav(await readFile(again.file)).samples.length).toBe(again.samples.length);
  });

  it('chooses the voice for `auto` and engine ids from the language', async () => {
    const auto = await synthesizeClip({ text: 'Chosen for me.', voice: 'auto', language: 'en-US' }, { cacheDir });
    expect(auto).toMatchObject({ voice: 'slt', engine: 'flite' });
    const byEngine = await synthesizeClip({ text: 'Chosen for me.', voice: 'flite', language: 'en' }, { cacheDir });
    expect(byEngine).toMatchObject({ voice: 'slt', cached: true, file: auto.file });
    const upper = await synthesizeClip({ text: 'Chosen for me.', voice: 'SLT' }, { cacheDir });
    expect(upper).toMatchObject({ voice: 'slt', cached: true, file: auto.file });
    await expect(synthesizeClip({ text: 'No language.', voice: 'auto', line: 5 }, { cacheDir })).rejects.toMatchObject({
      code: 'TTS_UNAVAILABLE',
      message: 'unknown voice "auto" (line 5)',
    });
  });

  it('refuses empty text with TTS_FAILED naming the line', async () => {
    await expect(synthesizeClip({ text: ' \n\t ', voice: 'slt', line: 7 }, { cacheDir })).rejects.toMatchObject({
      code: 'TTS_FAILED',
      message: 'voice slt could not speak line 7: the line has no text to speak',
    });
  });

  it('fails with TTS_FAILED when the engine produces no speech', async () => {
    await expect(synthesizeClip({ text: '...', voice: 'slt', line: 3 }, { cacheDir })).rejects.toMatchObject({
      code: 'TTS_FAILED',
      message: expect.stringContaining('line 3'),
    });
  });

  it('reports an unknown voice as TTS_UNAVAILABLE', async () => {
    await expect(synthesizeClip({ text: 'Hi', voice: 'nosuch', line: 2 }, { cacheDir })).rejects.toMatchObject({
      code: 'TTS_UNAVAILABLE',
    });
  });

  it('honours an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(synthesizeClip({ text: 'Never spoken.', voice: 'slt', signal: controller.signal }, { cacheDir })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('speaks through espeak-ng, and says how to install it when it is hidden', async () => {
    await requireEspeak();
    const request = { text: 'Bonjour tout le monde.', voice: 'espeak:fr-fr', line: 4 };
    const clip = await synthesizeClip(request, { cacheDir });
    expect(clip).toMatchObject({ engine: 'espeak-ng', sampleRate: 22050, cached: false });
    expect(clip.duration_s).toBeGreaterThan(0.5);
    expect(clip.duration_s).toBeLessThan(4);
    expect(rmsDb(clip.samples)).toBeGreaterThan(-30);
    const withoutEspeak = ENGINES.map((entry) =>
      entry.id === 'espeak-ng' ? { ...entry, load: async () => createEspeakEngine({ env: { PATH: '' } }) } : entry,
    );
    await expect(synthesizeClip({ ...request, text: 'Pas en cache.' }, { cacheDir, engines: withoutEspeak })).rejects.toMatchObject({
      code: 'TTS_UNAVAILABLE',
      hint: expect.stringContaining('apt-get install espeak-ng'),
    });
  });
});
