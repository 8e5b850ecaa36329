// How long each video is (ffprobe), for balancing shards; the file size stands in when probing fails.

import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import pLimit from 'p-limit';
import type { ItemConfig } from '../config/types.js';
import { probeMedia } from '../media/probe.js';
import type { WeightedVideo } from './matrix.js';

/** Seconds assumed per MB when a video cannot be probed (about 4 Mbit/s). */
const SECONDS_PER_MB = 2;
/** Seconds assumed for a video known only by URL. */
const UNKNOWN_S = 60;

/** ffprobe processes at once: a plan of hundreds of videos must not start hundreds of them. */
export const PROBE_CONCURRENCY = Math.max(2, Math.min(8, availableParallelism() * 2));

/** Each item's duration: probed (a few at a time), else estimated from its size, else a default. */
export async function videoDurations(items: readonly ItemConfig[], canProbe: boolean, concurrency = PROBE_CONCURRENCY): Promise<WeightedVideo[]> {
  const limit = pLimit(concurrency);
  return Promise.all(
    items.map((item) => limit(async () => {
      if (item.video.kind !== 'file') return { name: item.name, duration_s: UNKNOWN_S };
      if (canProbe) {
        try {
          return { name: item.name, duration_s: (await probeMedia(item.video.path)).duration };
        } catch {
          // fall through to the size
        }
      }
      const size = await stat(item.video.path).then((s) => s.size, () => 0);
      return { name: item.name, duration_s: size > 0 ? (size / 1024 / 1024) * SECONDS_PER_MB : UNKNOWN_S };
    })),
  );
}
