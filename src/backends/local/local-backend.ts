// The local backend: script → speech → plan → mix → render → verify, all on this machine.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ItemConfig } from '../../config/types.js';
import type { Stage } from '../../core/progress.js';
import { parseScript } from '../../script/parse.js';
import { planTimeline } from '../../timing/plan.js';
import type { Plan, VideoFacts } from '../../timing/types.js';
import { captionText } from '../../render/captions.js';
import { duckSpans, duckVolumeExpression } from '../../render/envelope.js';
import { writeNarrationTrack } from '../../render/narration.js';
import { renderMix, masterMix, type LoudnessTarget } from '../../render/master-audio.js';
import { renderVideo } from '../../render/render-video.js';
import { measureLoudness, type Loudness } from '../../media/analyse.js';
import type { Backend, ItemContext, ItemResult } from '../types.js';
import { openInput, videoFacts, type LocalInput } from './inputs.js';
import { speakCues, fitClip, type SpokenCue } from './speech.js';

/** Gap kept between two lines, seconds. */
const MIN_GAP_S = 0.25;

/** The local backend instance. */
export function createLocalBackend(): Backend {
  return { name: 'local', process: processItem };
}

const seconds = (from: number): number => Math.round((performance.now() - from) / 10) / 100;

async function processItem(item: ItemConfig, ctx: ItemContext): Promise<ItemResult> {
  const t0 = performance.now();
  const { signal } = ctx;
  const report = (stage: Stage, ratio?: number, detail?: string): void => ctx.onProgress?.({ stage, ratio, detail });

  report('probe');
  const input = await openInput(item, signal);
  // The original's and the music's levels are measured by ffmpeg while speech is synthesised.
  const levels = background(Promise.all([
    input.probe.audio ? measureLoudness(input.file, { signal, truePeak: false }) : undefined,
    item.music ? measureLoudness(item.music.file, { signal, truePeak: false }) : undefined,
  ]));
  const { script } = parseScript(item.script.text, {
    format: item.script.format,
    file: item.script.rel,
    lineOffset: item.script.lineOffset,
    language: item.language,
    strict: true,
  });

  const tTts = performance.now();
  report('tts', 0);
  const spoken = await speakCues(item, script.cues, ctx.cacheDir, {
    signal,
    onLine: (done, total) => report('tts', done / total, `line ${done}/${total}`),
  });
  const ttsSeconds = seconds(tTts);

  const tPlan = performance.now();
  report('plan');
  const facts = await videoFacts(input, baseDuration(input, spoken), !script.timed, signal);
  const plan = planTimeline(
    spoken.map((s) => ({ index: s.cue.index, text: s.cue.text, cue_s: s.cue.cue_s, duration_s: s.clip.duration_s, compressible_s: s.compressible_s })),
    facts,
    { max_stretch: item.audio.max_stretch, overflow: item.audio.overflow, min_gap_s: MIN_GAP_S },
  );
  const planSeconds = seconds(tPlan);

  const tRender = performance.now();
  report('mix');
  const byIndex = new Map(spoken.map((s) => [s.cue.index, s]));
  const clips = await Promise.all(plan.lines.map((line) => fitClip(item, byIndex.get(line.index)!, line, ctx.cacheDir, signal)));
  const narration = join(ctx.workDir, 'narration.wav');
  await writeNarrationTrack(clips, plan.duration_s, narration);
  const { mix, master, state } = await mixAndMaster(item, input, plan, narration, ctx, await levels);

  const captionLines = plan.lines.map((l) => ({ text: l.text, start_s: l.start_s, end_s: l.end_s }));
  for (const [format, file] of Object.entries(ctx.captions)) {
    if (file) await writeFile(file, captionText(captionLines, format as 'srt' | 'vtt'));
  }
  let burn: { file: string } | undefined;
  if (item.captions.burn) {
    burn = { file: join(ctx.workDir, 'burn.srt') };
    await writeFile(burn.file, captionText(captionLines, 'srt'));
  }

  report('render', 0);
  const target = loudnessTarget(item);
  const onProgress = (ratio: number): void => report('render', ratio);
  const renderJob = { input, audio: master.file, output: ctx.output, plan, item, burn, signal, onProgress };
  let decision = await renderVideo(renderJob);

  report('verify');
  let loudness = await measureLoudness(ctx.output, { signal });
  if (!withinTarget(loudness, target)) {
    // AAC shifts loudness and peaks a little: correct once from the encoded measurement.
    const corrected = await masterMix(mix, ctx.workDir, target, signal, {
      gain_db: state.gain_db + (target.integrated - loudness.integrated_lufs),
      limit_db: state.limit_db - Math.max(0, loudness.true_peak_dbtp - (target.truePeak - 0.2)),
    });
    decision = await renderVideo({ ...renderJob, audio: corrected.file });
    loudness = await measureLoudness(ctx.output, { signal });
  }
  const renderSeconds = seconds(tRender);

  report('done', 1);
  return {
    duration_s: round3(plan.duration_s),
    timings_s: { tts: ttsSeconds, plan: planSeconds, render: renderSeconds, total: seconds(t0) },
    loudness: { integrated_lufs: round2(loudness.integrated_lufs), true_peak_dbtp: round2(loudness.true_peak_dbtp) },
    lines: plan.lines.map((l) => ({ index: l.index, text: l.text, cue_s: l.cue_s, start_s: l.start_s, end_s: l.end_s, stretch: l.stretch, overflow_ms: l.overflow_ms })),
    captions: Object.values(ctx.captions).filter((f): f is string => Boolean(f)),
    video: { copied: decision.copy, reason: decision.reason },
  };
}

/** How long the output lasts before planning: the input's length, or for a still image the speech's. */
function baseDuration(input: LocalInput, spoken: readonly SpokenCue[]): number {
  if (input.kind !== 'image') return input.probe.duration;
  const speech = spoken.reduce((sum, s) => sum + s.clip.duration_s, 0);
  const lastCue = spoken.reduce((end, s) => Math.max(end, (s.cue.cue_s ?? 0) + s.clip.duration_s), 0);
  // Untimed: a half-second lead-in and tail with gaps between lines; timed: up to the last line.
  return Math.max(speech + MIN_GAP_S * 2 * spoken.length + 1, lastCue + 1);
}

type Levels = [Loudness | undefined, Loudness | undefined];

async function mixAndMaster(item: ItemConfig, input: LocalInput, plan: Plan, narration: string, ctx: ItemContext, [bed, musicLevel]: Levels) {
  const { signal } = ctx;
  const target = loudnessTarget(item);
  const speech = await measureLoudness(narration, { signal, truePeak: false });
  const narrationGain = Number.isFinite(speech.integrated_lufs) ? 10 ** ((target.integrated - speech.integrated_lufs) / 20) : 1;
  let original: { file: string; gain: number } | undefined;
  if (bed) {
    // Keep the original's own level, but never louder than 4 LU under the voice.
    const ceiling = target.integrated - 4;
    const gain = Number.isFinite(bed.integrated_lufs) && bed.integrated_lufs > ceiling ? 10 ** ((ceiling - bed.integrated_lufs) / 20) : 1;
    original = { file: input.file, gain };
  }
  let music: { file: string; gain: number; fadeOut_s: number } | undefined;
  if (item.music && musicLevel) {
    const norm = Number.isFinite(musicLevel.integrated_lufs) ? 10 ** ((target.integrated - musicLevel.integrated_lufs) / 20) : 1;
    music = { file: item.music.file, gain: norm * item.music.volume, fadeOut_s: 3 };
  }
  const spans = duckSpans(plan.lines);
  const mix = await renderMix(
    { duration_s: plan.duration_s, original, narration: { file: narration, gain: narrationGain }, music, duckExpression: duckVolumeExpression(spans, item.audio.duck_db) },
    ctx.workDir,
    signal,
  );
  const master = await masterMix(mix, ctx.workDir, target, signal);
  return { mix, master, state: { gain_db: master.gain_db, limit_db: master.limit_db } };
}

function loudnessTarget(item: ItemConfig): LoudnessTarget {
  return { integrated: item.audio.loudness, truePeak: -1, tolerance: 0.5 };
}

function withinTarget(l: { integrated_lufs: number; true_peak_dbtp: number }, t: LoudnessTarget): boolean {
  if (!Number.isFinite(l.integrated_lufs)) return true;
  return Math.abs(l.integrated_lufs - t.integrated) <= t.tolerance * 0.6 && l.true_peak_dbtp <= t.truePeak;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** A promise awaited later: its rejection is handled when awaited, not reported as unhandled meanwhile. */
function background<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
