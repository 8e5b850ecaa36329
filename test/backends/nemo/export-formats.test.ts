// A paid export is delivered byte for byte whatever its format (issue 7 item 2): a yuv444p (H.264
// High 4:4:4) export and one with its moov at the end are delivered with warnings naming the players
// and the fix (report.json and the action's annotations); an export without a moov, or cut short with
// a matching Content-Length, is still refused. The opt-in compatible copy re-encodes only what needs it.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { warningAnnotations } from '../../../src/github/annotations.js';
import { parseRunResults } from '../../../src/github/results-schema.js';
import { probeMedia } from '../../../src/media/probe.js';
import { runItems } from '../../../src/runner/run.js';
import type { RunningServer } from '../../../src/server/index.js';
import { expectFaststart, ffprobeJson, mp4Boxes } from '../../helpers/media.js';
import { demoVideo, loadItems, makeRepo, startTestServer, stubNemoEnv, type FaultPlan } from './harness.js';

const sha256 = async (file: string): Promise<string> => createHash('sha256').update(await readFile(file)).digest('hex');

describe('nemo exports are delivered as they came', () => {
  let server: RunningServer;
  let dataDir: string;
  let repo: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'nemo-serve-'));
    server = await startTestServer({ dataDir, grantCredits: 1000 });
    repo = await makeRepo();
    await stubNemoEnv(server.url);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.close();
  });

  /** The newest export file the server wrote (what it sent). */
  async function lastExport(): Promise<string> {
    const dir = join(dataDir, 'outputs');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.mp4') && !f.includes('.partial'));
    const dated = await Promise.all(files.map(async (f) => ({ f, t: (await stat(join(dir, f))).mtimeMs })));
    return join(dir, dated.sort((a, b) => b.t - a.t)[0]!.f);
  }

  async function run(name: string, faults: FaultPlan, extra: string[] = []) {
    server.setFaults(faults);
    const { config, items } = await loadItems(repo, demoVideo(name, extra));
    const { report, reportFile } = await runItems(config, items, { backend: 'nemo', concurrency: 1 });
    const saved = JSON.parse(await readFile(reportFile, 'utf8'));
    return { item: report.items[0]!, saved: saved.items.find((i: { name: string }) => i.name === name), items, config };
  }

  it('a yuv444p (H.264 High 4:4:4) + AAC export: delivered byte-identical, with the players and the fix in report.json and an annotation on its config line', async () => {
    const { item, saved, items } = await run('hi444', { exportFile: 'yuv444p' });
    expect(item.status, JSON.stringify(item.error)).toBe('delivered');
    const out = join(repo, 'out/hi444.mp4');
    expect(await sha256(out)).toBe(await sha256(await lastExport()));
    const stream = (await ffprobeJson(['-select_streams', 'v:0', '-show_entries', 'stream=pix_fmt,profile', out])).streams[0];
    expect(stream).toMatchObject({ pix_fmt: 'yuv444p', profile: 'High 4:4:4 Predictive' });
    expect((await probeMedia(out)).audio?.codec).toBe('aac');
    const warning = saved.warnings.find((w: { code: string }) => w.code === 'EXPORT_PLAYER_COMPAT');
    expect(warning.message).toContain('yuv444p');
    expect(warning.message).toMatch(/Safari and QuickTime, iPhones and iPads, Firefox/);
    expect(warning.hint).toContain('compatible_copy: true');
    expect(warning.hint).toContain('-pix_fmt yuv420p');
    expect(warning).toMatchObject({ file: 'voiceover.config.yml', line: items[0]!.line });
    // faststart: no second warning.
    expect(saved.warnings.map((w: { code: string }) => w.code)).toEqual(['EXPORT_PLAYER_COMPAT']);
    // The action's annotation builder: a warning at the video's config line, titled, with the fix.
    const [annotation] = warningAnnotations(saved ? [saved] : [], repo, repo);
    expect(annotation).toMatchObject({ level: 'warning', title: 'Video some players refuse', file: 'voiceover.config.yml', line: items[0]!.line });
    expect(annotation!.message).toMatch(/^hi444: hi444\.mp4 is H\.264 High 4:4:4 Predictive \(yuv444p\).*\(hint: set nemo: \{ compatible_copy: true \}/);
    // Warnings survive the results artifact's schema (the workflow_run path reads them back).
    const results = parseRunResults({ version: 1, shard: null, report: { version: 1, backend: 'nemo', items: [saved] }, videos: {}, notRun: [], config: 'voiceover.config.yml', notes: [], problems: [] });
    expect(results.report.items[0]?.warnings?.[0]?.code).toBe('EXPORT_PLAYER_COMPAT');
  });

  it('an export with its moov after the mdat: delivered byte-identical, with the no-faststart warning', async () => {
    const { item, saved } = await run('late-index', { exportFile: 'moov-at-end' });
    expect(item.status, JSON.stringify(item.error)).toBe('delivered');
    const out = join(repo, 'out/late-index.mp4');
    expect(await sha256(out)).toBe(await sha256(await lastExport()));
    const boxes = await mp4Boxes(out);
    expect(boxes.indexOf('moov')).toBeGreaterThan(boxes.indexOf('mdat'));
    expect(saved.warnings).toHaveLength(1);
    expect(saved.warnings[0]).toMatchObject({ code: 'EXPORT_NO_FASTSTART' });
    expect(saved.warnings[0].message).toContain('browsers and streaming players must download the whole file');
    expect(saved.warnings[0].hint).toContain('ffmpeg -i late-index.mp4 -c copy -movflags +faststart');
  });

  it('an export without a moov box is refused, twice, naming what is missing', async () => {
    const { item } = await run('no-index', { exportFile: 'no-moov' });
    expect(item.status).toBe('failed');
    expect(item.error?.code).toBe('NEMO_DOWNLOAD_FAILED');
    expect(item.error?.message).toContain('the file has no moov box (the index every MP4 needs to play): not a complete MP4 (top-level boxes: ftyp');
    expect(item.error?.message).toContain('; then: ');
    expect(await stat(join(repo, 'out/no-index.mp4')).catch(() => undefined)).toBeUndefined();
  });

  it('an export cut halfway through its media data, served with a Content-Length that matches the cut file, is refused as cut short', async () => {
    const { item } = await run('cut', { exportFile: 'truncated' });
    expect(item.status).toBe('failed');
    expect(item.error?.code).toBe('NEMO_DOWNLOAD_FAILED');
    expect(item.error?.message).toMatch(/the file is cut short: its mdat box at byte \d+ claims \d+ bytes but only \d+ are there/);
    expect(await stat(join(repo, 'out/cut.mp4')).catch(() => undefined)).toBeUndefined();
  });

  it('a download that stops short of its Content-Length is refused, and so is the second try without a moov', async () => {
    const { item } = await run('short', { truncateDownloadOnce: true, exportFile: 'no-moov' });
    expect(item.status).toBe('failed');
    expect(item.error?.message).toMatch(/after two tries: download: network the download stopped after \d+ bytes: .*; then: the file has no moov box/);
  });

  it('compatible_copy: true keeps the export byte for byte as <name>.mp4 and writes <name>.compat.mp4 (yuv420p, faststart)', async () => {
    const { item, saved } = await run('copy444', { exportFile: 'yuv444p' }, ['    nemo: { compatible_copy: true }']);
    expect(item.status, JSON.stringify(item.error)).toBe('delivered');
    expect(await sha256(join(repo, 'out/copy444.mp4'))).toBe(await sha256(await lastExport()));
    const compat = join(repo, 'out/copy444.compat.mp4');
    const probe = await probeMedia(compat);
    expect(probe.video?.pixFmt).toBe('yuv420p');
    expect(probe.audio?.codec).toBe('aac');
    expect(probe.duration).toBeCloseTo(item.duration_s!, 1);
    await expectFaststart(compat);
    expect(saved.compatible_copy).toMatchObject({ output: 'out/copy444.compat.mp4', reencoded: true });
    expect(saved.warnings[0].hint).toContain('copy444.compat.mp4');
  });

  it('compatible_copy on a moov-at-end export remuxes (no re-encode): the same video packets, the index first', async () => {
    const { item, saved } = await run('copylate', { exportFile: 'moov-at-end' }, ['    nemo: { compatible_copy: true }']);
    expect(item.status, JSON.stringify(item.error)).toBe('delivered');
    const compat = join(repo, 'out/copylate.compat.mp4');
    await expectFaststart(compat);
    expect(saved.compatible_copy).toMatchObject({ reencoded: false });
    const hashes = async (file: string) => (await ffprobeJson(['-select_streams', 'v:0', '-show_entries', 'packet=data_hash', '-show_data_hash', 'sha256', file])).packets.map((p: { data_hash: string }) => p.data_hash);
    expect(await hashes(compat)).toEqual(await hashes(join(repo, 'out/copylate.mp4')));
  });
});
