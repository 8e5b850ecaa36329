// The sticky pull-request comment against a stand-in of GitHub's REST API: one comment created, then
// updated on the next run (never a second one), also when the config breaks; a fork's pull request gets
// no comment and a summary note; only a bot's marked comment (on any page) is adopted, one per prefix.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClip } from '../helpers/media.js';
import { runStep } from './helpers/action-process.js';
import { startGitHubApi, type GitHubApi } from './helpers/github-api.js';
import { initRepo, type GitRepo } from './helpers/git-repo.js';

const HEAD = 'abcdef1234567890abcdef1234567890abcdef12';
const prEvent = (headRepo: string, number = 7) => ({
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: HEAD, repo: { full_name: headRepo } }, base: { sha: '1'.repeat(40), repo: { full_name: 'octo/demo' } } },
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

const step = (headRepo: string, number = 7, inputs: Record<string, string> = {}) =>
  runStep({ cwd: repo.dir, event: prEvent(headRepo, number), inputs: { 'github-token': 'ghs_prtoken', ...inputs }, env: { GITHUB_API_URL: api.url } });

// The comment's Measured cell of a run's one video, from its results' qa (measured on the delivered file when it was made).
const measuredCell = (run: Awaited<ReturnType<typeof step>>): string => {
  const { qa } = JSON.parse(run.outputs.results!).items[0];
  expect(Math.abs(qa.onset_error_ms.max)).toBeLessThanOrEqual(1000 / 30);
  expect(qa.lines_off).toBe(0);
  const onset = `${qa.onset_error_ms.max > 0 ? '+' : ''}${qa.onset_error_ms.max} ms`;
  return `onset ${onset} · ${qa.integrated_lufs.toFixed(1)} LUFS, ${qa.true_peak_dbtp.toFixed(1)} dBTP, ${qa.clipped_samples} clipped`;
};

describe('sticky pull-request comment', () => {
  it('creates one comment with the marker, then updates that same comment on the next run', async () => {
    const first = await step('octo/demo');
    expect(first.code).toBe(0);
    expect(api.requests).toEqual(['GET /repos/octo/demo/issues/7/comments', 'POST /repos/octo/demo/issues/7/comments']);
    expect(api.comments).toHaveLength(2);
    const ours = api.comments[1]!;
    expect(ours.body.startsWith('<!-- voiceover-action prefix=voiceover -->\n### Voiceover\n\n**1 delivered · 0 failed · 0 skipped** for abcdef1\n')).toBe(true);
    expect(first.stdout).toContain(`comment created on pull request #7: https://github.com/octo/demo/pull/7#issuecomment-${ours.id}`);

    api.requests.length = 0;
    const second = await step('octo/demo');
    expect(second.code).toBe(0);
    expect(api.requests).toEqual(['GET /repos/octo/demo/issues/7/comments', `PATCH /repos/octo/demo/issues/comments/${ours.id}`]);
    expect(api.comments.map((c) => c.id)).toEqual([1, ours.id]);
    expect(api.comments[0]!.body).toBe('Looks good to me!');
    expect(ours.body).toBe(
      [
        '<!-- voiceover-action prefix=voiceover -->',
        '### Voiceover',
        '',
        '**0 delivered · 0 failed · 1 skipped** for abcdef1',
        '',
        // The Measured column is new (deliberately): the skipped video keeps the figures measured when it was made.
        '| Video | Status | Duration | Measured | Links |',
        '|---|---|---|---|---|',
        `| intro | ⏭️ skipped | 0:01.5 | ${measuredCell(second)} | — |`,
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

  it('updates the comment when the config breaks, so no old green comment stays', async () => {
    const good = 'version: 1\ndefaults:\n  output: { resolution: keep }\nvideos:\n  - name: intro\n    video: media/intro.mp4\n    script: "[00:00.2] Hello from the pull request."\n';
    await repo.write('voiceover.config.yml', good.replace('video: media/intro.mp4', 'vidoe: media/intro.mp4'));
    api.requests.length = 0;
    const broken = await step('octo/demo');
    await repo.write('voiceover.config.yml', good);
    expect(broken.code).toBe(1);
    const ours = api.comments.find((c) => c.issue === 7 && c.user.type === 'Bot')!;
    expect(api.requests).toEqual(['GET /repos/octo/demo/issues/7/comments', `PATCH /repos/octo/demo/issues/comments/${ours.id}`]);
    expect(ours.body).toContain('**0 delivered · 0 failed · 0 skipped** for abcdef1\n\n❌ Nothing was run: `voiceover.config.yml is invalid: nothing was run`\n');
    expect(ours.body).toContain('\n- `` voiceover.config.yml:6:5 unknown key `vidoe` in `videos[0]`; did you mean `video`?');
  });

  it('adopts only a bot\'s marked comment, found past the first page; another prefix gets its own', async () => {
    const marker = '<!-- voiceover-action prefix=voiceover -->';
    api.comments.push({ id: 2, issue: 8, body: `${marker}\nquoted by a person`, user: { login: 'mallory', type: 'User' } });
    for (let i = 0; i < 120; i++) api.comments.push({ id: 10 + i, issue: 8, body: `chatter ${i}`, user: { login: 'reviewer', type: 'User' } });
    api.comments.push({ id: 500, issue: 8, body: `${marker}\nold results`, user: { login: 'github-actions[bot]', type: 'Bot' } });
    api.requests.length = 0;
    const run = await step('octo/demo', 8);
    expect(run.code).toBe(0);
    expect(api.requests).toEqual([
      'GET /repos/octo/demo/issues/8/comments',
      'GET /repos/octo/demo/issues/8/comments',
      'PATCH /repos/octo/demo/issues/comments/500',
    ]);
    expect(api.comments.find((c) => c.id === 2)!.body).toBe(`${marker}\nquoted by a person`);
    expect(api.comments.find((c) => c.id === 500)!.body).toContain('for abcdef1');

    api.requests.length = 0;
    const other = await step('octo/demo', 8, { 'artifact-prefix': 'docs' });
    expect(other.code).toBe(0);
    expect(api.requests.at(-1)).toBe('POST /repos/octo/demo/issues/8/comments');
    expect(api.comments.at(-1)!.body.startsWith('<!-- voiceover-action prefix=docs -->\n')).toBe(true);
  });
});
