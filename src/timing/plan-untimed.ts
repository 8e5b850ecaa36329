// Place untimed lines: spread them when the video is long enough, else pack them.

import type { PlanLineInput, PlanOptions, VideoFacts } from './types.js';
import type { PlacedLine } from './placed-line.js';
import { ceilMs } from './ms.js';
import { spreadUntimed } from './spread-untimed.js';
import { packUntimed } from './pack-untimed.js';

/** Spread the lines over the video when they fit at rate 1 with gaps; otherwise pack them (and maybe overflow). */
export function planUntimed(lines: PlanLineInput[], video: VideoFacts, videoEndMs: number, options: PlanOptions): PlacedLine[] {
  if (lines.length === 0) return [];
  const gapMs = ceilMs(options.min_gap_s);
  const needMs = lines.reduce((a, l) => a + ceilMs(l.duration_s), 0) + (lines.length - 1) * gapMs;
  return needMs <= videoEndMs
    ? spreadUntimed(lines, video, videoEndMs, gapMs)
    : packUntimed(lines, videoEndMs, gapMs, options);
}
