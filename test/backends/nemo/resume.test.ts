// A message the service may have accepted is never sent again by a later run: the item's session is
// remembered beside the runner's cache, and the next run exports that session's timeline. Only a
// session the service no longer has (1002) starts over, and says so.
import { access, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../src/core/logger.js';
import { probeMedia } from '../../../src/media/probe.js';
import { runItems } from '../../../src/runner/run.js';
import type { RunningServer } from '../../../src/server/index.js';
import { demoVideo, loadItems, makeRepo, startTestServer, testBackend, stubNemoEnv } from './harness.js';

const exists = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

describe('no message is sent twice across runs', () => {
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

  it('a render failing always, then a second run with the fault cleared: one charge, and the second run delivers', async () => {
    const { config, items } = await loadItems(repo, demoVideo());
    const record = join(repo, 'out/.voiceover/nemo/demo/sent-message.json');
    server.setFaults({ renderFail: 'always' });
    const first = await runItems(config, items, { backend: 'nemo', concurrency: 1 });
    expect(first.report.items[0]?.error?.code).toBe('NEMO_RENDER_FAILED');
    expect(first.report.items[0]?.error?.hint).toContain('without sending the message again');
    const kept = JSON.parse(await readFile(record, 'utf8'));
    expect(kept).toMatchObject({ version: 1, session_id: server.ledger()[0]?.session_id });

    server.setFaults({});
    const second = await runItems(config, items, { backend: 'nemo', concurrency: 1 });
    const [item] = second.report.items;
    expect(item?.status, JSON.stringify(item?.error)).toBe('delivered');
    expect((await probeMedia(join(repo, 'out/demo.mp4'))).audio?.codec).toBe('aac');
    expect(item?.links?.task).toContain(`session=${kept.session_id}`);
    expect(server.ledger()).toHaveLength(1);
    // Nothing was charged in the second run; the record is gone once the file is delivered.
    expect(item?.credits).toEqual({ spent: 0, available: 50 });
    expect(await exists(record)).toBe(false);
  });

  it('a resumed session that made nothing fails the same way every run; --force forgets it, warns of the charge, and delivers', async () => {
    const { config, items } = await loadItems(repo, demoVideo('stale'));
    const record = join(repo, 'out/.voiceover/nemo/stale/sent-message.json');
    const warnings: string[] = [];
    const itemLogger = (): Logger => ({ debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} });
    const charges = server.ledger().length;
    // The upload puts the video on the timeline; the message changes nothing.
    server.setFaults({ timelineAtUpload: 'no-change' });
    const first = await runItems(config, items, { backend: 'nemo', concurrency: 1 });
    expect(first.report.items[0]?.error?.code).toBe('NEMO_NOTHING_TO_EXPORT');
    const kept = JSON.parse(await readFile(record, 'utf8'));
    expect(kept.draft_before).toMatch(/^[0-9a-f]{64}$/);

    // The same config again: the earlier session is resumed (nothing sent), its timeline is still the old one.
    server.setFaults({});
    const second = await runItems(config, items, { backend: 'nemo', concurrency: 1 });
    const failed = second.report.items[0];
    expect(failed?.error?.code).toBe('NEMO_NOTHING_TO_EXPORT');
    expect(failed?.error?.message).toContain('in the session an earlier run sent the message to');
    expect(failed?.error?.hint).toContain('run with --force');
    expect(await exists(record)).toBe(true);
    expect(server.ledger().length).toBe(charges);

    const third = await runItems(config, items, { backend: 'nemo', concurrency: 1, force: true, itemLogger });
    const [item] = third.report.items;
    expect(item?.status, JSON.stringify(item?.error)).toBe('delivered');
    expect(item?.lines).toHaveLength(2);
    expect(item?.links?.task).not.toContain(`session=${kept.session_id}`);
    expect(warnings.join('\n')).toContain(`--force: forgetting the session ${kept.session_id}`);
    expect(warnings.join('\n')).toContain('may be charged) once more');
    expect(server.ledger().length).toBe(charges + 1);
    expect(await exists(record)).toBe(false);
  });

  it('a changed script is a new message: the old record does not stand in for it', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'nemo-state-'));
    const { backend, events } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo('changed'));
    const ctx = async () => {
      const workDir = await mkdtemp(join(tmpdir(), 'nemo-work-'));
      return { output: join(workDir, 'changed.mp4'), captions: {}, workDir, cacheDir: join(workDir, 'cache'), stateDir };
    };
    server.setFaults({ renderFail: 'always' });
    await expect(backend.process(items[0]!, await ctx())).rejects.toMatchObject({ code: 'NEMO_RENDER_FAILED' });
    server.setFaults({});
    const { items: edited } = await loadItems(repo, [...demoVideo('changed').slice(0, 2), '    script: "[00:00.5] A different line."']);
    await backend.process(edited[0]!, await ctx());
    expect(events.filter((e) => e.type === 'resume')).toHaveLength(0);
    expect(events.filter((e) => e.type === 'message-sent')).toHaveLength(2);
  });

  it('the remembered session is gone (1002): then, and only then, it starts over and says so', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'nemo-state-'));
    const warnings: string[] = [];
    const logger: Logger = { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} };
    const { backend, events } = await testBackend(server, { logger });
    const { items } = await loadItems(repo, demoVideo('lost'));
    const ctx = async () => {
      const workDir = await mkdtemp(join(tmpdir(), 'nemo-work-'));
      return { output: join(workDir, 'lost.mp4'), captions: {}, workDir, cacheDir: join(workDir, 'cache'), stateDir };
    };
    const charges = server.ledger().length;
    server.setFaults({ renderFail: 'always' });
    await expect(backend.process(items[0]!, await ctx())).rejects.toMatchObject({ code: 'NEMO_RENDER_FAILED' });
    server.setFaults({ loseSessionOnce: true });
    const again = await ctx();
    await backend.process(items[0]!, again);
    expect((await probeMedia(again.output)).video?.codec).toBe('h264');
    const types = events.map((e) => e.type);
    expect(types.indexOf('resume')).toBeGreaterThan(types.indexOf('message-sent'));
    expect(events.find((e) => e.type === 'new-session')).toMatchObject({ reason: expect.stringContaining('is gone (1002): starting over') });
    expect(warnings.join('\n')).toContain('starting over, so the message is sent (and charged) once more');
    const ledger = server.ledger().slice(charges);
    expect(ledger).toHaveLength(2);
    expect(ledger[0]?.session_id).not.toBe(ledger[1]?.session_id);
  });
});
