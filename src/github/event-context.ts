// What the workflow run is about: the GITHUB_* variables and the event payload, read once.

import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The pull request a run belongs to. */
export interface PullRequestRef {
  number: number;
  headSha: string | undefined;
  /** The token is read-only and secrets are absent: the head lives in another (or a deleted) repository, or Dependabot opened it. */
  fork: boolean;
}

/** The run's context, from the environment a runner sets. */
export interface EventContext {
  eventName: string;
  owner: string;
  repo: string;
  runId: number;
  runAttempt: number;
  serverUrl: string;
  workspace: string;
  sha: string;
  /** push events: the range pushed. */
  push?: { before: string; after: string; forced: boolean };
  pullRequest?: PullRequestRef;
  /** workflow_run events: the run that triggered this one. */
  workflowRun?: { id: number; headSha: string; pullRequests: number[] };
  defaultBranch: string | undefined;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Parse the event payload (pure): push range, pull request, triggering workflow run. */
export function eventDetails(eventName: string, payload: Json): Pick<EventContext, 'push' | 'pullRequest' | 'workflowRun' | 'defaultBranch'> {
  const details: Pick<EventContext, 'push' | 'pullRequest' | 'workflowRun' | 'defaultBranch'> = {
    defaultBranch: str(obj(payload.repository).default_branch),
  };
  if (eventName === 'push' && str(payload.after)) {
    details.push = { before: str(payload.before) ?? '', after: str(payload.after)!, forced: payload.forced === true };
  }
  const pr = obj(payload.pull_request);
  if (typeof pr.number === 'number') {
    const head = obj(pr.head);
    const headRepo = str(obj(head.repo).full_name);
    const baseRepo = str(obj(obj(pr.base).repo).full_name) ?? str(obj(payload.repository).full_name);
    // Read-only token and no secrets: a fork, a deleted fork (head.repo is null), or Dependabot's pull requests.
    const deletedFork = 'repo' in head && head.repo === null;
    const dependabot = str(obj(payload.sender).login) === 'dependabot[bot]' || str(obj(pr.user).login) === 'dependabot[bot]';
    details.pullRequest = { number: pr.number, headSha: str(head.sha), fork: deletedFork || dependabot || (headRepo !== undefined && headRepo !== baseRepo) };
  }
  const run = obj(payload.workflow_run);
  if (typeof run.id === 'number') {
    const prs = Array.isArray(run.pull_requests) ? run.pull_requests.map((p) => obj(p).number).filter((n): n is number => typeof n === 'number') : [];
    details.workflowRun = { id: run.id, headSha: str(run.head_sha) ?? '', pullRequests: prs };
  }
  return details;
}

/** Read the context from the environment (GITHUB_EVENT_PATH is read when set). */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  let payload: Json = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = obj(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')));
    } catch {
      payload = {};
    }
  }
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  return {
    eventName,
    owner,
    repo,
    runId: Number(env.GITHUB_RUN_ID ?? 0),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    workspace: path.resolve(env.GITHUB_WORKSPACE ?? process.cwd()),
    sha: env.GITHUB_SHA ?? '',
    ...eventDetails(eventName, payload),
  };
}

/** The page of this workflow run. */
export function runUrl(ctx: EventContext): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
