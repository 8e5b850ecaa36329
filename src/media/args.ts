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
