// Fit one speech clip into the room before its slot ends: remove pauses first, then speed up.

import { ceilMs, roundStretch } from './ms.js';

/** How a clip is played so it fits (or how it overflows). */
export interface LineFit {
  /** True when the clip ends within the room. */
  fits: boolean;
  /** Seconds of internal pauses removed. */
  compress_s: number;
  /** Speed-up applied, 1..maxStretch (maxStretch when it does not fit). */
  stretch: number;
  /** Played length, whole milliseconds (rounded up). */
  playedMs: number;
}

/** Play `duration_s` of speech in `roomMs`: pauses go first, then a speed-up up to `maxStretch`. */
export function fitLine(duration_s: number, compressible_s: number, roomMs: number, maxStretch: number): LineFit {
  const plainMs = ceilMs(duration_s);
  if (plainMs <= roomMs) return { fits: true, compress_s: 0, stretch: 1, playedMs: plainMs };

  const compressible = Math.min(compressible_s, duration_s);
  const needed_s = duration_s - roomMs / 1000;
  const compress_s = Math.min(compressible, needed_s);
  const effective_s = duration_s - compress_s;
  const compactMs = ceilMs(effective_s);
  if (compactMs <= roomMs) return { fits: true, compress_s, stretch: 1, playedMs: compactMs };

  const atMaxMs = ceilMs(effective_s / maxStretch);
  if (roomMs <= 0 || atMaxMs > roomMs) {
    return { fits: false, compress_s, stretch: maxStretch, playedMs: atMaxMs };
  }
  // Rounded up, the stretch plays the clip in at most roomMs.
  const stretch = roundStretch((effective_s * 1000) / roomMs, maxStretch);
  const playedMs = Math.min(ceilMs(effective_s / stretch), roomMs);
  return { fits: true, compress_s, stretch, playedMs };
}
