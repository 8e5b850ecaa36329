// Mix and master the soundtrack: ducked original + narration + music, then measured gain and a limiter.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runFfmpeg } from '../media/run.js';
import type { Loudness } from '../media/analyse.js';
import { parseEbur128Summary } from '../media/analyse-parse.js';
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
}

/** Settings of one mastering attempt, carried over when the encoded output needs a correction. */
export interface MasterState {
  gain_db: number;
  limit_db: number;
}

/** The mix file and how loud it measured. */
export interface MixResult {
  file: string;
  loudness: Loudness;
}

/** Render the ducked mix to a float WAV in `workDir`, measuring it in the same pass. */
export async function renderMix(job: Omit<MixJob, 'output'>, workDir: string, signal?: AbortSignal): Promise<MixResult> {
  const output = join(workDir, 'mix.wav');
  const graphFile = join(workDir, 'mix.filtergraph');
  const { args, graph } = mixArgs({ ...job, output }, graphFile);
  await writeFile(graphFile, graph);
  return { file: output, loudness: summary(await runFfmpeg(args, { signal, captureStderr: 'full' }), output) };
}

function summary(result: { stderr: string }, file: string): Loudness {
  const loudness = parseEbur128Summary(result.stderr);
  if (!loudness) throw new VoiceoverError('FFMPEG_FAILED', { detail: `ebur128 printed no summary for ${file}` });
  return loudness;
}

/**
 * Apply gain + limiter to the mix until the result's integrated loudness is within a fifth of
 * the tolerance of the target and its true peak under the ceiling (the limiter shaves loudness,
 * so the gain is corrected by what was measured; at most four passes, each measured as it runs).
 */
export async function masterMix(mix: MixResult, workDir: string, target: LoudnessTarget, signal?: AbortSignal, start?: MasterState): Promise<MasterResult> {
  const measured = mix.loudness;
  const state: MasterState = start ?? {
    gain_db: Number.isFinite(measured.integrated_lufs) ? target.integrated - measured.integrated_lufs : 0,
    limit_db: target.truePeak - 1,
  };
  const output = join(workDir, 'master.wav');
  let loudness = measured;
  let passes = 0;
  while (passes < 4) {
    loudness = summary(await runFfmpeg(masterArgs(mix.file, output, state.gain_db, state.limit_db), { signal, captureStderr: 'full' }), output);
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
