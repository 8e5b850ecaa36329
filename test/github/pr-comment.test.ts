// The sticky pull-request comment against a stand-in of GitHub's REST API: one comment created, then
// updated on the next run (never a second one); a fork's pull request gets no comment and a summary note.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClip } from '../helpers/media.js';
import { runStep } from './helpers/action-process.js';
import { startGitHubApi, type GitHubApi } from './helpers/github-api.js';
import { initRepo, type GitRepo } from './helpers/git-repo.js';

const HEAD = 'abcdef1234567890abcdef1234567890abcdef12';
const prEvent = (headRepo: string) => ({
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, head: { sha: HEAD, repo: { full_name: headRepo } }, base: { sha: '1'.repeat(40), repo: { full_name: 'octo/demo' } } },
    repository: { full_name: 'octo/demo', default_branch: 'main' },
  },
});

let api: GitHubApi;
let repo: GitRepo;

beforeAll(async () => {
  api = await startGitHubApi();
  api.comments.push({ id: 1, issue: 7, body: 'Looks good to me!', user: { login: 'reviewer' } });
  repo = await initRepo();
  await makeClip(join(repo.dir, 'media/intro.mp4'), { duration: 1.5, width: 320, height: 180 });
  await repo.write('voiceover.config.yml', 'version: 1\ndefaults:\n  output: { resolution: keep }\nvideos:\n  - name: intro\n    video: media/intro.mp4\n    script: "[00:00.2] Hello from the pull request."\n');
});

afterAll(async () => api?.stop());

const step = (headRepo: string) =>
  runStep({ cwd: repo.dir, event: prEvent(headRepo), inputs: { 'github-token': 'ghs_prtoken' }, env: { GITHUB_API_URL: api.url } });

describe('sticky pull-request comment', () => {
  it('creates one comment with the marker, then updates that same comment on the next run', async () => {
    const first = await step('octo/demo');
    expect(first.code).toBe(0);
    expect(api.requests).toEqual(['GET /repos/octo/demo/issues/7/comments', 'POST /repos/octo/demo/issues/7/comments']);
    expect(api.comments).toHaveLength(2);
    const ours = api.comments[1]!;
    expect(ours.body.startsWith('<!-- voiceover-action -->\n### Voiceover\n\n**1 delivered · 0 failed · 0 skipped** for abcdef1\n')).toBe(true);
    expect(first.stdout).toContain(`comment created on pull request #7: https://github.com/octo/demo/pull/7#issuecomment-${ours.id}`);

    api.requests.length = 0;
    const second = await step('octo/demo');
    expect(second.code).toBe(0);
    expect(api.requests).toEqual(['GET /repos/octo/demo/issues/7/comments', `PATCH /repos/octo/demo/issues/comments/${ours.id}`]);
    expect(api.comments.map((c) => c.id)).toEqual([1, ours.id]);
    expect(api.comments[0]!.body).toBe('Looks good to me!');
    expect(ours.body).toBe(
      [
        '<!-- voiceover-action -->',
        '### Voiceover',
        '',
        '**0 delivered · 0 failed · 1 skipped** for abcdef1',
        '',
        '| Video | Status | Duration | Links |',
        '|---|---|---|---|',
        '| intro | ⏭️ skipped | 0:01.5 | — |',
        '',
        'Details: [job summary](https://github.com/octo/demo/actions/runs/1234)',
        '',
      ].join('\n'),
    );
  });

  it('on a fork pull request: no API call, and the summary explains the workflow_run pattern', async () => {
    api.requests.length = 0;
    const fork = await step('someone/demo-fork');
    expect(fork.code).toBe(0);
    expect(api.requests).toEqual([]);
    expect(fork.stdout).toContain('no pull request comment: pull request from a fork (read-only token)');
    expect(fork.summary).toContain(
      '> This pull request comes from a fork: its workflow token is read-only and secrets are absent, so no comment was posted and the nemo backend could not be used. ' +
        'To comment on pull requests from forks safely, run the action again from a `workflow_run` workflow with `mode: report` (see "Pull requests from forks" in the README).',
    );
  });
});
