// The Piper and Kokoro engines on tiny models through the real sherpa-onnx-node: one loaded model per
// child process reused across lines, speed from the engine's own control, broken voices as TTS_UNAVAILABLE
// naming the voice (this process lives on), prepare() installing what is not installed.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { VoiceoverError } from '../../src/core/errors.js';
import type { InstallProgress, InstalledVoice } from '../../src/tts/neural-types.js';
import { createSherpaEngine } from '../../src/tts/sherpa-engine.js';
import { closeSherpaPool, sherpaPoolLimit, sherpaPoolState } from '../../src/tts/sherpa-pool.js';
import type { NeuralVoiceSource } from '../../src/tts/sherpa-voices.js';
import { ENGINES, resolveVoice, type EngineEntry } from '../../src/tts/registry.js';
import { synthesizeClip } from '../../src/tts/synthesize.js';
import { makeTinyKokoroArchive, makeTinyPiperArchive, tinyKokoroVoice, tinyPiperVoice } from '../helpers/tiny-voice.js';

/** A voice source over a list the test controls; ensure() "installs" from `installable`. */
function source(installed: InstalledVoice[], installable: InstalledVoice[] = []): NeuralVoiceSource & { ensured: string[] } {
  const ensured: string[] = [];
  return {
    ensured,
    list: async () => [...installed],
    ensure: async (id, options) => {
      ensured.push(id);
      const voice = installable.find((v) => v.id === id);
      if (!voice) throw new VoiceoverError('TTS_UNAVAILABLE', { detail: `voice "${id}" is not in the catalogue`, hint: 'voiceover voices install --from FILE' });
      options.onProgress?.({ id, receivedBytes: 10, totalBytes: 10, bytesPerSecond: 1, stage: 'done' });
      installed.push(voice);
      return voice;
    },
  };
}

/** Dominant frequency of a tone by zero crossings, Hz. */
function pitch(samples: Float32Array, sampleRate: number): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) if ((samples[i - 1]! < 0) !== (samples[i]! < 0)) crossings++;
  return (crossings / 2) * (sampleRate / samples.length);
}

const LINE = 'Create a project in one click, then share it with your team.';

describe('sherpa-onnx engines on tiny models', () => {
  let root: string;
  let piper: InstalledVoice;
  let piperHigh: InstalledVoice;
  let kokoro: InstalledVoice[];
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sherpa-engine-'));
    piper = await tinyPiperVoice(await makeTinyPiperArchive(join(root, 'p')));
    piperHigh = await tinyPiperVoice(await makeTinyPiperArchive(join(root, 'h'), { name: 'en_US-tiny-high' }));
    const archive = await makeTinyKokoroArchive(join(root, 'k'), { speakers: 3 });
    kokoro = await Promise.all([0, 1, 2].map((i) => tinyKokoroVoice(archive, i)));
  });
  afterEach(() => closeSherpaPool());

  it('claims piper:* / kokoro:* without running anything, and lists installed voices, better Piper quality first', async () => {
    const engine = createSherpaEngine('piper', source([piper, piperHigh, kokoro[0]!]));
    expect(engine.ownsVoice!('piper:de_DE-thorsten-high')).toBe(true);
    expect(engine.ownsVoice!('kokoro:af_heart')).toBe(false);
    expect(engine.ownsVoice!('slt')).toBe(false);
    expect((await engine.voices()).map((v) => v.id)).toEqual(['piper:en_US-tiny-high', 'piper:en_US-tiny-x_low']);
    expect(await engine.availability()).toEqual({ ok: true });
    expect(sherpaPoolState().processes).toBe(0);
  });

  it('speaks with one process per model, reused line after line; a longer text is longer, rate 1.5 is the engine\'s own speed-up', async () => {
    const engine = createSherpaEngine('piper', source([piper]));
    const short = await engine.synthesize({ text: 'Hello.', voice: piper.id, rate: 1 });
    const long = await engine.synthesize({ text: LINE, voice: piper.id, rate: 1 });
    const fast = await engine.synthesize({ text: LINE, voice: piper.id, rate: 1.5 });
    expect(short.sampleRate).toBe(22050);
    expect(long.samples.length).toBeGreaterThan(3 * short.samples.length);
    expect(fast.samples.length / long.samples.length).toBeCloseTo(1 / 1.5, 1);
    expect(sherpaPoolState().processes).toBe(1);
  });

  it('Kokoro: every speaker of one archive shares the loaded model, and speaks with its own style', async () => {
    const engine = createSherpaEngine('kokoro', source([...kokoro]));
    const [a, c] = [await engine.synthesize({ text: LINE, voice: 'kokoro:af_tiny0', rate: 1 }), await engine.synthesize({ text: LINE, voice: 'KOKORO:af_tiny2', rate: 1 })];
    expect(a.sampleRate).toBe(24000);
    // The tiny model's tone is 220 Hz + 40 Hz per style value (speaker i's style values are all i).
    expect(pitch(c.samples, c.sampleRate) - pitch(a.samples, a.sampleRate)).toBeGreaterThan(50);
    expect(sherpaPoolState().processes).toBe(1);
  });

  it('lines at once: no more processes than the limit allows, each holding one of the models', async () => {
    const engine = createSherpaEngine('piper', source([piper, piperHigh]));
    const lines = [piper, piperHigh, piper, piperHigh, piper].map((v, i) => engine.synthesize({ text: `${LINE} ${i}`, voice: v.id, rate: 1 }));
    const spoken = await Promise.all(lines);
    expect(spoken.every((s) => s.samples.length > 0)).toBe(true);
    expect(sherpaPoolState().processes).toBeLessThanOrEqual(sherpaPoolLimit(80 * 1024 * 1024));
    // Each process holds one of the two models (a model may have two processes when its lines come at once).
    expect(sherpaPoolState().models.every((key) => key.includes(piper.model) || key.includes(piperHigh.model))).toBe(true);
  });

  it('the worker limit follows memory as well as cores', () => {
    const gb = 1024 ** 3;
    expect(sherpaPoolLimit(0.5 * gb, 16 * gb, 2)).toBe(2);
    expect(sherpaPoolLimit(0.5 * gb, 1 * gb, 8)).toBe(1);
    expect(sherpaPoolLimit(0.1 * gb, 1 * gb, 8)).toBe(7);
    expect(sherpaPoolLimit(4 * gb, 1 * gb, 8)).toBe(1);
  });

  it('a model that kills its process is TTS_UNAVAILABLE naming the voice; this process and the next voice go on', async () => {
    const broken = { ...(await tinyPiperVoice(await makeTinyPiperArchive(join(root, 'b'), { name: 'en_US-broken-low' }))) };
    await writeFile(broken.model, 'not onnx');
    const engine = createSherpaEngine('piper', source([broken, piper]));
    const error = await engine.synthesize({ text: LINE, voice: broken.id, rate: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VoiceoverError);
    expect((error as VoiceoverError).code).toBe('TTS_UNAVAILABLE');
    expect((error as VoiceoverError).message).toContain('piper:en_US-broken-low');
    expect((await engine.synthesize({ text: LINE, voice: piper.id, rate: 1 })).samples.length).toBeGreaterThan(0);
  });

  it('version() carries the model checksum; describeModel() names archive, file and checksum', async () => {
    const engine = createSherpaEngine('piper', source([piper]));
    expect(await engine.version!(piper.id)).toMatch(new RegExp(`^sherpa-onnx-node@\\d+\\.\\d+\\.\\d+\\+${piper.modelSha256}$`));
    expect(await engine.describeModel!(piper.id)).toBe(`vits-piper-en_US-tiny-x_low/en_US-tiny-x_low.onnx sha256:${piper.modelSha256.slice(0, 12)}`);
  });

  it('prepare() installs a voice that is not installed (with progress) and leaves an installed one alone', async () => {
    const voices = source([piper], [piperHigh]);
    const engine = createSherpaEngine('piper', voices);
    const progress: InstallProgress[] = [];
    await engine.prepare!(piper.id, { onProgress: (p) => progress.push(p) });
    expect(voices.ensured).toEqual([]);
    await engine.prepare!(piperHigh.id, { onProgress: (p) => progress.push(p) });
    expect(voices.ensured).toEqual([piperHigh.id]);
    expect(progress.map((p) => p.id)).toEqual([piperHigh.id]);
    expect((await engine.voices()).map((v) => v.id)).toContain(piperHigh.id);
    await expect(engine.prepare!('piper:xx_XX-nobody-low', {})).rejects.toThrow(/not in the catalogue/);
  });

  it('a catalogued voice not installed is listed (installed: false), valid when named, never picked by auto, installed when it speaks', async () => {
    const voices = source([], [piperHigh]);
    const engine = createSherpaEngine('piper', {
      ...voices,
      catalogued: async () => [{ id: piperHigh.id, engine: 'piper', language: 'en-US', description: 'Piper tiny, high' }, { id: 'kokoro:af_x', engine: 'kokoro', language: 'en-US', description: 'other family' }],
    });
    expect(await engine.voices()).toEqual([{ id: piperHigh.id, engine: 'piper', language: 'en-US', description: 'Piper tiny, high (not installed: installed on first use)', installed: false }]);
    const engines: EngineEntry[] = [{ id: 'piper', languages: 'en', neural: true, load: async () => engine }, ...ENGINES.filter((e) => !e.neural)];
    expect((await resolveVoice('auto', 'en', { engines })).id).toBe('slt');
    expect((await resolveVoice(piperHigh.id, 'en', { engines })).id).toBe(piperHigh.id);
    const clip = await synthesizeClip({ text: LINE, voice: piperHigh.id, rate: 1 }, { cacheDir: join(root, 'cache-catalogued'), engines });
    expect(voices.ensured).toEqual([piperHigh.id]);
    expect(clip).toMatchObject({ engine: 'piper', voice: piperHigh.id, sampleRate: 22050 });
    expect((await engine.voices()).map((v) => [v.id, v.installed])).toEqual([[piperHigh.id, undefined]]);
    expect((await resolveVoice('auto', 'en', { engines })).id).toBe(piperHigh.id);
  });

  it('an abort kills the process speaking the line', async () => {
    const engine = createSherpaEngine('piper', source([piper]));
    const controller = new AbortController();
    const speaking = engine.synthesize({ text: LINE.repeat(20), voice: piper.id, rate: 1, signal: controller.signal });
    speaking.catch(() => undefined);
    await vi.waitFor(() => expect(sherpaPoolState().busy).toBe(1));
    controller.abort();
    await expect(speaking).rejects.toMatchObject({ name: 'AbortError' });
    expect(sherpaPoolState().busy).toBe(0);
  });

  it('without sherpa-onnx-node: unavailable, saying what to install', async () => {
    vi.stubEnv('VOICEOVER_SHERPA_ONNX_DIR', join(root, 'nowhere'));
    try {
      const availability = await createSherpaEngine('piper', source([piper])).availability();
      expect(availability.ok).toBe(false);
      expect(availability).toMatchObject({ install: expect.stringContaining('npm install sherpa-onnx-node') });
      // Every line asked for at once is refused (none is left waiting in the queue).
      const engine = createSherpaEngine('piper', source([piper]));
      const lines = await Promise.allSettled([1, 2, 3].map((i) => engine.synthesize({ text: `${LINE} ${i}`, voice: piper.id, rate: 1 })));
      expect(lines.map((l) => l.status === 'rejected' && (l.reason as VoiceoverError).code)).toEqual(['TTS_UNAVAILABLE', 'TTS_UNAVAILABLE', 'TTS_UNAVAILABLE']);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
