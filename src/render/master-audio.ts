// Mix and master the soundtrack: ducked original + narration + music, then measured gain and a limiter.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runFfmpeg } from '../media/run.js';
import { measureLoudness, type Loudness } from '../media/analyse.js';
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

/** The default: EBU-style −16 LUFS, −1 dBTP, ±0.5 LU. */
export const DEFAULT_TARGET: LoudnessTarget = { integrated: -16, truePeak: -1, tolerance: 0.5 };

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

/** Render the ducked mix to a float WAV in `workDir`. */
export async function renderMix(job: Omit<MixJob, 'output'>, workDir: string, signal?: AbortSignal): Promise<string> {
  const output = join(workDir, 'mix.wav');
  const graphFile = join(workDir, 'mix.filtergraph');
  const { args, graph } = mixArgs({ ...job, output }, graphFile);
  await writeFile(graphFile, graph);
  await runFfmpeg(args, { signal });
  return output;
}

/**
 * Apply gain + limiter to `mix` until the result's integrated loudness is within a fifth of the
 * tolerance of the target and its true peak under the ceiling (the limiter shaves loudness, so
 * the gain is corrected by what was measured, at most four passes).
 */
export async function masterMix(mix: string, workDir: string, target: LoudnessTarget, signal?: AbortSignal, start?: MasterState): Promise<MasterResult> {
  const measured = await measureLoudness(mix, { signal });
  const state: MasterState = start ?? {
    gain_db: Number.isFinite(measured.integrated_lufs) ? target.integrated - measured.integrated_lufs : 0,
    limit_db: target.truePeak - 1,
  };
  const output = join(workDir, 'master.wav');
  let loudness = measured;
  let passes = 0;
  for (; passes < 4; ) {
    await runFfmpeg(masterArgs(mix, output, state.gain_db, state.limit_db), { signal });
    passes++;
    loudness = await measureLoudness(output, { signal });
    if (!Number.isFinite(loudness.integrated_lufs)) break; // silence: nothing to correct
    const error = target.integrated - loudness.integrated_lufs;
    const peakOver = loudness.true_peak_dbtp - (target.truePeak - 0.3);
    if (Math.abs(error) <= target.tolerance / 5 && peakOver <= 0) break;
    state.gain_db += error;
    if (peakOver > 0) state.limit_db -= peakOver;
  }
  return { file: output, loudness, gain_db: state.gain_db, limit_db: state.limit_db, passes };
}
