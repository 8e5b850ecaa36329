// End to end: the runner with backend nemo against a real `voiceover serve` over HTTP.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runItems } from '../../../src/runner/run.js';
import { probeMedia } from '../../../src/media/probe.js';
import type { RunningServer } from '../../../src/server/index.js';
import { expectFaststart } from '../../helpers/media.js';
import { demoVideo, expectNoDoubleCharge, loadItems, makeRepo, startTestServer, stubNemoEnv } from './harness.js';

describe('nemo backend through the runner', () => {
  let server: RunningServer;
  let repo: string;
  beforeAll(async () => {
    server = await startTestServer();
    repo = await makeRepo();
    await stubNemoEnv(server.url);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.close();
  });

  it('uploads, sends one message, exports, downloads an H.264 MP4 and reports links, credits and lines', async () => {
    const { config, items } = await loadItems(repo, demoVideo());
    const { report } = await runItems(config, items, { backend: 'nemo', concurrency: 1 });
    const [item] = report.items;
    expect(item?.status, JSON.stringify(item?.error)).toBe('delivered');
    const probe = await probeMedia(join(repo, 'out/demo.mp4'));
    expect(probe.video?.codec).toBe('h264');
    expect(probe.audio?.codec).toBe('aac');
    await expectFaststart(join(repo, 'out/demo.mp4'));
    expect(item?.duration_s).toBeCloseTo(probe.duration, 1);
    expect(item?.credits).toEqual({ spent: 50, available: 50 });
    const task = new URL(item!.links!.task!);
    expect(task.origin + task.pathname).toBe('https://web.test/workspace/claim');
    expect(task.searchParams.get('skill_name')).toBe('ai-voiceover-for');
    expect(task.searchParams.get('skill_version')).toBe(JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')).version);
    expect(task.searchParams.get('skill_source')).toBe('cli');
    expect(task.searchParams.get('task')).toBeTruthy();
    expect(item?.links?.download).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(item?.lines.map((l) => l.text)).toEqual(['Welcome to the demo.', 'It works.']);
    expect(item?.lines[0]?.start_s).toBeCloseTo(0.5, 1);
    // Word times ride along in the exported draft (voice segments' `w`): measured by flite, within each line.
    for (const line of item?.lines ?? []) {
      expect(line.words?.map((w) => w.text)).toEqual(line.text.split(' '));
      expect(line.words!.every((w) => !w.estimated && w.start_s >= line.start_s && w.end_s <= line.end_s)).toBe(true);
    }
    expect(item?.loudness?.integrated_lufs).toBeLessThan(-5);
    // Measured on the downloaded file, at the timeline's line times: within a frame (30 fps), none off.
    expect(Math.abs(item!.qa!.onset_error_ms!.max)).toBeLessThanOrEqual(1000 / 30);
    expect(item?.qa).toMatchObject({ lines_off: 0, integrated_lufs: item?.loudness?.integrated_lufs, true_peak_dbtp: item?.loudness?.true_peak_dbtp, clipped_samples: 0 });
    expect(await readFile(join(repo, 'out/demo.srt'), 'utf8')).toContain('Welcome to the demo.');
    const saved = JSON.parse(await readFile(join(repo, 'out/report.json'), 'utf8'));
    expect(saved.backend).toBe('nemo');
    expect(server.ledger()).toHaveLength(1);
    expectNoDoubleCharge(server);
  });

  it('a failed item lands in report.json with its code, hint, config line and the service\'s backend_code', async () => {
    await writeFile(join(repo, 'media/notes.mp4'), 'not a video\n'.repeat(100));
    const { config, items } = await loadItems(repo, ['  - name: notes', '    video: media/notes.mp4', '    script: scripts/demo.txt']);
    const { report } = await runItems(config, items, { backend: 'nemo', concurrency: 1 });
    const [item] = report.items;
    expect(item).toMatchObject({ name: 'notes', status: 'failed', output: null });
    expect(item?.error).toMatchObject({ code: 'NEMO_UNSUPPORTED_FILE', backend_code: 4001, file: 'voiceover.config.yml', line: items[0]!.line });
    expect(item?.error?.hint).toContain('mp4 mov avi webm mkv');
  });
});
