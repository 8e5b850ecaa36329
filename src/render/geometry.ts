// Output frame size from the source's displayed size and the resolution/aspect settings (pure).

import type { Aspect, Resolution } from '../config/types.js';

/** Width and height in pixels. */
export interface Size {
  width: number;
  height: number;
}

const even = (x: number): number => Math.max(2, Math.round(x / 2) * 2);

const ASPECTS: Record<Exclude<Aspect, 'keep'>, number> = { '16:9': 16 / 9, '9:16': 9 / 16, '1:1': 1 };

/** Short side of each named resolution. */
const SHORT_SIDE: Record<Exclude<Resolution, 'keep'>, number> = { '1080p': 1080, '720p': 720 };

/**
 * The output size. `source` is the displayed size (rotation applied), or undefined for audio-only
 * inputs (then 16:9 unless an aspect is asked). 1080p means a short side of 1080 (1920x1080,
 * 1080x1920, 1080x1080); `keep` keeps the source's short side.
 */
export function outputSize(source: Size | undefined, resolution: Resolution, aspect: Aspect): Size {
  const src = source ?? { width: 1920, height: 1080 };
  const ratio = aspect === 'keep' ? src.width / src.height : ASPECTS[aspect];
  const short = resolution === 'keep' ? Math.min(src.width, src.height) : SHORT_SIDE[resolution];
  return ratio >= 1 ? { width: even(short * ratio), height: even(short) } : { width: even(short), height: even(short / ratio) };
}

/** True when two sizes have the same shape within half a percent. */
export function sameAspect(a: Size, b: Size): boolean {
  return Math.abs(a.width / a.height - b.width / b.height) < 0.005 * (b.width / b.height);
}
