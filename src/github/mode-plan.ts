// mode: plan — the `matrix` output: the selected videos split into balanced shards.

import * as core from '@actions/core';
import { videoDurations } from './durations.js';
import type { EventContext } from './event-context.js';
import { findFfprobe } from './ffmpeg-setup.js';
import type { ActionInputs } from './inputs.js';
import { planShards, type Matrix } from './matrix.js';
import { failPrepared } from './prepare-failure.js';
import { prepare } from './prepare.js';

/** Pure: the plan's summary markdown. */
export function planMarkdown(matrix: Matrix, notRun: readonly { name: string; reason: string }[]): string {
  const lines = ['## Voiceover plan', '', `${matrix.include.reduce((n, e) => n + e.items.length, 0)} videos in ${matrix.include.length} shards.`, ''];
  if (matrix.include.length) {
    lines.push('| Shard | Videos | Duration |', '|---|---|---|');
    for (const e of matrix.include) lines.push(`| ${e.shard} | ${e.items.join(', ')} | ${e.duration_s} s |`);
  }
  if (notRun.length) lines.push('', `Not run: ${notRun.map((n) => `\`${n.name}\` (${n.reason})`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** Plan the shards and set the `matrix` output. */
export async function planMode(inputs: ActionInputs, ctx: EventContext, env: NodeJS.ProcessEnv): Promise<void> {
  const prepared = await prepare(inputs, ctx, core.info, env);
  if (!prepared.ok) return failPrepared(prepared, inputs, ctx, env);
  const canProbe = findFfprobe(env);
  if (!canProbe) core.info('plan: ffprobe is not available, so durations are estimated from file sizes');
  const matrix = planShards(await videoDurations(prepared.items, canProbe), inputs.shards);
  for (const e of matrix.include) core.info(`shard ${e.shard}: ${e.items.join(', ')} (${e.duration_s} s)`);
  core.setOutput('matrix', JSON.stringify(matrix));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(planMarkdown(matrix, prepared.notRun)).write();
}
