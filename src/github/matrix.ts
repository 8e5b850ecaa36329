// Pure fan-out plan: videos split into at most 256 shards balanced by duration (greedy, longest first).

import { MAX_SHARDS } from './inputs.js';

/** A video and how long it takes to narrate, as far as its length tells. */
export interface WeightedVideo {
  name: string;
  duration_s: number;
}

/** One job of the matrix. */
export interface MatrixEntry {
  shard: string;
  items: string[];
  duration_s: number;
}

/** The `matrix` output: `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
export interface Matrix {
  include: MatrixEntry[];
}

/**
 * Split videos into `shards` groups (never more than videos, nor 256). Longest first, each to the
 * least-loaded shard (ties: the lower shard); items keep config order inside a shard.
 */
export function planShards(videos: readonly WeightedVideo[], shards: number): Matrix {
  const count = Math.max(0, Math.min(shards, videos.length, MAX_SHARDS));
  if (count === 0) return { include: [] };
  const order = new Map(videos.map((v, i) => [v.name, i]));
  const bins = Array.from({ length: count }, () => ({ items: [] as WeightedVideo[], total: 0 }));
  const longestFirst = [...videos].sort((a, b) => b.duration_s - a.duration_s || (order.get(a.name)! - order.get(b.name)!));
  for (const video of longestFirst) {
    let best = bins[0]!;
    for (const bin of bins) if (bin.total < best.total) best = bin;
    best.items.push(video);
    best.total += video.duration_s;
  }
  return {
    include: bins.map((bin, i) => ({
      shard: `${i + 1}/${count}`,
      items: bin.items.sort((a, b) => order.get(a.name)! - order.get(b.name)!).map((v) => v.name),
      duration_s: Math.round(bin.total * 10) / 10,
    })),
  };
}
