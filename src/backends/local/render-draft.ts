// Stages 5–6 of the local pipeline: render a draft (timeline) to a mastered MP4 and its captions.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProgressListener } from '../../core/progress.js';
import { measureLoudness, type Loudness } from '../../media/analyse.js';
import { measureDelivered, type DeliveredMeasurement, type DeliveredQa } from '../../media/qa.js';
import { classifyInput, probeMedia } from '../../media/probe.js';
import { decodeWav } from '../../tts/wav.js';
import { duckSpans, duckVolumeExpression } from '../../render/envelope.js';
import { layNarrationTrack, levelClip, readWavRate } from '../../render/narration.js';
import { checkLoudness, masterMix, narrationAsMix, renderMix, replaceAudio, type LoudnessTarget } from '../../render/master-audio.js';
import { renderVideo } from '../../render/render-video.js';
import type { LocalInput } from './inputs.js';
import { writeDraftCaptions } from './draft-captions.js';
import { TRACK_AUDIO, TRACK_TEXT, TRACK_VIDEO, type Draft, type MusicSegment, type TextSegment, type VideoSegment, type VoiceSegment, segmentHolds } from './draft.js';

/** Where the rendered files go. */
export interface RenderOptions {
  /** The MP4 to write. */
  output: string;
  /** Caption sidecars to write: format → path. */
  captions: Partial<Record<'srt' | 'vtt', string>>;
  /** Private scratch folder. */
  workDir: string;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /** The probed input, when the caller has it already. */
  input?: LocalInput;
  /** The input's audio level, when the caller measured it already (integrated loudness only). */
  inputLevel?: Promise<Loudness | undefined>;
}

/** What rendering measured. */
export interface RenderedDraft {
  duration_s: number;
  loudness: { integrated_lufs: number; true_peak_dbtp: number };
  /** Measured on the delivered file: line onsets against the plan, loudness, true peak, clipped samples. */
  qa: DeliveredQa;
  video: { copied: boolean; reason: string };
}

/** The segments of a draft by kind. */
export function draftParts(draft: Draft): { video: VideoSegment; voices: VoiceSegment[]; music?: MusicSegment; texts: TextSegment[] } {
  const track = <T extends Draft['t'][number]['tt']>(tt: T) => draft.t.find((t) => t.tt === tt);
  const video = track(TRACK_VIDEO)?.sg[0] as VideoSegment | undefined;
  if (!video) throw new Error('draft has no video track');
  const audio = (track(TRACK_AUDIO)?.sg ?? []) as (VoiceSegment | MusicSegment)[];
  return {
    video,
    voices: audio.filter((s): s is VoiceSegment => s.kind === 'voice').sort((a, b) => a.s - b.s),
    music: audio.find((s): s is MusicSegment => s.kind === 'music'),
    texts: (track(TRACK_TEXT)?.sg ?? []) as TextSegment[],
  };
}

/** Render a draft: narration laid from its clips, ducked mix, mastered loudness, one video pass, verified loudness. */
export async function renderDraft(draft: Draft, options: RenderOptions): Promise<RenderedDraft> {
  const { signal, workDir } = options;
  const report = options.onProgress ?? (() => undefined);
  const { video, voices, music, texts } = draftParts(draft);
  const duration_s = draft.d / 1000;
  const input = options.input ?? (await probeInput(video.src, signal));
  const target: LoudnessTarget = { integrated: draft.m.loudness, truePeak: -1, tolerance: 0.5 };

  report({ stage: 'mix' });
  const narration = join(workDir, 'narration.wav');
  // With nothing under the narration (a silent screencast, no music) the narration is the mix: measured
  // with its true peak, it needs no mix pass of its own (narrationAsMix).
  const alone = !input.probe.audio && !music;
  // ffmpeg measures the original's and the music's levels while the narration track is laid.
  const [bed, musicLevel, speech] = await Promise.all([
    options.inputLevel ?? (input.probe.audio ? measureLoudness(input.file, { signal, truePeak: false }) : undefined),
    music ? measureLoudness(music.src, { signal, truePeak: false }) : undefined,
    layNarration(voices, duration_s, narration).then(() => measureLoudness(narration, { signal, truePeak: alone })),
  ]);
  const mix = alone ? narrationAsMix(narration, speech, target) : await renderMix(
    {
      duration_s,
      original: bed ? { file: input.file, gain: bedGain(bed, target), holds: segmentHolds(video) } : undefined,
      narration: { file: narration, gain: Number.isFinite(speech.integrated_lufs) ? 10 ** ((target.integrated - speech.integrated_lufs) / 20) : 1 },
      music: music && musicLevel ? { file: music.src, gain: levelGain(musicLevel, target) * music.vol, fadeOut_s: 3 } : undefined,
      duckExpression: duckVolumeExpression(duckSpans(voices.map((v) => ({ start_s: v.s / 1000, end_s: (v.s + v.d) / 1000 }))), draft.m.duck_db),
    },
    workDir,
    signal,
  );
  const master = await masterMix(mix, workDir, target, signal);

  const burn = await writeDraftCaptions(draft, texts, options.captions, workDir);

  report({ stage: 'render', ratio: 0 });
  const job = {
    input, audio: master.file, audioGain_db: master.pending_db, output: options.output, duration_s, extend_s: video.x / 1000, holds: segmentHolds(video),
    settings: { resolution: draft.m.resolution, aspect: draft.m.aspect, quality: draft.m.quality }, burn, signal,
    onProgress: (ratio: number) => report({ stage: 'render', ratio }),
  };
  const decision = await renderVideo(job);

  report({ stage: 'verify' });
  // One decode of the output's audio gives its loudness and the QA figures (onsets, true peak, clipping).
  const planned = voices.map((v) => ({ start_s: v.s / 1000, end_s: (v.s + v.d) / 1000 }));
  let measured: DeliveredMeasurement | undefined;
  const measure = async (file: string): Promise<Loudness> => (measured = await measureDelivered(file, planned, { signal })).loudness;
  let loudness = await measure(options.output);
  if (!withinTarget(loudness, target)) {
    // AAC shifts loudness and peaks a little: correct once from the encoded measurement, swapping
    // only the soundtrack (the video stream is copied from the rendered file: it is encoded once).
    const corrected = await masterMix(mix, workDir, target, signal, {
      gain_db: master.gain_db + (target.integrated - loudness.integrated_lufs),
      limit_db: master.limit_db - Math.max(0, loudness.true_peak_dbtp - (target.truePeak - 0.2)),
    });
    loudness = await replaceAudio(options.output, corrected.file, { workDir, duration_s, signal, measure });
    checkLoudness(loudness, target, options.output);
  }
  return {
    duration_s: Math.round(duration_s * 1000) / 1000,
    loudness: { integrated_lufs: round2(loudness.integrated_lufs), true_peak_dbtp: round2(loudness.true_peak_dbtp) },
    qa: measured!.qa,
    video: { copied: decision.copy, reason: decision.reason },
  };
}

// Without a probed input (the server's exports, whose uploads were checked by content): classify by streams.
async function probeInput(file: string, signal?: AbortSignal): Promise<LocalInput> {
  const probe = await probeMedia(file, { signal });
  return { file, kind: classifyInput(probe), probe };
}

async function layNarration(voices: readonly VoiceSegment[], duration_s: number, file: string): Promise<void> {
  // Clip by clip as the track reaches it (a 2-hour video's 720 clips are never all in memory), each at one
  // speech level first: lines in different voices sound equally loud.
  const clips = [];
  for (const v of voices) {
    clips.push({
      start_s: v.s / 1000,
      sampleRate: await readWavRate(v.src),
      read: async () => levelClip({ start_s: v.s / 1000, ...decodeWav(new Uint8Array(await readFile(v.src))) }).samples,
    });
  }
  await layNarrationTrack(clips, duration_s, file);
}

/** Keep the original's own level, but never louder than 4 LU under the voice. */
function bedGain(bed: Loudness, target: LoudnessTarget): number {
  const ceiling = target.integrated - 4;
  return Number.isFinite(bed.integrated_lufs) && bed.integrated_lufs > ceiling ? 10 ** ((ceiling - bed.integrated_lufs) / 20) : 1;
}

/** Gain that brings a measured level to the target (1 for silence). */
function levelGain(level: Loudness, target: LoudnessTarget): number {
  return Number.isFinite(level.integrated_lufs) ? 10 ** ((target.integrated - level.integrated_lufs) / 20) : 1;
}

function withinTarget(l: Loudness, t: LoudnessTarget): boolean {
  if (!Number.isFinite(l.integrated_lufs)) return true;
  return Math.abs(l.integrated_lufs - t.integrated) <= t.tolerance * 0.6 && l.true_peak_dbtp <= t.truePeak;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
