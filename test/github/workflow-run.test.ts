// The fork-safe pattern: a fork's pull_request run renders with the local backend and uploads its results;
// a trusted workflow_run job (mode report) reads them through the REST artifact API and comments, only
// while the pull request's head is still the commit that was built.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClip } from '../helpers/media.js';
import { runStep } from './helpers/action-process.js';
import { startAzurite, type Azurite } from './helpers/azurite.js';
import { startGitHubApi, type GitHubApi } from './helpers/github-api.js';
import { initRepo, type GitRepo } from './helpers/git-repo.js';
import { startResultsService, type ResultsService } from './helpers/results-service.js';

const HEAD = '9'.repeat(40);
let azurite: Azurite;
let service: ResultsService;
let api: GitHubApi;
let repo: GitRepo;

beforeAll(async () => {
  azurite = await startAzurite();
  service = await startResultsService(azurite);
  api = await startGitHubApi('octo', 'demo', {
    list: (runId) => service.artifacts.filter((a) => a.finalized && a.runId === `run-${runId}`),
    downloadUrl: (id) => {
      const artifact = service.artifacts.find((a) => a.id === id);
      return artifact && azurite.signedUrl(artifact.blob);
    },
  });
  repo = await initRepo();
  await makeClip(join(repo.dir, 'media/intro.mp4'), { duration: 1, width: 160, height: 90 });
  await repo.write('voiceover.config.yml', 'version: 1\ndefaults:\n  output: { resolution: keep }\nvideos:\n  - name: intro\n    video: media/intro.mp4\n    script: "[00:00.1] From a fork."\n');
}, 60_000);

afterAll(async () => {
  await Promise.all([service?.stop(), api?.stop()]);
  await azurite?.stop();
});

const forkPr = {
  name: 'pull_request',
  payload: { number: 9, pull_request: { number: 9, head: { sha: HEAD, repo: { full_name: 'someone/demo' } }, base: { repo: { full_name: 'octo/demo' } } }, repository: { full_name: 'octo/demo' } },
};
const workflowRun = { name: 'workflow_run', payload: { workflow_run: { id: 555, event: 'pull_request', head_sha: HEAD, pull_requests: [] }, repository: { full_name: 'octo/demo' } } };

describe('pull request from a fork → workflow_run report', () => {
  it('renders and uploads on the fork run, then comments from the trusted run (and not after the head moved)', async () => {
    const pr = await runStep({ cwd: repo.dir, event: forkPr, inputs: { backend: 'local', comment: 'never' }, env: { ...service.jobEnv('run-555', 'pr'), GITHUB_RUN_ID: '555', GITHUB_API_URL: api.url } });
    expect(pr.code).toBe(0);
    expect(service.artifacts.map((a) => a.name)).toEqual(['voiceover-intro', 'voiceover-results']);
    expect(api.requests).toEqual([]);

    api.pullHeads.set(9, HEAD);
    // The trusted job has no checkout: it reads the results only.
    const emptyDir = (await initRepo('voiceover-trusted-')).dir;
    const trusted = () =>
      runStep({ cwd: emptyDir, event: workflowRun, inputs: { mode: 'report', 'github-token': 'ghs_write' }, env: { ...service.jobEnv('run-556', 'comment'), GITHUB_RUN_ID: '556', GITHUB_API_URL: api.url } });
    const report = await trusted();
    expect(report.code).toBe(0);
    const id = service.artifacts.find((a) => a.name === 'voiceover-results')!.id;
    expect(api.requests).toEqual([
      'GET /repos/octo/demo/actions/runs/555/artifacts',
      `GET /repos/octo/demo/actions/artifacts/${id}/zip`,
      'GET /repos/octo/demo/pulls/9',
      'GET /repos/octo/demo/issues/9/comments',
      'POST /repos/octo/demo/issues/9/comments',
    ]);
    expect(api.comments[0]!.body).toContain('**1 delivered · 0 failed · 0 skipped** for 9999999');
    expect(report.outputs).toMatchObject({ delivered: '1', failed: '0' });
    expect(JSON.parse(report.outputs['artifact-urls']!)).toEqual({ intro: `https://github.com/octo/demo/actions/runs/555/artifacts/${service.artifacts[0]!.id}` });

    api.requests.length = 0;
    api.pullHeads.set(9, '8'.repeat(40));
    const moved = await trusted();
    expect(moved.commands).toContain('::warning::pull request #9 has moved past 9999999: no comment for these results');
    expect(api.requests.filter((r) => r.includes('/comments'))).toEqual([]);
  });
});
