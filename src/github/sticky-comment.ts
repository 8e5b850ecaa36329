// Create or update the one pull-request comment that carries the marker (never a second one).

import { getOctokit } from '@actions/github';
import { COMMENT_MARKER } from './comment-body.js';

/** Where the comment goes. */
export interface CommentTarget {
  token: string;
  owner: string;
  repo: string;
  issueNumber: number;
}

/** Update the marked comment when there is one, else create it; says which happened. */
export async function upsertStickyComment(target: CommentTarget, body: string): Promise<{ action: 'created' | 'updated'; id: number; url: string }> {
  const octokit = getOctokit(target.token);
  const { owner, repo } = target;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: target.issueNumber, per_page: 100 });
  const existing = comments.find((c) => c.body?.includes(COMMENT_MARKER));
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: target.issueNumber, body });
  return { action: 'created', id: data.id, url: data.html_url };
}

/** The head commit of a pull request (to check a workflow_run's results belong to it). */
export async function pullRequestHead(target: CommentTarget): Promise<string> {
  const octokit = getOctokit(target.token);
  const { data } = await octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.issueNumber });
  return data.head.sha;
}
