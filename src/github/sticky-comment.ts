// Create or update the one pull-request comment that carries the marker (never a second one). Only a
// comment written by a bot (or by the token's own user) is adopted: anyone can paste the marker.

import { getOctokit } from '@actions/github';
import { commentMarker, LEGACY_COMMENT_MARKER } from './comment-body.js';

/** Where the comment goes. */
export interface CommentTarget {
  token: string;
  owner: string;
  repo: string;
  issueNumber: number;
}

type Octokit = ReturnType<typeof getOctokit>;

/** The login the token acts as, when GitHub says (an installation token such as GITHUB_TOKEN cannot ask). */
async function tokenLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return undefined;
  }
}

/**
 * Update the marked comment of `prefix` when there is one (every page of comments is read), else create
 * it unless `create` is false; says which happened.
 */
export async function upsertStickyComment(
  target: CommentTarget,
  body: string,
  options: { create?: boolean; prefix?: string } = {},
): Promise<{ action: 'created' | 'updated' | 'none'; id: number; url: string }> {
  const octokit = getOctokit(target.token);
  const { owner, repo } = target;
  const prefix = options.prefix ?? 'voiceover';
  const markers = [commentMarker(prefix), ...(prefix === 'voiceover' ? [LEGACY_COMMENT_MARKER] : [])];
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: target.issueNumber, per_page: 100 });
  const marked = comments.filter((c) => markers.some((m) => c.body?.includes(m)));
  let existing = marked.find((c) => c.user?.type === 'Bot');
  if (!existing && marked.length) {
    const login = await tokenLogin(octokit);
    existing = login ? marked.find((c) => c.user?.login === login) : undefined;
  }
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  if (options.create === false) return { action: 'none', id: 0, url: '' };
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: target.issueNumber, body });
  return { action: 'created', id: data.id, url: data.html_url };
}

/** The head commit of a pull request (to check a workflow_run's results belong to it). */
export async function pullRequestHead(target: CommentTarget): Promise<string> {
  const octokit = getOctokit(target.token);
  const { data } = await octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.issueNumber });
  return data.head.sha;
}
