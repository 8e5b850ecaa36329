// mode: report — gather every shard's results (this run's, or a triggering run's for workflow_run)
// into one summary, one comment and one set of outputs; a missing or unreadable shard is named and
// fails the step (fail-on: error).

import * as core from '@actions/core';
import { DEFAULT_WEB_URL } from '../backends/nemo/constants.js';
import { foldAnnotations } from './annotations.js';
import { missingShards, pickResultsArtifacts, resultsArtifactName } from './artifact-names.js';
import { artifactsAvailable, artifactUrl, downloadResults, type ResultsSource } from './artifacts.js';
import { emitAnnotations } from './emit-annotations.js';
import type { EventContext } from './event-context.js';
import type { ActionInputs } from './inputs.js';
import { publish, type CommentPlan } from './publish.js';
import { mergeResults } from './results.js';
import { parseRunResults } from './results-schema.js';
import { taskOrigins, trustResults } from './trust-results.js';

/** Where to read: the REST API for another run or a re-run attempt (with the token), else the runner's service. */
function resultsSource(inputs: ActionInputs, ctx: EventContext, runId: number, env: NodeJS.ProcessEnv): ResultsSource {
  const rest = { runId, owner: ctx.owner, repo: ctx.repo, token: inputs.githubToken };
  if (runId !== ctx.runId) {
    if (!inputs.githubToken) throw new Error(`mode report reads run ${runId} through the REST API, which needs github-token (with actions: read)`);
    return { rest };
  }
  // The runner's artifact service serves only the current attempt: attempt 1's shards 404 there.
  if (ctx.runAttempt > 1) {
    if (inputs.githubToken) return { rest };
    core.warning(`attempt ${ctx.runAttempt} of this run and no github-token: only this attempt's results can be read (give the job actions: read and github-token)`);
  }
  if (!artifactsAvailable(env)) throw new Error('mode report needs the artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL), which runners set');
  return {};
}

/** Download, check, merge, publish. */
export async function reportMode(inputs: ActionInputs, ctx: EventContext, env: NodeJS.ProcessEnv): Promise<void> {
  const runId = inputs.runId ?? ctx.workflowRun?.id ?? ctx.runId;
  const source = resultsSource(inputs, ctx, runId, env);
  core.info(`report: reading run ${runId}${source.rest ? ' through the REST API' : ''}`);
  const got = await downloadResults(source, (all) => pickResultsArtifacts(all, inputs.artifactPrefix), parseRunResults);
  core.info(`report: ${got.parts.length} results artifact${got.parts.length === 1 ? '' : 's'} from run ${runId}: ${got.parts.map((p) => p.shard ?? 'single').join(', ')}`);

  const rules = {
    listed: got.listed,
    artifactUrl: (id: number) => artifactUrl({ serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, runId, retentionDays: undefined }, id),
    taskOrigins: taskOrigins([env.NEMO_WEB_URL || DEFAULT_WEB_URL, inputs.nemoApiUrl || env.NEMO_API_URL]),
  };
  const merged = mergeResults(got.parts.map((p) => trustResults({ ...p.results, shard: p.shard }, rules)));
  const unreadable = got.unreadable.map((u) => `${u.shard ? `shard ${u.shard}` : 'the results'}: artifact ${u.artifact} could not be read (${u.reason})`);
  const absent = missingShards([...got.parts, ...got.unreadable]).map((m) =>
    m === 'no results artifact was found' ? `no ${resultsArtifactName(inputs.artifactPrefix, null, 1)} artifact was found in run ${runId}` : m,
  );
  merged.missing = [...absent, ...unreadable];
  if (runId !== ctx.runId) merged.untrusted = true;
  // The summary lists every one; the annotations fold past 10 (one slot left for the comment's warning).
  emitAnnotations(foldAnnotations(merged.missing.map((message) => ({ level: 'warning' as const, title: 'Voiceover results missing', message })), { reserveWarning: true }).shown);

  let pr: CommentPlan | undefined;
  if (ctx.pullRequest) pr = { number: ctx.pullRequest.number };
  else if (ctx.workflowRun) {
    // workflow_run: the triggering run was untrusted; comment only on the pull request whose head it ran on.
    const number = ctx.workflowRun.pullRequests[0] ?? merged.pullRequest?.number;
    if (number !== undefined) pr = { number, expectHead: ctx.workflowRun.headSha };
  }
  await publish(merged, inputs, ctx, pr);
}
