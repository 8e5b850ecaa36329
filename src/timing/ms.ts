// Millisecond arithmetic: the planner places everything on an integer-millisecond grid.

/** Tolerance for float noise when snapping seconds to milliseconds (1.2 * 1000 = 1200.0000000000002). */
const EPS = 1e-6;

/** Seconds → nearest whole millisecond. */
export function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) + 0; // + 0 turns -0 into 0
}

/** Seconds → whole milliseconds, rounded up (a clip never ends before its last sample). */
export function ceilMs(seconds: number): number {
  return Math.ceil(seconds * 1000 - EPS) + 0;
}

/** Seconds → whole milliseconds, rounded down (a room never grows past its real end). */
export function floorMs(seconds: number): number {
  return Math.floor(seconds * 1000 + EPS) + 0;
}

/** Whole milliseconds → seconds, as the report shows them. */
export function toSeconds(ms: number): number {
  return ms / 1000;
}

/** A speed-up rounded up to 4 decimals (so the clip still fits), kept within [1, max]. */
export function roundStretch(stretch: number, max: number): number {
  return Math.max(1, Math.min(max, Math.ceil(stretch * 1e4 - EPS) / 1e4));
}
