// Stages 1–4 of the local pipeline: probe, parse, speak, plan, fit — as a draft (timeline) to render.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { ItemConfig } from '../../config/types.js';
import type { ProgressListener } from '../../core/progress.js';
import { parseScript } from '../../script/parse.js';
import { planTimeline } from '../../timing/plan.js';
import type { PlanHold } from '../../timing/types.js';
import type { UsageTally } from '../../tts/synthesize.js';
import { encodeWav } from '../../tts/wav.js';
import { outputSize } from '../../render/geometry.js';
import { draftWords } from './draft-words.js';
import { openInput, videoFacts, type LocalInput } from './inputs.js';
import { speakCues, planAndFit, type SpokenCue } from './speech.js';
import { TRACK_AUDIO, TRACK_TEXT, TRACK_VIDEO, type Draft, type MusicSegment, type VideoSegment, type VoiceSegment } from './draft.js';

/** Gap kept between two lines, seconds. */
export const MIN_GAP_S = 0.25;

/** Where a draft's files go and how to report. */
export interface BuildOptions {
  /** Folder for the fitted clips the draft points at (kept as long as the draft is). */
  clipDir: string;
  /** Shared speech cache. */
  cacheDir: string;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /** Called once the input is probed, before speech: lets a caller start work that needs only the input. */
  onInput?: (input: LocalInput) => void;
}

/** A draft and the input it was built from (so rendering needn't probe again). */
export interface BuiltDraft {
  draft: Draft;
  input: LocalInput;
  timings: { tts: number; plan: number };
  /** What cloud engines were sent for this item (characters by engine, requests); no entries when no cloud voice spoke. */
  usage: UsageTally;
}

const seconds = (from: number): number => Math.round((performance.now() - from) / 10) / 100;
const ms = (s: number): number => Math.round(s * 1000);

/** Stage 2–3: the script parsed and every line spoken (or taken from the cache). */
async function speakScript(item: ItemConfig, options: BuildOptions, signal: AbortSignal) {
  const { onProgress } = options;
  const { script } = parseScript(item.script.text, {
    format: item.script.format,
    file: item.script.rel,
    lineOffset: item.script.lineOffset,
    language: item.language,
    strict: true,
    ...(item.pronunciations ? { pronunciations: item.pronunciations } : {}),
  });
  const tTts = performance.now();
  onProgress?.({ stage: 'tts', ratio: 0 });
  const usage: UsageTally = { characters_sent: {}, requests: 0 };
  const spoken = await speakCues(item, script.cues, options.cacheDir, {
    signal,
    onProgress,
    usage,
    onLine: (done, total) => onProgress?.({ stage: 'tts', ratio: done / total, detail: `line ${done}/${total}` }),
  });
  return { script, usage, spoken, tts: seconds(tTts) };
}

/** Build the timeline of an item: every line spoken, placed, and fitted to its slot. */
export async function buildDraft(item: ItemConfig, options: BuildOptions): Promise<BuiltDraft> {
  const { signal, onProgress } = options;
  onProgress?.({ stage: 'probe' });
  const { input, decodable } = await openInput(item, signal);
  options.onInput?.(input);
  // The input's decode check runs while the speech is synthesised; if it fails, the synthesis stops and its error is the item's.
  const speaking = new AbortController();
  decodable.catch((error: unknown) => speaking.abort(error));
  const speechSignal = signal ? AbortSignal.any([signal, speaking.signal]) : speaking.signal;
  const said = await speakScript(item, options, speechSignal).catch(async (error: unknown) => {
    await decodable;
    throw error;
  });
  await decodable;
  const { script, usage, tts, spoken } = said;

  const tPlan = performance.now();
  onProgress?.({ stage: 'plan' });
  const facts = await videoFacts(input, baseDuration(input, spoken), !script.timed, signal);
  // Fitted clips too long for their slot even at max_stretch go back to the planner with their real length.
  const { plan, clips } = await planAndFit(item, spoken, options.cacheDir, signal, (lines) => planTimeline(lines, facts, { max_stretch: item.audio.max_stretch, overflow: item.audio.overflow, min_gap_s: MIN_GAP_S }),
    spoken.map((s) => ({
      // A subtitle cue's own end bounds its slot (the planner falls back to the next cue when it is missing or zero).
      index: s.cue.index, text: s.cue.text, cue_s: s.cue.cue_s, end_s: s.cue.end_s, duration_s: s.clip.duration_s, compressible_s: s.compressible_s,
      location: { file: item.script.rel, line: s.cue.line },
    })),
    usage,
  );
  const byIndex = new Map(spoken.map((s) => [s.cue.index, s]));
  await mkdir(options.clipDir, { recursive: true });
  // A few clips encoded and written at a time: 720 lines' WAV buffers are never all in memory at once.
  const writing = pLimit(4);
  const voices: VoiceSegment[] = await Promise.all(
    plan.lines.map(async (line) => {
      const said = byIndex.get(line.index)!;
      const clip = clips.get(line.index)!;
      const src = join(options.clipDir, `line-${line.index}.wav`);
      await writing(() => writeFile(src, encodeWav({ samples: clip.samples, sampleRate: clip.sampleRate })));
      return {
        kind: 'voice' as const, src, s: ms(line.start_s), d: ms(line.end_s - line.start_s), text: line.text, v: said.clip.voice,
        ...(said.clip.model ? { model: said.clip.model } : {}),
        index: line.index, cue_s: line.cue_s, stretch: line.stretch, overflow_ms: line.overflow_ms,
        // Word times on the timeline, as written where the written words map onto the spoken ones.
        ...(clip.words ? { w: draftWords(said.cue.text, clip.words, line.start_s, { end_s: line.end_s, language: item.language, ...(item.pronunciations ? { pronunciations: item.pronunciations } : {}) }) } : {}),
      };
    }),
  );
  const music: MusicSegment[] = item.music ? [{ kind: 'music', src: item.music.file, s: 0, d: ms(plan.duration_s), vol: item.music.volume, name: item.music.rel }] : [];
  const v = input.probe.video;
  const size = outputSize(v && input.kind !== 'audio' ? { width: v.displayWidth, height: v.displayHeight } : undefined, item.output.resolution, item.output.aspect);
  const draft: Draft = {
    d: ms(plan.duration_s),
    m: {
      width: size.width, height: size.height, resolution: item.output.resolution, aspect: item.output.aspect, quality: item.output.quality,
      loudness: item.audio.loudness, duck_db: item.audio.duck_db, burn: item.captions.burn, sidecar: item.captions.sidecar, language: item.language,
      captions: { words: item.captions.words, max_chars: item.captions.max_chars, max_lines: item.captions.max_lines },
    },
    t: [
      { tt: TRACK_VIDEO, sg: [{ src: input.file, k: input.kind, s: 0, d: ms(plan.duration_s - plan.extend_s), x: ms(plan.extend_s), ...holds(plan.holds) }] },
      { tt: TRACK_AUDIO, sg: [...voices, ...music] },
      { tt: TRACK_TEXT, sg: voices.map((l) => ({ kind: 'caption' as const, s: l.s, d: l.d, text: l.text, ...(l.w ? { w: l.w } : {}) })) },
    ],
  };
  return { draft, input, timings: { tts, plan: seconds(tPlan) }, usage };
}

/** The video segment's mid-video holds (source ms), only when there are some (older drafts have none). */
function holds(planned: readonly PlanHold[]): Pick<VideoSegment, 'h'> {
  return planned.length > 0 ? { h: planned.map((h) => ({ at: ms(h.at_s), d: ms(h.d_s) })) } : {};
}

/** How long the output lasts before planning: the input's length, or for a still image the speech's. */
function baseDuration(input: LocalInput, spoken: readonly SpokenCue[]): number {
  if (input.kind !== 'image') return input.probe.duration;
  const speech = spoken.reduce((sum, s) => sum + s.clip.duration_s, 0);
  const lastCue = spoken.reduce((end, s) => Math.max(end, (s.cue.cue_s ?? 0) + s.clip.duration_s), 0);
  // Untimed: a half-second lead-in and tail with gaps between lines; timed: up to the last line.
  return Math.max(speech + MIN_GAP_S * 2 * spoken.length + 1, lastCue + 1);
}
