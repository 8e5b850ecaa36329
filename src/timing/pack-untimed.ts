// Pack untimed lines that are longer than the video back to back: pauses out, then one common speed-up.

import type { PlanLineInput, PlanOptions } from './types.js';
import type { PlacedLine } from './placed-line.js';
import { ceilMs, roundStretch } from './ms.js';
import { overflowError } from './overflow-error.js';

/**
 * Lines start at 0 and follow each other with min_gap_s. Every line first loses the same share of its
 * removable pauses; if that is not enough, all pauses go and every line gets the same speed-up (so
 * the voice keeps one pace), up to max_stretch. Beyond that the lines run past the video: 'error'
 * throws OVERFLOW for the first line that ends past it, 'extend' and 'shift' let the caller extend
 * the video. One millisecond per line is kept in reserve for rounding each clip up.
 */
export function packUntimed(lines: PlanLineInput[], videoEndMs: number, gapMs: number, options: PlanOptions): PlacedLine[] {
  const n = lines.length;
  const roomMs = videoEndMs - (n - 1) * gapMs - n;
  const speechMs = lines.reduce((a, l) => a + l.duration_s * 1000, 0);
  const compressibleMs = lines.reduce((a, l) => a + Math.min(l.compressible_s ?? 0, l.duration_s) * 1000, 0);
  const neededMs = speechMs - roomMs;

  const pausesSuffice = compressibleMs >= neededMs;
  const share = pausesSuffice ? (compressibleMs > 0 ? Math.max(0, neededMs) / compressibleMs : 0) : 1;
  const restMs = speechMs - compressibleMs;
  const stretch = pausesSuffice
    ? 1
    : roomMs > 0
      ? roundStretch(restMs / roomMs, options.max_stretch)
      : options.max_stretch;

  const placed: PlacedLine[] = [];
  let prevEndMs: number | null = null;
  for (const input of lines) {
    const compress_s = Math.min(input.compressible_s ?? 0, input.duration_s) * share;
    const startMs: number = prevEndMs === null ? 0 : prevEndMs + gapMs;
    const playedMs = ceilMs((input.duration_s - compress_s) / stretch);
    const endMs: number = startMs + playedMs;
    if (endMs > videoEndMs && options.overflow === 'error') {
      throw overflowError(input.index, playedMs, videoEndMs - startMs, options.max_stretch);
    }
    placed.push({
      input,
      cueMs: startMs,
      startMs,
      endMs,
      stretch,
      compress_s,
      overflowMs: Math.max(0, endMs - videoEndMs),
    });
    prevEndMs = endMs;
  }
  return placed;
}
