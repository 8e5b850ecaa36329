// mode: report — gather every shard's results (this run's, or a triggering run's for workflow_run)
// into one summary, one comment and one set of outputs.

import * as core from '@actions/core';
import { pickResultsArtifacts } from './artifact-names.js';
import { artifactsAvailable, downloadResults, type ResultsSource } from './artifacts.js';
import type { EventContext } from './event-context.js';
import type { ActionInputs } from './inputs.js';
import { publish, type CommentPlan } from './publish.js';
import { mergeResults } from './results.js';

/** Download, merge, publish. */
export async function reportMode(inputs: ActionInputs, ctx: EventContext, env: NodeJS.ProcessEnv): Promise<void> {
  const runId = inputs.runId ?? ctx.workflowRun?.id ?? ctx.runId;
  const source: ResultsSource = {};
  if (runId !== ctx.runId) source.other = { runId, owner: ctx.owner, repo: ctx.repo, token: inputs.githubToken };
  if (!artifactsAvailable(env) && !source.other) throw new Error('mode report needs the artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL), which runners set');
  const parts = await downloadResults(source, (all) => pickResultsArtifacts(all, inputs.artifactPrefix));
  core.info(`report: ${parts.length} results artifact${parts.length === 1 ? '' : 's'} from run ${runId}: ${parts.map((p) => p.shard ?? 'single').join(', ')}`);
  if (parts.length === 0) core.warning(`no ${inputs.artifactPrefix}-results artifact found in run ${runId}`);
  const merged = mergeResults(parts);
  let pr: CommentPlan | undefined;
  if (ctx.pullRequest) pr = { number: ctx.pullRequest.number };
  else if (ctx.workflowRun) {
    // workflow_run: the triggering run was untrusted; comment only on the pull request whose head it ran on.
    const number = ctx.workflowRun.pullRequests[0] ?? merged.pullRequest?.number;
    if (number !== undefined) pr = { number, expectHead: ctx.workflowRun.headSha };
  }
  await publish(merged, inputs, ctx, pr);
}
