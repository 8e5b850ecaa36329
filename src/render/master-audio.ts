// Mix and master the soundtrack: ducked original + narration + music, then measured gain and a limiter.

import { copyFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runFfmpeg } from '../media/run.js';
import { measureLoudness, type Loudness } from '../media/analyse.js';
import { fileUrl } from '../media/args.js';
import { channelWeights, createLoudnessMeter, type LoudnessMeter } from '../media/loudness-meter.js';
import { createWavReader } from '../media/pcm-stream.js';
import { VoiceoverError } from '../core/errors.js';
import { mixArgs, masterArgs, type MixJob } from './audio-args.js';

/** Targets of the master. */
export interface LoudnessTarget {
  /** Integrated loudness, LUFS. */
  integrated: number;
  /** Largest true peak allowed, dBTP. */
  truePeak: number;
  /** Accepted distance from `integrated`, LU. */
  tolerance: number;
}


/** The mastered soundtrack and how it measured. */
export interface MasterResult {
  file: string;
  loudness: Loudness;
  gain_db: number;
  limit_db: number;
  passes: number;
  /** A gain the encoder still applies to `file`, dB: set when the mix is the narration itself (narrationAsMix) and that is the master. */
  pending_db?: number;
}

/** Settings of one mastering attempt, carried over when the encoded output needs a correction. */
export interface MasterState {
  gain_db: number;
  limit_db: number;
}

/** The mix file and how loud it measured. */
export interface MixResult {
  file: string;
  /** How the mix measures, `pending_db` included. */
  loudness: Loudness;
  /** A gain still to apply to `file`, dB (narrationAsMix): `file` is not the mix itself but the narration it is made of. */
  pending_db?: number;
}

/** How much lower a mono track's true peak is once ffmpeg turns it into stereo (swresample puts it on both channels at −3 dB, M_SQRT1_2, so the loudness stays). */
const MONO_TO_STEREO_DB = 20 * Math.log10(Math.SQRT1_2);

/**
 * The mix of a narration with nothing under it (no original sound, no music): the narration file
 * itself and the gain that brings it to the target, with no mix pass. `speech` is the narration's
 * loudness with its true peak, measured as ffmpeg resamples it to 48 kHz (measureLoudness), so the
 * figures are the mix pass's own: the loudness plus the gain, and the true peak plus the gain less
 * the 3 dB of the mono-to-stereo step.
 */
export function narrationAsMix(file: string, speech: Loudness, target: LoudnessTarget): MixResult {
  const pending_db = Number.isFinite(speech.integrated_lufs) ? target.integrated - speech.integrated_lufs : 0;
  return {
    file,
    pending_db,
    loudness: { integrated_lufs: speech.integrated_lufs + pending_db, true_peak_dbtp: speech.true_peak_dbtp + pending_db + MONO_TO_STEREO_DB, lra: speech.lra },
  };
}

/** Render the ducked mix to a float WAV in `workDir`, measuring it (loudness and true peak) in the same pass. */
export async function renderMix(job: Omit<MixJob, 'output'>, workDir: string, signal?: AbortSignal): Promise<MixResult> {
  const output = join(workDir, 'mix.wav');
  const graphFile = join(workDir, 'mix.filtergraph');
  const { args, graph } = mixArgs({ ...job, output }, graphFile);
  await writeFile(graphFile, graph);
  return { file: output, loudness: await measuredRun(args, output, true, signal) };
}

/** Run a pass whose second output is the float WAV on stdout (audio-args measuredOutputs), measured as it comes. */
async function measuredRun(args: string[], file: string, truePeak: boolean, signal?: AbortSignal): Promise<Loudness> {
  let meter: LoudnessMeter | undefined;
  const reader = createWavReader(
    (f) => (meter = createLoudnessMeter({ sampleRate: f.sampleRate, channels: f.channels, weights: channelWeights(f.channelMask, f.channels), truePeak })),
    (samples) => meter!.push(samples),
  );
  await runFfmpeg(args, { signal, onStdoutData: (chunk) => reader.push(chunk) });
  if (!meter) throw new VoiceoverError('FFMPEG_FAILED', { detail: `no audio was measured for ${file}` });
  return meter.finish();
}

/** Whether the mix as it is can be the master: within a fifth of the tolerance of the target, and its true peak at or under the limiter's ceiling (truePeak - 1). */
export function mixIsMaster(loudness: Loudness, target: LoudnessTarget): boolean {
  if (!Number.isFinite(loudness.integrated_lufs)) return loudness.true_peak_dbtp <= target.truePeak - 1;
  return Math.abs(target.integrated - loudness.integrated_lufs) <= target.tolerance / 5 && loudness.true_peak_dbtp <= target.truePeak - 1;
}

/**
 * Apply gain + limiter to the mix until the result's integrated loudness is within a fifth of
 * the tolerance of the target and its true peak under the ceiling (the limiter shaves loudness,
 * so the gain is corrected by what was measured; at most four passes, each measured as it runs).
 * A mix that already is all that (a narration laid at the target whose peaks stay under the limiter's
 * ceiling, the usual screencast) is the master itself: no pass, and no limiter delay.
 */
export async function masterMix(mix: MixResult, workDir: string, target: LoudnessTarget, signal?: AbortSignal, start?: MasterState): Promise<MasterResult> {
  const measured = mix.loudness;
  if (!start && mixIsMaster(measured, target)) {
    return { file: mix.file, loudness: measured, gain_db: 0, limit_db: target.truePeak - 1, passes: 0, ...(mix.pending_db ? { pending_db: mix.pending_db } : {}) };
  }
  const state: MasterState = start ?? {
    gain_db: Number.isFinite(measured.integrated_lufs) ? target.integrated - measured.integrated_lufs : 0,
    limit_db: target.truePeak - 1,
  };
  const output = join(workDir, 'master.wav');
  let loudness = measured;
  let passes = 0;
  while (passes < 4) {
    loudness = await measuredRun(masterArgs(mix.file, output, state.gain_db + (mix.pending_db ?? 0), state.limit_db), output, true, signal);
    passes++;
    if (!Number.isFinite(loudness.integrated_lufs)) break; // silence: nothing to correct
    const error = target.integrated - loudness.integrated_lufs;
    const peakOver = loudness.true_peak_dbtp - (target.truePeak - 0.3);
    if (Math.abs(error) <= target.tolerance / 5 && peakOver <= 0) break;
    state.gain_db += error;
    if (peakOver > 0) state.limit_db -= peakOver;
  }
  return { file: output, loudness, gain_db: state.gain_db, limit_db: state.limit_db, passes };
}

/** Arguments to swap an MP4's soundtrack: the video stream copied as it is, the new audio encoded as the first render did. */
export function remuxArgs(video: string, audio: string, output: string, duration_s: number): string[] {
  return [
    '-y', '-i', fileUrl(video), '-i', fileUrl(audio), '-map', '0:v:0', '-map', '1:a:0', '-c:v', 'copy',
    // The same AAC settings as the first render (video-args.ts).
    '-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '192k', '-ar', '48000', '-ac', '2',
    '-t', duration_s.toFixed(3), '-movflags', '+faststart', '-f', 'mp4', output,
  ];
}

/**
 * Replace the soundtrack of a rendered MP4 without encoding its video again: remux into `workDir`,
 * then move the result over `output` (copied when the two are on different file systems). Returns
 * the loudness of the new file as encoded.
 */
export async function replaceAudio(
  output: string,
  audio: string,
  // measure: how the new file is measured (default measureLoudness), e.g. the delivered-file QA pass that also gives loudness.
  options: { workDir: string; duration_s: number; signal?: AbortSignal; measure?: (file: string) => Promise<Loudness> },
): Promise<Loudness> {
  const temporary = join(options.workDir, 'remux.mp4');
  try {
    await runFfmpeg(remuxArgs(output, audio, temporary, options.duration_s), { signal: options.signal });
    const loudness = await (options.measure ?? ((file: string) => measureLoudness(file, { signal: options.signal })))(temporary);
    await rename(temporary, output).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV') throw error;
      await copyFile(temporary, output);
    });
    return loudness;
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Throw OUTPUT_INVALID unless the delivered loudness is within the tolerance and under the true-peak ceiling (silence passes). */
export function checkLoudness(loudness: Loudness, target: LoudnessTarget, file: string): void {
  if (!Number.isFinite(loudness.integrated_lufs)) return;
  const off = loudness.integrated_lufs - target.integrated;
  const problems: string[] = [];
  if (Math.abs(off) > target.tolerance) {
    problems.push(`integrated loudness ${loudness.integrated_lufs.toFixed(2)} LUFS is ${Math.abs(off).toFixed(2)} LU off the ${target.integrated} LUFS target (allowed ±${target.tolerance})`);
  }
  if (loudness.true_peak_dbtp > target.truePeak) {
    problems.push(`true peak ${loudness.true_peak_dbtp.toFixed(2)} dBTP is above the ${target.truePeak} dBTP ceiling`);
  }
  if (problems.length > 0) throw new VoiceoverError('OUTPUT_INVALID', { file, detail: `after loudness correction, ${problems.join('; ')}` });
}
