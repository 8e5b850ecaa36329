// The items of one shard: handed over through `only` (the matrix's items), or planned again exactly as
// the plan job did (same config, same durations).

import type { ItemConfig } from '../config/types.js';
import { videoDurations } from './durations.js';
import { findFfprobe } from './ffmpeg-setup.js';
import { planShards } from './matrix.js';
import type { NotRun } from './results.js';

/** Items of shard `index` of `count`, planned again. */
export async function shardItems(items: readonly ItemConfig[], shard: { index: number; count: number }, env: NodeJS.ProcessEnv): Promise<ItemConfig[]> {
  const weighted = await videoDurations(items, findFfprobe(env));
  const entry = planShards(weighted, shard.count).include[shard.index - 1];
  const names = new Set(entry?.items ?? []);
  return items.filter((i) => names.has(i.name));
}

/**
 * What a shard runs and what it leaves to others. With `only` from the matrix, `selected` already is the
 * shard's share and every video `only` left out belongs to another shard.
 */
export async function shardSelection(
  selected: readonly ItemConfig[],
  notRun: readonly NotRun[],
  shard: { index: number; count: number },
  handedItems: boolean,
  env: NodeJS.ProcessEnv,
): Promise<{ items: ItemConfig[]; notRun: NotRun[] }> {
  const items = handedItems ? [...selected] : await shardItems(selected, shard, env);
  const inShard = new Set(items.map((i) => i.name));
  const elsewhere = selected.filter((i) => !inShard.has(i.name)).map((i) => ({ name: i.name, reason: 'not in this shard' }));
  return { items, notRun: [...(handedItems ? notRun.map((n) => ({ ...n, reason: 'not in this shard' })) : notRun), ...elsewhere] };
}
