// Fan-out as a workflow runs it: mode plan → the matrix; two shard jobs (one handed its items through
// `only`, one planning again) upload their videos and results; mode report downloads every shard's
// results and writes one summary, one comment and the outputs.

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
  [azurite, api, repo] = await Promise.all([startAzurite(), startGitHubApi(), initRepo()]);
  service = await startResultsService(azurite);
  const lengths = { long: 3, mid: 2, short: 1 };
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
        { shard: '2/2', items: ['mid', 'short'], duration_s: 3 },
      ],
    });
    expect(plan.summary).toContain('| 2/2 | mid, short | 3 s |');

    const [one, two] = await Promise.all([
      runStep({ cwd: repo.dir, event: PR, inputs: { shard: '1/2', only: matrix.include[0].items.join('\n'), 'github-token': 'ghs_t' }, env: job('shard-1') }),
      // The second shard is not handed its items: it plans again and takes its share.
      runStep({ cwd: repo.dir, event: PR, inputs: { shard: '2/2', 'github-token': 'ghs_t' }, env: job('shard-2') }),
    ]);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(JSON.parse(one.outputs.results!).items.map((i: { name: string }) => i.name)).toEqual(['long']);
    expect(JSON.parse(two.outputs.results!).items.map((i: { name: string }) => i.name)).toEqual(['mid', 'short']);
    expect(api.requests).toEqual([]); // shards leave the comment to the report job
    expect(service.artifacts.map((a) => a.name).sort()).toEqual([
      'voiceover-long-1of2', 'voiceover-mid-2of2', 'voiceover-results-1of2', 'voiceover-results-2of2', 'voiceover-short-2of2',
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
      short: `https://github.com/octo/demo/actions/runs/77/artifacts/${id('voiceover-short-2of2')}`,
    });
    expect(JSON.parse(report.outputs.results!).items.map((i: { name: string }) => i.name)).toEqual(['long', 'mid', 'short']);
    expect(report.summary).toContain('**3 delivered · 0 failed · 0 skipped** · backend local · config `voiceover.config.yml`\n');
    for (const name of ['long', 'mid', 'short']) expect(report.summary).toMatch(new RegExp(`^\\| ${name} \\| ✅ delivered \\| .*\\[artifact\\]\\(${urls[name]}\\) \\|$`, 'm'));
    expect(api.requests).toEqual(['GET /repos/octo/demo/issues/3/comments', 'POST /repos/octo/demo/issues/3/comments']);
    expect(api.comments[0]!.body).toContain('**3 delivered · 0 failed · 0 skipped**');
  });
});
