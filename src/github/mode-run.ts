// mode: run — render the selected videos (or one shard of them), upload them, annotate, summarise.

import path from 'node:path';
import * as core from '@actions/core';
import { resolveBackendName } from '../backends/registry.js';
import type { Stage } from '../core/progress.js';
import { runItems, type RunOptions } from '../runner/run.js';
import { annotationText, configAnnotations, failureAnnotations, foldAnnotations, warningAnnotations, type Annotation } from './annotations.js';
import { resultsArtifactName } from './artifact-names.js';
import { ARTIFACT_CONFLICT_TITLE, artifactConflictMessage, artifactsAvailable, isArtifactConflict, uploadResults, type ArtifactTarget } from './artifacts.js';
import { emitAnnotations } from './emit-annotations.js';
import type { EventContext } from './event-context.js';
import { locateFfmpeg, setupFfmpeg } from './ffmpeg-setup.js';
import type { ActionInputs } from './inputs.js';
import { failPrepared } from './prepare-failure.js';
import { prepare } from './prepare.js';
import { failureMessage, publish } from './publish.js';
import type { RunResults } from './results.js';
import { shardSelection } from './shard-items.js';
import { videoUploads } from './video-uploads.js';
import { CATALOGUE_VERSION, setupVoices } from './voice-setup.js';

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const since = (what: string): string => `${what} after ${Math.round(performance.now())} ms`;

/** Log each item's stages (once per stage) and when the first video reaches the backend. */
function progressLog(): NonNullable<RunOptions['onProgress']> {
  const stages = new Map<string, Stage>();
  let first = true;
  return (name, event) => {
    if (stages.get(name) === event.stage) return;
    if (first && event.stage === 'queued') core.info(`voiceover: ${since('first video handed to the backend')}`);
    first &&= event.stage !== 'queued';
    stages.set(name, event.stage);
    core.info(`${name}: ${event.stage}${event.detail ? ` (${event.detail})` : ''}`);
  };
}

/** Render, upload, annotate, summarise, comment and set outputs. */
export async function runMode(inputs: ActionInputs, ctx: EventContext, env: NodeJS.ProcessEnv): Promise<void> {
  core.debug(`voiceover: ${since('inputs read')}`);
  const shard = inputs.shard ? `${inputs.shard.index}/${inputs.shard.count}` : null;
  const handedItems = shard !== null && inputs.only.length > 0;
  const located = locateFfmpeg(env);
  // A shard handed its items by the matrix runs exactly those: the plan already applied changed-only.
  const prepared = await prepare({ ...inputs, changedOnly: handedItems ? false : inputs.changedOnly }, ctx, core.info, env);
  core.debug(`voiceover: ${since('config loaded')}`);
  if (!prepared.ok) return failPrepared(prepared, inputs, ctx, env);
  const { config } = prepared;
  const { items, notRun } = inputs.shard ? await shardSelection(prepared.items, prepared.notRun, inputs.shard, handedItems, env) : prepared;
  const backendOf = (name: string): string => resolveBackendName(inputs.backend ?? config.items.find((i) => i.name === name)?.backend ?? 'auto', env);
  core.info(`voiceover: ${items.length} of ${config.items.length} videos to run${shard ? ` (shard ${shard})` : ''}: ${items.map((i) => `${i.name} (${backendOf(i.name)})`).join(', ') || 'none'}`);

  // Natural voices: their store from the Actions cache and sherpa-onnx, while ffmpeg is looked for (never fails the run).
  const voiceLog = { info: core.info, warning: core.warning, error: (text: string, title: string) => core.error(text, { title }) };
  const voiceSetup = items.length === 0 ? undefined : setupVoices(items, { env, catalogueVersion: CATALOGUE_VERSION, cache: inputs.voicesCache, log: voiceLog, isLocal: (item) => backendOf(item.name) === 'local' })
    .catch((error: unknown) => void core.warning(`voices: ${message(error)}`));
  const ffmpeg = items.length > 0 ? await setupFfmpeg(env, core.info, located).catch((error: unknown) => void core.warning(`ffmpeg: ${message(error)}`)) : undefined;
  const voices = await voiceSetup;
  const target: ArtifactTarget = { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, runId: ctx.runId, retentionDays: inputs.retentionDays };
  const canUpload = artifactsAvailable(env);
  if (!canUpload) core.info('artifacts: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set, so nothing is uploaded');
  const configDir = path.dirname(config.file);
  // Upload problems are folded with the other annotations (at most 10 warnings show per step).
  const warnings: Annotation[] = [];
  const warn = (message: string): void => void warnings.push({ level: 'warning', title: 'Voiceover artifact not uploaded', message });
  // A name another job of this run took (same artifact-prefix): an error, or that job's videos are quietly lost.
  const conflicts: Annotation[] = [];
  const conflict = (message: string): void => void conflicts.push({ level: 'error', title: ARTIFACT_CONFLICT_TITLE, message });
  const uploads = videoUploads(target, { prefix: inputs.artifactPrefix, shard, attempt: ctx.runAttempt }, configDir, canUpload, warn, conflict);

  const { report } = await runItems(config, items, {
    ...(inputs.backend ? { backend: inputs.backend } : {}),
    ...(inputs.concurrency ? { concurrency: inputs.concurrency } : {}),
    force: inputs.force,
    env,
    onProgress: progressLog(),
    onItemDone: (item) => {
      core.info(`${item.name}: ${item.status}${item.error ? ` — ${item.error.message}` : ''}`);
      uploads.start(item);
    },
  });
  await ffmpeg?.version;
  // After every video (delivered or not): a voice installed for this run is kept for the next one.
  await voices?.save();
  const videos = await uploads.meta(report.items, backendOf);

  const willFail = inputs.failOn === 'error' && (report.items.some((i) => i.status === 'failed') || conflicts.length > 0);
  const results: RunResults = {
    version: 1,
    shard,
    report,
    videos,
    notRun,
    config: prepared.configRel,
    notes: prepared.notes,
    problems: [],
    ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
  };
  const annotations = [...configAnnotations(prepared.diagnostics, ctx.workspace), ...failureAnnotations(report.items, configDir, ctx.workspace), ...warningAnnotations(report.items, configDir, ctx.workspace), ...conflicts, ...warnings];
  // One warning slot stays free for the results upload or the comment, issued after this.
  const { shown, folded } = foldAnnotations(annotations, { reserveError: willFail, reserveWarning: true });
  emitAnnotations(shown);
  results.problems = folded.map(annotationText);
  if (canUpload) {
    const name = resultsArtifactName(inputs.artifactPrefix, shard, ctx.runAttempt);
    await uploadResults(target, name, results).catch((error: unknown) => {
      if (!isArtifactConflict(error)) return core.warning(`the results artifact was not uploaded: ${message(error)}`);
      conflict(artifactConflictMessage(name));
      core.error(artifactConflictMessage(name), { title: ARTIFACT_CONFLICT_TITLE });
    });
  }
  if (conflicts.length > 0) results.notes.push(`${conflicts.length} artifact${conflicts.length === 1 ? ' was' : 's were'} not uploaded: another job of this run with the same \`artifact-prefix\` (${inputs.artifactPrefix}) already took the name. Set a distinct \`artifact-prefix\` per job.`);
  // A shard writes its own summary but leaves the comment to the report job.
  await publish(results, shard ? { ...inputs, comment: 'never' } : inputs, ctx, ctx.pullRequest ? { number: ctx.pullRequest.number } : undefined);
  // Videos may all be delivered, but this job's artifacts are missing: fail unless a failed video already did.
  if (conflicts.length > 0 && inputs.failOn === 'error' && !failureMessage(results, inputs.failOn)) {
    core.setFailed(`${conflicts.length} artifact${conflicts.length === 1 ? ' was not uploaded: its name is' : 's were not uploaded: their names are'} taken in this run (fail-on: error)`);
  }
}
