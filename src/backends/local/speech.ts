// Stage 3 of the local pipeline: speak every cue, then refit the lines the planner sped up.

import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import type { ItemConfig } from '../../config/types.js';
import type { ProgressListener } from '../../core/progress.js';
import type { Cue } from '../../script/types.js';
import type { InstallProgress } from '../../tts/neural-types.js';
import { engineForVoice, type RegistryOptions } from '../../tts/registry.js';
import { synthesizeClip, type UsageTally } from '../../tts/synthesize.js';
import { compactPauses, removablePause_s } from '../../tts/trim.js';
import { shiftWords, wordsThroughCuts } from '../../tts/word-timing.js';
import type { EngineOptions, SpeechClip } from '../../tts/types.js';
import type { PlannedLine } from '../../timing/types.js';
import type { PlacedClip } from '../../render/narration.js';
import { clipLength, isOnDisk, onDisk, withStart } from './clip-on-disk.js';

/** Lines spoken at once when a cloud voice speaks some (each service's own limiter bounds its requests). */
const CLOUD_LINES_AT_ONCE = 16;

/** The item's engine settings by engine id, as synthesizeClip takes them (only the speaking engine's reach it). */
export function engineOptionsOf(item: ItemConfig): Record<string, EngineOptions> {
  const defined = (settings: object | undefined): EngineOptions =>
    Object.fromEntries(Object.entries(settings ?? {}).filter(([, value]) => value !== undefined)) as EngineOptions;
  return { openai: defined(item.openai), elevenlabs: defined(item.elevenlabs) };
}

/** Longest pause kept inside a line when it must be shortened, seconds. */
const MAX_PAUSE_S = 0.12;

/** A cue with its clip at normal speed. */
export interface SpokenCue {
  cue: Cue;
  clip: SpeechClip;
  /** Seconds the clip could lose by shortening its internal pauses. */
  compressible_s: number;
}

/** `installing piper:en_US-amy-medium: 12.0/63.2 MB (19 %, 4.1 MB/s)`: a voice install as a progress detail. */
export function installDetail(progress: InstallProgress): string {
  const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
  if (progress.stage !== 'download') return `installing ${progress.id}: ${progress.stage}`;
  const speed = `${mb(progress.bytesPerSecond)} MB/s`;
  if (!(progress.totalBytes > 0)) return `installing ${progress.id}: ${mb(progress.receivedBytes)} MB (${speed})`;
  const percent = Math.floor((100 * progress.receivedBytes) / progress.totalBytes);
  return `installing ${progress.id}: ${mb(progress.receivedBytes)}/${mb(progress.totalBytes)} MB (${percent} %, ${speed})`;
}

/**
 * Make every voice the item names ready before any line is spoken: an engine's prepare() installs a
 * catalogued voice that is not installed yet (progress as `tts` events). `auto` and engine ids need nothing.
 */
export async function prepareVoices(
  item: ItemConfig,
  cues: readonly Cue[],
  options: { signal?: AbortSignal; onProgress?: ProgressListener; registry?: RegistryOptions },
): Promise<void> {
  const named = new Set([item.voice, ...cues.map((cue) => cue.voice)].filter((voice): voice is string => Boolean(voice)));
  for (const voice of named) {
    const engine = await engineForVoice(voice, options.registry);
    if (!engine?.prepare || engine.id === voice) continue;
    await engine.prepare(voice, {
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (progress) => options.onProgress?.({ stage: 'tts', detail: installDetail(progress) }),
    });
  }
}

/**
 * Speak each cue at rate 1 (cached), up to one line per core at once (engines run off the main thread),
 * reporting progress per finished line. Results keep the cues' order. After a failure no further line
 * starts, and the failure of the earliest line is thrown. Voices are prepared (installed) first.
 */
export async function speakCues(
  item: ItemConfig,
  cues: readonly Cue[],
  cacheDir: string,
  options: { signal?: AbortSignal; onLine?: (done: number, total: number) => void; onProgress?: ProgressListener; usage?: UsageTally },
): Promise<SpokenCue[]> {
  await prepareVoices(item, cues, options);
  const voices = new Set([item.voice, ...cues.map((cue) => cue.voice ?? item.voice)]);
  const cloud = (await Promise.all([...voices].map((voice) => engineForVoice(voice)))).some((engine) => engine?.cloud);
  const limit = pLimit(Math.max(1, availableParallelism(), cloud ? CLOUD_LINES_AT_ONCE : 1));
  let done = 0;
  let failed = false;
  const speak = async (cue: Cue): Promise<SpokenCue> => {
    if (failed) throw NOT_STARTED;
    try {
      const clip = await synthesizeClip(
        { text: cue.speech, voice: cue.voice ?? item.voice, language: item.language, rate: 1, line: cue.line, signal: options.signal, engineOptions: engineOptionsOf(item) },
        { cacheDir, ...(options.usage ? { usage: options.usage } : {}) },
      );
      options.onLine?.(++done, cues.length);
      return { cue, clip: onDisk(clip, clip.file), compressible_s: removablePause_s(clip.samples, clip.sampleRate, MAX_PAUSE_S) };
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  const settled = await Promise.allSettled(cues.map((cue) => limit(() => speak(cue))));
  const error = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected' && r.reason !== NOT_STARTED);
  if (error) throw error.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<SpokenCue>).value);
}

/** Why a line was not spoken: an earlier one failed. */
const NOT_STARTED = Symbol('not started');

/** A clip fitted to its planned line, with the speed-up actually used (the engine rate, 1 when none). */
export interface FittedClip extends PlacedClip {
  stretch: number;
  /** Word times within the fitted clip, moved with the pauses it lost (a faster clip brings its own). */
  words?: SpeechClip['words'];
}

/** Slack when comparing a clip's length to its slot, seconds (the planner's grid is 1 ms). */
const FIT_SLACK_S = 0.001;

const lengthOf = (samples: Float32Array, sampleRate: number): number => samples.length / sampleRate;

/**
 * The clip to lay for a planned line: as spoken when it fits, else with shorter pauses, then re-spoken
 * faster by the engine (rate = what is still missing, never above max_stretch). Words are never cut:
 * a clip still longer than its slot comes back whole, and `planAndFit` gives the planner its real length.
 */
export async function fitClip(item: ItemConfig, spoken: SpokenCue, line: PlannedLine, cacheDir: string, signal?: AbortSignal, usage?: UsageTally): Promise<FittedClip> {
  const slot = line.end_s - line.start_s;
  const maxRate = item.audio.max_stretch;
  let { samples, sampleRate, words } = spoken.clip;
  let rate = 1;
  samples = withinSlot(samples, sampleRate, slot);
  if (lengthOf(samples, sampleRate) > slot + FIT_SLACK_S) {
    const compact = compactPauses(samples, sampleRate, MAX_PAUSE_S);
    samples = compact.samples;
    words = words && wordsThroughCuts(words, compact.cuts, sampleRate);
    // Engines honour a rate only roughly: aim again from what came out, at most three times.
    for (let attempt = 0; attempt < 3 && lengthOf(samples, sampleRate) > slot + FIT_SLACK_S && rate < maxRate; attempt++) {
      // Three decimals, rounded down: the cache keeps rates to 3 decimals, and rounding up could pass max_stretch.
      rate = Math.floor(Math.min(maxRate, rate * (lengthOf(samples, sampleRate) / slot) * 1.01) * 1000) / 1000;
      const faster = await synthesizeClip(
        { text: spoken.cue.speech, voice: spoken.cue.voice ?? item.voice, language: item.language, rate, line: spoken.cue.line, signal, engineOptions: engineOptionsOf(item) },
        { cacheDir, ...(usage ? { usage } : {}) },
      );
      rate = faster.rate; // as the cache rounded it
      const compactFaster = compactPauses(faster.samples, faster.sampleRate, MAX_PAUSE_S);
      samples = compactFaster.samples;
      sampleRate = faster.sampleRate;
      words = faster.words && wordsThroughCuts(faster.words, compactFaster.cuts, sampleRate);
    }
  }
  const fitted = withinSlot(samples, sampleRate, slot);
  // A quiet tail cut off to fit the slot takes no word with it, only clamps the last one's end.
  return { start_s: line.start_s, samples: fitted, sampleRate, stretch: rate, ...(words ? { words: shiftWords(words, 0, fitted.length / sampleRate) } : {}) };
}

/** A clip a few milliseconds over its slot loses that much of its quiet tail (never a word), so it needs no re-plan. */
function withinSlot(samples: Float32Array, sampleRate: number, slot: number): Float32Array {
  const over = samples.length - Math.floor((slot + FIT_SLACK_S) * sampleRate);
  return over > 0 && over <= quietTail(samples, sampleRate) ? samples.subarray(0, samples.length - over) : samples;
}

/** Level under which the end of a clip counts as its quiet tail, dBFS RMS over 2.5 ms windows (trimSilence's threshold). */
const QUIET_DB = -45;

/** How many samples at the end of a clip lie in 2.5 ms windows quieter than −45 dBFS RMS. */
export function quietTail(samples: Float32Array, sampleRate: number): number {
  const size = Math.max(1, Math.round(sampleRate * 0.0025));
  const limit = 10 ** (QUIET_DB / 10) * size;
  let end = samples.length;
  while (end >= size) {
    let energy = 0;
    for (let i = end - size; i < end; i++) energy += samples[i]! * samples[i]!;
    if (energy >= limit) break;
    end -= size;
  }
  return samples.length - end;
}

/** A plan whose every line holds its fitted clip, and the clips by line index. */
export interface FittedPlan<P extends { lines: PlannedLine[] }> {
  plan: P;
  clips: Map<number, FittedClip>;
}

/**
 * Plan, fit every line to its slot, and plan again when a clip is still longer than its slot even at
 * max_stretch: that line goes back to the planner with its real length, so it overflows as `overflow`
 * says (shift, extend or error) instead of being cut. Lines report the stretch their clips really use.
 */
export async function planAndFit<L extends { index: number; duration_s: number; compressible_s?: number }, P extends { lines: PlannedLine[] }>(
  item: ItemConfig,
  spoken: readonly SpokenCue[],
  cacheDir: string,
  signal: AbortSignal | undefined,
  plan: (lines: L[]) => P,
  lines: L[],
  usage?: UsageTally,
): Promise<FittedPlan<P>> {
  const byIndex = new Map(spoken.map((s) => [s.cue.index, s]));
  const pinned = new Map<number, FittedClip>(); // clips too long for their first slot, at their real length
  // A line whose slot did not change since the last round keeps its fit (a re-plan moves only a few lines).
  const fits = new Map<number, { slot: number; clip: FittedClip }>();
  let inputs = lines;
  for (let round = 0; ; round++) {
    const planned = plan(inputs);
    const clips = new Map<number, FittedClip>();
    // A few lines at a time, each clip read from its cache file and left there when fitting kept it as spoken.
    const fitting = pLimit(Math.max(1, availableParallelism()));
    await Promise.all(
      planned.lines.map((line) => fitting(async () => {
        const slot = line.end_s - line.start_s;
        const kept = pinned.get(line.index);
        const known = fits.get(line.index);
        const clip = kept && clipLength(kept) <= slot + FIT_SLACK_S
          ? withStart(kept, line.start_s)
          : known?.slot === slot
            ? withStart(known.clip, line.start_s)
            : asSpoken(await fitClip(item, byIndex.get(line.index)!, line, cacheDir, signal, usage), byIndex.get(line.index)!);
        fits.set(line.index, { slot, clip });
        clips.set(line.index, clip);
      })),
    );
    const over = planned.lines.filter((l) => clipLength(clips.get(l.index)!) > l.end_s - l.start_s + FIT_SLACK_S);
    if (over.length === 0 || round >= lines.length) {
      if (over.length > 0) throw new Error(`lines ${over.map((l) => l.index).join(', ')} still do not fit after re-planning`); // planner invariant
      return { plan: { ...planned, lines: planned.lines.map((l) => ({ ...l, stretch: clips.get(l.index)!.stretch })) }, clips };
    }
    for (const line of over) pinned.set(line.index, clips.get(line.index)!);
    // The planner plays `duration_s - compress_s` at up to max_stretch: this input makes it reserve the real length.
    inputs = inputs.map((input) => {
      const clip = pinned.get(input.index);
      return clip ? { ...input, duration_s: clipLength(clip) * item.audio.max_stretch, compressible_s: 0 } : input;
    });
  }
}

/** A fitted clip that is the spoken clip's own samples (or their start) goes back to the spoken clip's file. */
function asSpoken(fitted: FittedClip, spoken: SpokenCue): FittedClip {
  return fitted.stretch === 1 && isOnDisk(spoken.clip) ? onDisk(fitted, spoken.clip.file) : fitted;
}
