// The built action on the nemo backend, against a real NemoVideo-compatible server (`voiceover serve`
// over the local pipeline): the token is masked, reaches the backend as NEMO_TOKEN and the URL as
// NEMO_API_URL; credits and the task page reach the outputs and the summary; running out of credits is
// a titled annotation at the video's config line.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { makeClip } from '../helpers/media.js';
import { runStep } from './helpers/action-process.js';
import { annotationLine } from './helpers/escape.js';
import { initRepo, type GitRepo } from './helpers/git-repo.js';

const TOKEN = 'nmv_action_secret_token';
let repo: GitRepo;
let server: RunningServer | undefined;

beforeAll(async () => {
  repo = await initRepo();
  await makeClip(join(repo.dir, 'media/tour.mp4'), { duration: 3, width: 320, height: 180, fps: 15 });
  await repo.write('scripts/tour.txt', '[00:00.5] Welcome to the tour.\n[00:01.8] It works.\n');
  await repo.write('voiceover.config.yml', [
    'version: 1',
    'defaults:',
    '  backend: auto',
    '  nemo: { poll_interval_s: 0.1, poll_limit: 600, sse_timeout_s: 120, keepalive_timeout_s: 60 }',
    '  captions: { sidecar: [srt] }',
    'videos:',
    '  - name: tour',
    '    video: media/tour.mp4',
    '    script: scripts/tour.txt',
    '',
  ].join('\n'));
}, 60_000);

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const serve = async (grantCredits: number): Promise<RunningServer> =>
  startServer({ host: '127.0.0.1', port: 0, dataDir: await mkdtemp(join(tmpdir(), 'voiceover-action-serve-')), tokens: [TOKEN], grantCredits, messageCost: 50 });

const step = (url: string) =>
  runStep({ cwd: repo.dir, inputs: { 'nemo-token': TOKEN, 'nemo-api-url': url, force: 'true' }, env: { NEMO_WEB_URL: 'https://web.test' } });

describe('mode run on the nemo backend (through voiceover serve)', () => {
  it('delivers through the server, masks the token, and reports credits and the task page', async () => {
    server = await serve(100);
    const run = await step(server.url);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.commands[0]).toBe(`::add-mask::${TOKEN}`);
    expect((run.stdout + run.stderr).split(TOKEN).length - 1).toBe(1);
    const item = JSON.parse(run.outputs.results!).items[0];
    expect(item).toMatchObject({ name: 'tour', status: 'delivered', credits: { spent: 50, available: 50 } });
    expect(item.links.task).toMatch(/^https:\/\/web\.test\//);
    expect(run.outputs).toMatchObject({ delivered: '1', failed: '0', 'credits-available': '50' });
    expect(run.summary).toContain('· backend nemo ·');
    // The loudness column is new (deliberately): the delivered file's measured loudness. The onset error and the
    // clipped samples are measured on the downloaded file too (changed deliberately: was the plan's start − cue).
    const row = run.summary.split('\n').find((l) => l.startsWith('| tour |'))!;
    expect(row).toMatch(/^\| tour \| ✅ delivered \| 0:0\d\.\d \| [\d.]+ kB \| nemo \| 50 spent, 50 left \| [+-]?\d+ ms \| \d\.\d\d× \| -\d+\.\d LUFS, -\d+\.\d dBTP, 0 clipped \| \[task\]\(https:\/\/web\.test\/\S+\) \|$/);
    expect(Math.abs(item.qa.onset_error_ms.max)).toBeLessThanOrEqual(1000 / 30);
    expect(item.qa.lines_off).toBe(0);
    expect(server.ledger()).toHaveLength(1);
  });

  it('annotates a video that ran out of credits with the registry title, at its config line', async () => {
    server = await serve(10);
    const run = await step(server.url);
    expect(run.code).toBe(1);
    const item = JSON.parse(run.outputs.results!).items[0];
    expect(item.status).toBe('failed');
    expect(item.error.code).toBe('NEMO_NO_CREDITS');
    expect(run.commands.filter((c) => c.startsWith('::error'))).toEqual([
      annotationLine('error', `tour: ${item.error.message}${item.error.backend_code !== undefined ? ` [${item.error.backend_code}]` : ''} (hint: ${item.error.hint})`, {
        title: 'Out of NemoVideo credits', file: 'voiceover.config.yml', line: 7,
      }),
      '::error::1 video failed (fail-on: error)',
    ]);
    expect(run.summary).toContain(`- **tour** · Out of NemoVideo credits (\`NEMO_NO_CREDITS\``);
    expect(server.ledger()).toEqual([]);
  });
});
