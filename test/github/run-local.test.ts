// The built action on the local backend with generated media: annotations at the config lines, outputs,
// the job summary, and the artifact upload path of @actions/artifact against a results-service stand-in
// plus azurite (the uploaded blob holds the very MP4).

import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeSpan } from '../../src/github/format.js';
import { ffprobeJson, makeClip } from '../helpers/media.js';
import { runStep, type StepResult } from './helpers/action-process.js';
import { startAzurite, type Azurite } from './helpers/azurite.js';
import { annotationLine } from './helpers/escape.js';
import { initRepo, type GitRepo } from './helpers/git-repo.js';
import { startResultsService, type ResultsService } from './helpers/results-service.js';
import { unzip } from './helpers/zip.js';

const CONFIG = [
  'version: 1',
  'defaults:',
  '  output: { resolution: keep }',
  '  captions: { sidecar: [srt, vtt] }',
  'videos:',
  '  - name: intro',
  '    video: media/intro.mp4',
  '    script: "[00:00.3] Welcome to the demo."',
  '  - name: broken',
  '    video: media/broken.mp4',
  '    script: "[00:00.3] This one cannot play."',
];

let azurite: Azurite;
let service: ResultsService;
let repo: GitRepo;
let step: StepResult;

beforeAll(async () => {
  azurite = await startAzurite();
  service = await startResultsService(azurite);
  repo = await initRepo();
  await makeClip(join(repo.dir, 'media/intro.mp4'), { duration: 2, width: 320, height: 180 });
  await repo.write('media/broken.mp4', 'not a video at all');
  await repo.write('voiceover.config.yml', `${CONFIG.join('\n')}\n`);
  step = await runStep({
    cwd: repo.dir,
    inputs: { 'github-token': 'ghs_workflowtoken123', 'nemo-token': '', 'retention-days': '3' },
    env: service.jobEnv('run-1234', 'job-a'),
  });
}, 120_000);

afterAll(async () => {
  await service?.stop();
  await azurite?.stop();
});

describe('mode run on the local backend', () => {
  it('masks the token first, then annotates the failed video at its config line with the registry title', () => {
    expect(step.commands[0]).toBe('::add-mask::ghs_workflowtoken123');
    const results = JSON.parse(step.outputs.results!);
    const broken = results.items.find((i: { name: string }) => i.name === 'broken');
    expect(broken.error.message).toMatch(new RegExp(`^${repo.dir}/media/broken\\.mp4 could not be read as media`));
    const errors = step.commands.filter((c) => c.startsWith('::error'));
    expect(errors).toEqual([
      annotationLine('error', `broken: ${broken.error.message} (hint: ${broken.error.hint})`, { title: 'Unreadable input', file: 'voiceover.config.yml', line: 9 }),
      '::error::1 video failed (fail-on: error)',
    ]);
    expect(step.code).toBe(1);
    expect(step.stdout.split('ghs_workflowtoken123').length - 1).toBe(1);
  });

  it('sets the outputs: counts, the report, artifact URLs', () => {
    expect(step.outputs).toMatchObject({ delivered: '1', failed: '1', skipped: '0', 'credits-available': '' });
    expect(JSON.parse(step.outputs['artifact-urls']!)).toEqual({ intro: 'https://github.com/octo/demo/actions/runs/1234/artifacts/1' });
    const results = JSON.parse(step.outputs.results!);
    expect(results.items.map((i: { name: string; status: string }) => `${i.name}:${i.status}`)).toEqual(['intro:delivered', 'broken:failed']);
    expect(step.stdout).toMatch(/^ffmpeg: \S+ffmpeg \(PATH\)$/m);
    expect(step.stdout).toMatch(/^ffmpeg version: ffmpeg version \S+/m);
  });

  it('writes one summary table with sync figures and links, then the failure with its hint', async () => {
    const results = JSON.parse(step.outputs.results!);
    const intro = results.items[0];
    const size = (await stat(join(repo.dir, 'out/intro.mp4'))).size;
    // Measured on the delivered file (report qa), no longer the plan's start − cue (changed deliberately).
    const { qa } = intro;
    expect(typeof qa.onset_error_ms.max).toBe('number');
    expect(Math.abs(qa.onset_error_ms.max)).toBeLessThanOrEqual(1000 / 30);
    expect(qa.lines_off).toBe(0);
    const onset = `${qa.onset_error_ms.max > 0 ? '+' : ''}${qa.onset_error_ms.max}`;
    const stretch = Math.max(1, ...intro.lines.map((l: { stretch: number }) => l.stretch)).toFixed(2);
    const broken = results.items[1].error;
    const loudness = `${intro.loudness.integrated_lufs.toFixed(1)} LUFS, ${intro.loudness.true_peak_dbtp.toFixed(1)} dBTP, ${qa.clipped_samples} clipped`;
    expect(step.summary).toBe(
      [
        '## Voiceover',
        '',
        '**1 delivered · 1 failed · 0 skipped** · backend local · config `voiceover.config.yml`',
        '',
        // The loudness column is new (deliberately): the measured integrated loudness and true peak.
        '| Video | Status | Duration | Size | Backend | Credits | Worst onset error | Largest stretch | Loudness | Links |',
        '|---|---|---|---|---|---|---|---|---|---|',
        `| intro | ✅ delivered | 0:02.0 | ${(size / 1024).toFixed(1)} kB | local | — | ${onset} ms | ${stretch}× | ${loudness} | [artifact](https://github.com/octo/demo/actions/runs/1234/artifacts/1) |`,
        '| broken | ❌ failed | — | — | local | — | — | — | — | — |',
        '',
        // Which voice spoke which lines (new, deliberately): the default voice, Flite's slt here.
        '### Voices',
        '',
        `- **intro**: \`slt\` ${intro.lines.length === 1 ? 'line 1' : `lines 1–${intro.lines.length}`}`,
        '',
        '### Failures',
        '',
        // Message and hint as code spans (they may come from an untrusted run in report mode).
        `- **broken** · Unreadable input (\`INPUT_CORRUPT\`) at \`voiceover.config.yml:9\`: ${codeSpan(broken.message)}`,
        `  - Hint: ${codeSpan(broken.hint)}`,
        '',
        '[Workflow run](https://github.com/octo/demo/actions/runs/1234)',
        '',
      ].join('\n'),
    );
  });

  it('uploads one artifact per video (MP4 + captions, retention set) and the results; the blob is the MP4', async () => {
    expect(service.artifacts.map((a) => `${a.name}:${a.finalized}`)).toEqual(['voiceover-intro:true', 'voiceover~results:true']);
    const days = (Date.parse(service.artifacts[0]!.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThan(3.1);
    const entries = unzip(await azurite.download(service.artifacts[0]!.blob));
    expect([...entries.keys()].sort()).toEqual(['intro.mp4', 'intro.srt', 'intro.vtt']);
    const local = await readFile(join(repo.dir, 'out/intro.mp4'));
    const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
    expect(sha(entries.get('intro.mp4')!)).toBe(sha(local));
    const copy = join(repo.dir, 'downloaded.mp4');
    await writeFile(copy, entries.get('intro.mp4')!);
    const probe = await ffprobeJson(['-show_streams', '-show_format', copy]);
    expect(probe.streams.map((s: { codec_name: string }) => s.codec_name).sort()).toEqual(['aac', 'h264']);
    expect(Number(probe.format.duration)).toBeCloseTo(2, 1);
    const results = JSON.parse(unzip(await azurite.download(service.artifacts[1]!.blob)).get('results.json')!.toString());
    expect(results).toMatchObject({ version: 1, shard: null, config: 'voiceover.config.yml', videos: { intro: { backend: 'local', artifact: { name: 'voiceover-intro', id: 1 } } } });
  });
});

describe('a second job of the same run with the same artifact-prefix', () => {
  it('fails the uploads whose names the first job took with an error naming the fix, and fails the step', async () => {
    const second = await runStep({ cwd: repo.dir, inputs: { only: 'intro' }, env: service.jobEnv('run-1234', 'job-b') });
    const taken = (name: string): string => `an artifact named ${name} already exists in this run; set a distinct artifact-prefix per job (e.g. \${{ github.job }}-\${{ matrix.os }})`;
    expect(second.commands).toEqual([
      annotationLine('error', `intro: ${taken('voiceover-intro')}`, { title: 'Voiceover artifact name taken' }),
      annotationLine('error', taken('voiceover~results'), { title: 'Voiceover artifact name taken' }),
      '::error::2 artifacts were not uploaded: their names are taken in this run (fail-on: error)',
    ]);
    expect(second.code).toBe(1);
    // intro is cached from the first job (skipped, its MP4 still uploaded); broken is not in `only`.
    expect(second.outputs).toMatchObject({ delivered: '0', skipped: '2', failed: '0' });
    expect(second.summary).toContain('> 2 artifacts were not uploaded: another job of this run with the same `artifact-prefix` (voiceover) already took the name. Set a distinct `artifact-prefix` per job.');
    // The first job's artifacts stay as they were.
    expect(service.artifacts.map((a) => `${a.name}:${a.jobId}`)).toEqual(['voiceover-intro:job-a', 'voiceover~results:job-a']);
  });
});
