// Stage 3 of the local pipeline: speak every cue, then refit the lines the planner sped up.

import type { ItemConfig } from '../../config/types.js';
import type { Cue } from '../../script/types.js';
import { synthesizeClip } from '../../tts/synthesize.js';
import { compactPauses, removablePause_s } from '../../tts/trim.js';
import type { SpeechClip } from '../../tts/types.js';
import type { PlannedLine } from '../../timing/types.js';
import type { PlacedClip } from '../../render/narration.js';

/** Longest pause kept inside a line when it must be shortened, seconds. */
const MAX_PAUSE_S = 0.12;

/** A cue with its clip at normal speed. */
export interface SpokenCue {
  cue: Cue;
  clip: SpeechClip;
  /** Seconds the clip could lose by shortening its internal pauses. */
  compressible_s: number;
}

/** Speak each cue at rate 1 (cached), reporting progress per line. */
export async function speakCues(
  item: ItemConfig,
  cues: readonly Cue[],
  cacheDir: string,
  options: { signal?: AbortSignal; onLine?: (done: number, total: number) => void },
): Promise<SpokenCue[]> {
  const spoken: SpokenCue[] = [];
  for (const cue of cues) {
    const clip = await synthesizeClip(
      { text: cue.speech, voice: cue.voice ?? item.voice, language: item.language, rate: 1, line: cue.line, signal: options.signal },
      { cacheDir },
    );
    spoken.push({ cue, clip, compressible_s: removablePause_s(clip.samples, clip.sampleRate, MAX_PAUSE_S) });
    options.onLine?.(spoken.length, cues.length);
  }
  return spoken;
}

/**
 * The clip to lay for a planned line: as spoken when it fits, else with shorter pauses, then
 * re-spoken faster by the engine (rate = what is still missing), never past the planned end.
 */
export async function fitClip(item: ItemConfig, spoken: SpokenCue, line: PlannedLine, cacheDir: string, signal?: AbortSignal): Promise<PlacedClip> {
  const slot = line.end_s - line.start_s;
  let { samples, sampleRate } = spoken.clip;
  if (samples.length / sampleRate > slot + 0.005) {
    let rate = 1;
    for (let attempt = 0; attempt < 3 && samples.length / sampleRate > slot + 0.005; attempt++) {
      const compacted = compactPauses(samples, sampleRate, MAX_PAUSE_S).samples;
      if (compacted.length / sampleRate <= slot + 0.005) {
        samples = compacted;
        break;
      }
      rate = Math.min(rate * (compacted.length / sampleRate / slot) * 1.01, item.audio.max_stretch * 1.1);
      const faster = await synthesizeClip(
        { text: spoken.cue.speech, voice: spoken.cue.voice ?? item.voice, language: item.language, rate, line: spoken.cue.line, signal },
        { cacheDir },
      );
      samples = compactPauses(faster.samples, faster.sampleRate, MAX_PAUSE_S).samples;
      sampleRate = faster.sampleRate;
    }
    // Engines honour a rate only roughly: never let a line run into the next one.
    const limit = Math.round(slot * sampleRate);
    if (samples.length > limit) samples = fadeOutTail(samples.subarray(0, limit), sampleRate);
  }
  return { start_s: line.start_s, samples, sampleRate };
}

/** A 20 ms fade at the end, so a cut clip doesn't click. */
function fadeOutTail(samples: Float32Array, sampleRate: number): Float32Array {
  const copy = Float32Array.from(samples);
  const n = Math.min(copy.length, Math.round(0.02 * sampleRate));
  for (let i = 0; i < n; i++) copy[copy.length - 1 - i]! *= i / n;
  return copy;
}
