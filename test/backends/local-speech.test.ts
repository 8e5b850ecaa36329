// Fitting speech to planned slots with the real planner and the real flite engine.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemConfig } from '../../src/config/types.js';
import type { Overflow } from '../../src/config/types.js';
import { fitClip, planAndFit, quietTail, speakCues, type SpokenCue } from '../../src/backends/local/speech.js';
import { planTimeline } from '../../src/timing/plan.js';
import type { PlanLineInput } from '../../src/timing/types.js';
import { synthesizeClip } from '../../src/tts/synthesize.js';
import type { Cue } from '../../src/script/types.js';

let cacheDir = '';
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'voiceover-fit-test-'));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

const LONG = 'Create a project in one click, invite your whole team, and ship the first version before lunch.';
const item = (overflow: Overflow = 'shift') =>
  ({ voice: 'slt', language: 'en', audio: { loudness: -16, duck_db: 12, max_stretch: 1.15, overflow } }) as unknown as ItemConfig;
const cue = (index: number, text: string, cue_s: number): Cue => ({ index, text, speech: text, cue_s, end_s: null, line: index + 1 });
const seconds = (c: { samples: Float32Array; sampleRate: number }) => c.samples.length / c.sampleRate;

/**
 * A line that cannot fit must play whole at max_stretch: it starts and ends exactly as flite speaks
 * it at rate 1.15 (measured here from the engine), and only pauses inside may be shorter.
 */
async function expectWholeAtMax(samples: Float32Array, text: string): Promise<void> {
  const reference = await synthesizeClip({ text, voice: 'slt', rate: 1.15 }, { cacheDir });
  const edge = Math.round(0.3 * reference.sampleRate);
  expect(Array.from(samples.subarray(0, edge))).toEqual(Array.from(reference.samples.subarray(0, edge)));
  expect(Array.from(samples.subarray(-edge))).toEqual(Array.from(reference.samples.subarray(-edge)));
  expect(samples.length).toBeLessThanOrEqual(reference.samples.length);
  expect(samples.length).toBeGreaterThan(reference.samples.length * 0.85);
}

describe('fitClip', () => {
  it('never speeds up past max_stretch and never cuts words when the slot is too short', async () => {
    const [spoken] = await speakCues(item(), [cue(0, LONG, 0)], cacheDir, {});
    const slot = spoken!.clip.duration_s * 0.5;
    const fitted = await fitClip(item(), spoken!, { index: 0, text: LONG, cue_s: 0, start_s: 0, end_s: slot, stretch: 1.15, overflow_ms: 0 }, cacheDir);
    expect(fitted.stretch).toBe(1.15);
    await expectWholeAtMax(fitted.samples, LONG);
    expect(seconds(fitted)).toBeGreaterThan(slot);
  });

  it('reports stretch 1 for a clip that fits as spoken', async () => {
    const [spoken] = await speakCues(item(), [cue(0, 'Hi.', 0)], cacheDir, {});
    const fitted = await fitClip(item(), spoken!, { index: 0, text: 'Hi.', cue_s: 0, start_s: 2, end_s: 5, stretch: 1, overflow_ms: 0 }, cacheDir);
    expect(fitted).toMatchObject({ start_s: 2, stretch: 1 });
    expect(fitted.samples).toEqual(spoken!.clip.samples);
  });
});

describe('fitClip, a few milliseconds over', () => {
  it('drops only the quiet tail, with no speed-up and no re-plan', async () => {
    const [spoken] = await speakCues(item(), [cue(0, 'Invite your team.', 0)], cacheDir, {});
    const { samples, sampleRate } = spoken!.clip;
    const tail = quietTail(samples, sampleRate);
    expect(tail).toBeGreaterThan(sampleRate * 0.004);
    const slot = (samples.length - Math.floor(tail / 2)) / sampleRate;
    const fitted = await fitClip(item(), spoken!, { index: 0, text: 'x', cue_s: 0, start_s: 0, end_s: slot, stretch: 1, overflow_ms: 0 }, cacheDir);
    expect(fitted.stretch).toBe(1);
    expect(seconds(fitted)).toBeLessThanOrEqual(slot + 0.001);
    expect(Array.from(fitted.samples)).toEqual(Array.from(samples.subarray(0, fitted.samples.length)));
    expect(samples.length - fitted.samples.length).toBeLessThanOrEqual(tail);
  });
});

describe('planAndFit', () => {
  // The planner is told the first line is far shorter than it is (as when an engine's rate is
  // honoured only roughly): the clip's real length must go back to it rather than being cut.
  async function fit(overflow: Overflow) {
    const spoken: SpokenCue[] = await speakCues(item(overflow), [cue(0, LONG, 0.5), cue(1, 'Then relax.', 3)], cacheDir, {});
    const lines: PlanLineInput[] = spoken.map((s) => ({
      index: s.cue.index, text: s.cue.text, cue_s: s.cue.cue_s, compressible_s: 0,
      duration_s: s.cue.index === 0 ? 2 : s.clip.duration_s,
    }));
    const plan = (inputs: PlanLineInput[]) => planTimeline(inputs, { duration_s: 10, sceneCuts: [], silences: [] }, { max_stretch: 1.15, overflow, min_gap_s: 0.25 });
    return { spoken, result: await planAndFit(item(overflow), spoken, cacheDir, undefined, plan, lines) };
  }

  it('shifts the next line after a line that does not fit at max_stretch, playing every word', async () => {
    const { result } = await fit('shift');
    const [first, second] = result.plan.lines;
    const clip = result.clips.get(0)!;
    await expectWholeAtMax(clip.samples, LONG);
    expect(first!.end_s - first!.start_s).toBeGreaterThanOrEqual(seconds(clip) - 0.001);
    expect(first!.stretch).toBe(1.15);
    expect(first!.overflow_ms).toBeGreaterThan(0);
    expect(second!.start_s).toBeGreaterThanOrEqual(first!.end_s + 0.25 - 1e-9);
    for (const line of result.plan.lines) {
      expect(line.stretch).toBeLessThanOrEqual(1.15);
      expect(seconds(result.clips.get(line.index)!)).toBeLessThanOrEqual(line.end_s - line.start_s + 0.001);
    }
  });

  it('fails with OVERFLOW on overflow: error, with the real length', async () => {
    await expect(fit('error')).rejects.toMatchObject({ code: 'OVERFLOW' });
  });
});
