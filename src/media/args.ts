// Small generic builders of ffmpeg arguments shared by media/ and render/ (pure functions).
import path from 'node:path';

/** A local file as an ffmpeg input/output URL: `file:` so names with `:` or a leading `-` stay files. */
export function fileUrl(file: string): string {
  return `file:${path.resolve(file)}`;
}

/** `-f lavfi -i GRAPH`: a generated input (testsrc2, sine, anullsrc, color…). */
export function lavfiArgs(graph: string): string[] {
  return ['-f', 'lavfi', '-i', graph];
}

/** `-f null -`: decode and filter, write nothing. */
export function nullOutputArgs(): string[] {
  return ['-f', 'null', '-'];
}

/** Seconds as ffmpeg reads them: fixed-point, never exponent notation, at most 6 decimals. */
export function formatSeconds(seconds: number): string {
  const fixed = Math.max(0, seconds).toFixed(6);
  return fixed.replace(/\.?0+$/, '') || '0';
}

/**
 * A resample to `rate` that follows the stream's timestamps instead of counting its samples: the first
 * sample goes where its pts says (silence before an audio stream that starts late), gaps are filled with
 * silence and overlaps trimmed once they pass 10 ms. Without it a soundtrack is read sample after
 * sample, so audio that starts 0.5 s after the picture plays 0.5 s early, and a recording stitched from
 * AAC segments (each with its encoder priming) drifts later by about 21 ms per joint.
 */
export function timedResample(rate: number): string {
  return `aresample=${rate}:async=1:min_hard_comp=0.01:first_pts=0`;
}
