// Fan-out as a workflow runs it: mode plan → the matrix; two shard jobs (one handed its items through
// `only`, one planning again) upload their videos and results; mode report downloads every shard's
// results and writes one summary, one comment and the outputs. A re-run's report (attempt 2) reads
// attempt 1's shards through the REST API; a missing shard is named and fails the report. One video is
// named `results`: its artifact must not take the results artifact's name.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClip } from '../helpers/media.js';
import { runStep } from './helpers/action-process.js';
import { startAzurite, type Azurite } from './helpers/azurite.js';
import { startGitHubApi, type GitHubApi } from './helpers/github-api.js';
import { initRepo, type GitRepo } from './helpers/git-repo.js';
import { startResultsService, type ResultsService } from './helpers/results-service.js';

let azurite: Azurite;
let service: ResultsService;
let api: GitHubApi;
let repo: GitRepo;

const PR = {
  name: 'pull_request',
  payload: { number: 3, pull_request: { number: 3, head: { sha: 'c0ffee'.padEnd(40, '0'), repo: { full_name: 'octo/demo' } }, base: { repo: { full_name: 'octo/demo' } } }, repository: { full_name: 'octo/demo' } },
};

beforeAll(async () => {
  [azurite, repo] = await Promise.all([startAzurite(), initRepo()]);
  service = await startResultsService(azurite);
  // The REST API lists every attempt's artifacts of a run (the runner's service only the current attempt's).
  api = await startGitHubApi('octo', 'demo', {
    list: (runId) => service.artifacts.filter((a) => a.finalized && a.runId.startsWith(`run-${runId}`)),
    downloadUrl: (id) => {
      const artifact = service.artifacts.find((a) => a.id === id);
      return artifact && azurite.signedUrl(artifact.blob);
    },
  });
  const lengths = { long: 3, mid: 2, results: 1 };
  for (const [name, duration] of Object.entries(lengths)) await makeClip(join(repo.dir, `media/${name}.mp4`), { duration, width: 160, height: 90 });
  const videos = Object.keys(lengths).flatMap((name) => [`  - name: ${name}`, `    video: media/${name}.mp4`, `    script: "[00:00.1] The ${name} one."`]);
  await repo.write('voiceover.config.yml', `${['version: 1', 'defaults:', '  output: { resolution: keep }', 'videos:', ...videos].join('\n')}\n`);
}, 120_000);

afterAll(async () => {
  await Promise.all([service?.stop(), api?.stop()]);
  await azurite?.stop();
});

describe('plan → two shards → report', () => {
  it('plans, runs both shards, and reports once', async () => {
    const job = (id: string) => ({ ...service.jobEnv('run-77', id), GITHUB_API_URL: api.url, GITHUB_RUN_ID: '77' });
    const plan = await runStep({ cwd: repo.dir, event: PR, inputs: { mode: 'plan', shards: '2' }, env: job('plan') });
    expect(plan.code).toBe(0);
    const matrix = JSON.parse(plan.outputs.matrix!);
    expect(matrix).toEqual({
      include: [
        { shard: '1/2', items: ['long'], duration_s: 3 },
        { shard: '2/2', items: ['mid', 'results'], duration_s: 3 },
      ],
    });
    expect(plan.summary).toContain('| 2/2 | mid, results | 3 s |');

    const [one, two] = await Promise.all([
      runStep({ cwd: repo.dir, event: PR, inputs: { shard: '1/2', only: matrix.include[0].items.join('\n'), 'github-token': 'ghs_t' }, env: job('shard-1') }),
      // The second shard is not handed its items: it plans again and takes its share.
      runStep({ cwd: repo.dir, event: PR, inputs: { shard: '2/2', 'github-token': 'ghs_t' }, env: job('shard-2') }),
    ]);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(JSON.parse(one.outputs.results!).items.map((i: { name: string }) => i.name)).toEqual(['long']);
    expect(JSON.parse(two.outputs.results!).items.map((i: { name: string }) => i.name)).toEqual(['mid', 'results']);
    expect(api.requests).toEqual([]); // shards leave the comment to the report job
    expect(service.artifacts.map((a) => a.name).sort()).toEqual([
      'voiceover-long-1of2', 'voiceover-mid-2of2', 'voiceover-results-2of2', 'voiceover~results-1of2', 'voiceover~results-2of2',
    ]);

    const report = await runStep({ cwd: repo.dir, event: PR, inputs: { mode: 'report', 'github-token': 'ghs_t' }, env: job('report') });
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('report: 2 results artifacts from run 77: 1/2, 2/2');
    expect(report.outputs).toMatchObject({ delivered: '3', failed: '0', skipped: '0' });
    const urls = JSON.parse(report.outputs['artifact-urls']!);
    const id = (name: string) => service.artifacts.find((a) => a.name === name)!.id;
    expect(urls).toEqual({
      long: `https://github.com/octo/demo/actions/runs/77/artifacts/${id('voiceover-long-1of2')}`,
      mid: `https://github.com/octo/demo/actions/runs/77/artifacts/${id('voiceover-mid-2of2')}`,
      results: `https://github.com/octo/demo/actions/runs/77/artifacts/${id('voiceover-results-2of2')}`,
    });
    expect(JSON.parse(report.outputs.results!).items.map((i: { name: string }) => i.name)).toEqual(['long', 'mid', 'results']);
    expect(report.summary).toContain('**3 delivered · 0 failed · 0 skipped** · backend local · config `voiceover.config.yml`\n');
    for (const name of ['long', 'mid', 'results']) expect(report.summary).toMatch(new RegExp(`^\\| ${name} \\| ✅ delivered \\| .*\\[artifact\\]\\(${urls[name]}\\) \\|$`, 'm'));
    expect(api.requests).toEqual(['GET /repos/octo/demo/issues/3/comments', 'POST /repos/octo/demo/issues/3/comments']);
    expect(api.comments[0]!.body).toContain('**3 delivered · 0 failed · 0 skipped**');
  });

  it('on a re-run (attempt 2) reads attempt 1\'s shards through the REST API with the token', async () => {
    api.requests.length = 0;
    // Attempt 2 has its own backend run: the runner's service lists none of attempt 1's artifacts there.
    const env = { ...service.jobEnv('run-77-attempt2', 'report'), GITHUB_API_URL: api.url, GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2' };
    const report = await runStep({ cwd: repo.dir, event: PR, inputs: { mode: 'report', 'github-token': 'ghs_t' }, env });
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('report: reading run 77 through the REST API');
    expect(report.stdout).toContain('report: 2 results artifacts from run 77: 1/2, 2/2');
    expect(report.outputs).toMatchObject({ delivered: '3', failed: '0' });
    const ids = ['voiceover~results-1of2', 'voiceover~results-2of2'].map((n) => service.artifacts.find((a) => a.name === n)!.id);
    expect(api.requests.slice(0, 3).sort()).toEqual([
      'GET /repos/octo/demo/actions/runs/77/artifacts',
      ...ids.map((i) => `GET /repos/octo/demo/actions/artifacts/${i}/zip`),
    ].sort());
    expect(api.requests.slice(3)).toEqual(['GET /repos/octo/demo/issues/3/comments', `PATCH /repos/octo/demo/issues/comments/${api.comments[0]!.id}`]);
  });

  it('fails the report naming the shard whose results are missing', async () => {
    const job = (id: string) => ({ ...service.jobEnv('run-78', id), GITHUB_API_URL: api.url, GITHUB_RUN_ID: '78' });
    const plan = await runStep({ cwd: repo.dir, event: PR, inputs: { mode: 'plan', shards: '2' }, env: job('plan') });
    const matrix = JSON.parse(plan.outputs.matrix!);
    // Only shard 1 of 2 uploads its results (shard 2's job never ran).
    // force: the first test's shards already delivered `long` into this checkout's out/ (on runners each
    // shard has its own); unforced it is skipped. (It used to pass only while a lost update of the run
    // state by the two shards dropped `long`'s entry, and failed when the other shard wrote last.)
    const one = await runStep({ cwd: repo.dir, event: PR, inputs: { shard: '1/2', only: matrix.include[0].items.join('\n'), force: 'true' }, env: job('shard-1') });
    expect(one.code).toBe(0);
    api.requests.length = 0;
    const report = await runStep({ cwd: repo.dir, event: PR, inputs: { mode: 'report', 'github-token': 'ghs_t' }, env: job('report') });
    expect(report.code).toBe(1);
    expect(report.commands).toContain('::warning title=Voiceover results missing::shard 2/2 has no results artifact');
    expect(report.commands).toContain('::error::results are missing (fail-on: error): shard 2/2 has no results artifact');
    expect(report.summary).toContain('### Missing results\n\n- ❌ `shard 2/2 has no results artifact`\n');
    expect(api.comments[0]!.body).toContain('**Missing results**\n\n- ❌ `shard 2/2 has no results artifact`');
    expect(report.outputs).toMatchObject({ delivered: '1', failed: '0' });

    const lenient = await runStep({ cwd: repo.dir, event: PR, inputs: { mode: 'report', 'github-token': 'ghs_t', 'fail-on': 'never' }, env: job('report-2') });
    expect(lenient.code).toBe(0);
  });
});
