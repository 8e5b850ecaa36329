// Hand the results to people: the job summary, the sticky PR comment, the outputs and the exit status.

import * as core from '@actions/core';
import { commentBody } from './comment-body.js';
import { runUrl, type EventContext } from './event-context.js';
import type { ActionInputs } from './inputs.js';
import { outputValues, RESULTS_OUTPUT_NOTE, setOutputs } from './outputs.js';
import { statusCounts, type RunResults } from './results.js';
import { summaryMarkdown } from './summary-markdown.js';

/** What the summary says on a fork's pull request. */
export const FORK_NOTE =
  'This pull request comes from a fork: its workflow token is read-only and secrets are absent, so no comment was posted and the nemo backend could not be used. ' +
  'To comment on pull requests from forks safely, run the action again from a `workflow_run` workflow with `mode: report` (see "Pull requests from forks" in the README).';

/** The pull request to comment on, if any: the event's own, or for workflow_run the one the results name. */
export interface CommentPlan {
  number: number;
  /** When set, the pull request's head must be this commit (workflow_run: results come from an untrusted run). */
  expectHead?: string;
}

/** Whether to comment, and whether a new comment may be created or only an existing one updated (pure). */
export function shouldComment(
  inputs: Pick<ActionInputs, 'comment' | 'githubToken'>,
  results: RunResults,
  pr: CommentPlan | undefined,
  fork: boolean,
): { yes: boolean; create: boolean; why: string } {
  if (inputs.comment === 'never') return { yes: false, create: false, why: 'comment: never' };
  if (!pr) return { yes: false, create: false, why: 'not a pull request' };
  if (fork) return { yes: false, create: false, why: 'pull request from a fork (read-only token)' };
  if (!inputs.githubToken) return { yes: false, create: false, why: 'no github-token' };
  const somethingHappened = results.report.items.length > 0 || results.failure !== undefined || (results.missing?.length ?? 0) > 0;
  // An existing comment is always brought up to date: an old green comment must not outlive a broken config.
  if (inputs.comment === 'auto' && !somethingHappened) return { yes: true, create: false, why: 'no video ran (comment: auto): only an existing comment is updated' };
  return { yes: true, create: true, why: '' };
}

/** Why the step fails, if it does: nothing could run, a shard's results are missing, or (fail-on: error) a video failed. */
export function failureMessage(results: RunResults, failOn: ActionInputs['failOn']): string | undefined {
  if (results.failure) return results.failure;
  if (failOn !== 'error') return undefined;
  const missing = results.missing ?? [];
  if (missing.length) return `results are missing (fail-on: error): ${missing.join('; ')}`;
  const failed = statusCounts(results.report.items).failed;
  return failed > 0 ? `${failed} video${failed === 1 ? '' : 's'} failed (fail-on: error)` : undefined;
}

/** Write the summary, post the comment, set the outputs, and fail the step per fail-on. */
export async function publish(results: RunResults, inputs: ActionInputs, ctx: EventContext, pr: CommentPlan | undefined, warn: (message: string) => void = core.warning): Promise<void> {
  // pull_request_target runs in the base repository with its token and secrets: only pull_request is read-only.
  const fork = ctx.pullRequest?.fork === true && ctx.eventName === 'pull_request';
  if (fork && !results.notes.includes(FORK_NOTE)) results.notes.push(FORK_NOTE);
  const url = runUrl(ctx);
  const values = outputValues(results, () => results.notes.includes(RESULTS_OUTPUT_NOTE) || results.notes.push(RESULTS_OUTPUT_NOTE));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(results, { runUrl: url })).write({ overwrite: false });

  const decision = shouldComment(inputs, results, pr, fork);
  if (decision.yes && pr) {
    try {
      const { upsertStickyComment, pullRequestHead } = await import('./sticky-comment.js');
      const target = { token: inputs.githubToken, owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number };
      if (pr.expectHead && (await pullRequestHead(target)) !== pr.expectHead) {
        warn(`pull request #${pr.number} has moved past ${pr.expectHead.slice(0, 7)}: no comment for these results`);
      } else {
        const body = commentBody(results, { runUrl: url, sha: pr.expectHead ?? ctx.pullRequest?.headSha, prefix: inputs.artifactPrefix });
        const done = await upsertStickyComment(target, body, { create: decision.create, prefix: inputs.artifactPrefix });
        core.info(done.action === 'none' ? `no pull request comment: ${decision.why}, and there is none yet` : `comment ${done.action} on pull request #${pr.number}: ${done.url}`);
      }
    } catch (error) {
      warn(`could not comment on pull request #${pr.number}: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    core.info(`no pull request comment: ${decision.why}`);
  }

  setOutputs(values);
  const failure = failureMessage(results, inputs.failOn);
  if (failure) core.setFailed(failure);
}
