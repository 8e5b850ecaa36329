// Write, verify, then rename: no half-written file ever sits where a finished one belongs.

import { rename, rm, stat } from 'node:fs/promises';
import path, { type PlatformPath } from 'node:path';
import { VoiceoverError } from '../core/errors.js';
import { probeMedia } from '../media/probe.js';

/** Temporary name beside the final file (same folder, so the rename is atomic); `paths` is the platform's path module. */
export function partialPath(final: string, paths: PlatformPath = path): string {
  return paths.join(paths.dirname(final), `.${paths.basename(final)}.partial`);
}

/** Check a rendered MP4 is what we promise: H.264 yuv420p + AAC, the expected length (the local backend's outputs). */
export async function verifyOutput(file: string, expected_s: number, signal?: AbortSignal): Promise<void> {
  const fail = (detail: string): never => {
    throw new VoiceoverError('OUTPUT_INVALID', { file, detail });
  };
  const probe = await probeMedia(file, { signal });
  if (probe.video?.codec !== 'h264') fail(`video codec is ${probe.video?.codec ?? 'missing'}, expected h264`);
  if (probe.video?.pixFmt !== 'yuv420p') fail(`pixel format is ${probe.video?.pixFmt}, expected yuv420p`);
  if (probe.audio?.codec !== 'aac') fail(`audio codec is ${probe.audio?.codec ?? 'missing'}, expected aac`);
  const frame = probe.video && probe.video.fps > 0 ? 1 / probe.video.fps : 0.05;
  if (Math.abs(probe.duration - expected_s) > 0.1 + 2 * frame) fail(`lasts ${probe.duration.toFixed(3)}s, expected ${expected_s.toFixed(3)}s`);
}

/**
 * The check of a file a backend already verified as complete and decodable and delivers as it got it
 * (a paid nemo export, Backend.outputCheck `intact`): it is there, it probes with a video stream, and it
 * lasts what the backend says. Its format is not checked: that is a warning, never a refusal.
 */
export async function verifyIntact(file: string, expected_s: number, signal?: AbortSignal): Promise<void> {
  const probe = await probeMedia(file, { signal });
  if (!probe.video) throw new VoiceoverError('OUTPUT_INVALID', { file, detail: 'no video stream' });
  if (Math.abs(probe.duration - expected_s) > 0.01) throw new VoiceoverError('OUTPUT_INVALID', { file, detail: `lasts ${probe.duration.toFixed(3)}s, but the backend reported ${expected_s.toFixed(3)}s` });
}

/** Move finished files into place; on any failure remove the partial ones. */
export async function commitFiles(moves: readonly { from: string; to: string }[]): Promise<void> {
  for (const { from, to } of moves) {
    await stat(from);
    await rename(from, to);
  }
}

/** Remove temporary files, ignoring ones that don't exist. */
export async function discardFiles(files: readonly string[]): Promise<void> {
  await Promise.all(files.map((f) => rm(f, { force: true })));
}
