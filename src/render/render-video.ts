// Run the final mux/encode of a timeline: one ffmpeg call, progress from its -progress output.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Aspect, Quality, Resolution } from '../config/types.js';
import { runFfmpeg } from '../media/run.js';
import type { ProbeResult } from '../media/types.js';
import type { PlanHold } from '../timing/types.js';
import { videoArgs, type VideoDecision } from './video-args.js';

/** Everything the final render needs. */
export interface RenderJob {
  input: { file: string; kind: 'video' | 'image' | 'audio'; probe: ProbeResult };
  /** The mastered soundtrack (WAV). */
  audio: string;
  /** A gain still to apply to `audio`, dB (MasterResult.pending_db). */
  audioGain_db?: number;
  output: string;
  duration_s: number;
  /** Seconds of last-frame hold. */
  extend_s: number;
  /** Mid-video holds (source time, ascending). */
  holds?: readonly PlanHold[];
  settings: { resolution: Resolution; aspect: Aspect; quality: Quality };
  burn?: { file: string };
  signal?: AbortSignal;
  onProgress?: (ratio: number) => void;
}

let fontsDir: string | undefined;

/** The DejaVu fonts shipped by the dejavu-fonts-ttf package, so burn-in never depends on the system's fonts. */
export function bundledFontsDir(): string {
  // The action's bundle has no node_modules: it copies the fonts and names the folder.
  fontsDir ??= process.env['VOICEOVER_FONTS_DIR'] || join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return fontsDir;
}

/** Render the output MP4 (copying the video stream when it fits) and say how it was made. */
export async function renderVideo(job: RenderJob): Promise<VideoDecision> {
  const { settings } = job;
  const { args, decision } = videoArgs({
    input: job.input.file,
    kind: job.input.kind,
    probe: job.input.probe,
    audio: job.audio,
    audioGain_db: job.audioGain_db,
    output: job.output,
    duration_s: job.duration_s,
    extend_s: job.extend_s,
    holds: job.holds,
    resolution: settings.resolution,
    aspect: settings.aspect,
    quality: settings.quality,
    burn: job.burn ? { file: job.burn.file, fontsDir: bundledFontsDir() } : undefined,
  });
  await runFfmpeg(args, {
    signal: job.signal,
    duration_s: job.duration_s,
    onProgress: job.onProgress ? (p) => job.onProgress?.(Math.min(1, p.out_time_s / job.duration_s)) : undefined,
  });
  return decision;
}
