// How long each video is (ffprobe), for balancing shards; the file size stands in when probing fails.

import { stat } from 'node:fs/promises';
import type { ItemConfig } from '../config/types.js';
import { probeMedia } from '../media/probe.js';
import type { WeightedVideo } from './matrix.js';

/** Seconds assumed per MB when a video cannot be probed (about 4 Mbit/s). */
const SECONDS_PER_MB = 2;
/** Seconds assumed for a video known only by URL. */
const UNKNOWN_S = 60;

/** Each item's duration: probed, else estimated from its size, else a default. */
export async function videoDurations(items: readonly ItemConfig[], canProbe: boolean): Promise<WeightedVideo[]> {
  return Promise.all(
    items.map(async (item) => {
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
    }),
  );
}
