// Credits under concurrency: four items at once on an account that pays for two messages. The
// balance check reserves under a per-account lock, so two deliver and two stop with
// NEMO_NO_CREDITS before uploading anything; each delivered item reports its own charge.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runItems } from '../../../src/runner/run.js';
import type { RunningServer } from '../../../src/server/index.js';
import { demoVideo, expectNoDoubleCharge, loadItems, makeRepo, startTestServer, stubNemoEnv } from './harness.js';
import { startProxy, type RunningProxy } from './proxy.js';

describe('credits at concurrency 4', () => {
  let server: RunningServer;
  let proxy: RunningProxy;
  let repo: string;
  beforeAll(async () => {
    server = await startTestServer({ grantCredits: 100, messageCost: 50 });
    proxy = await startProxy(server.url);
    repo = await makeRepo();
    await stubNemoEnv(proxy.url);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await proxy?.close();
    await server?.close();
  });

  it('credits for two messages: two deliver (50 spent each), two fail with NEMO_NO_CREDITS before uploading', async () => {
    // Four different messages (one script line each), so the ledger tells them apart.
    const { config, items } = await loadItems(repo, ['a', 'b', 'c', 'd'].flatMap((name) => [...demoVideo(name).slice(0, 2), `    script: "[00:00.5] This is item ${name}."`]));
    const { report } = await runItems(config, items, { backend: 'nemo', concurrency: 4 });
    const delivered = report.items.filter((i) => i.status === 'delivered');
    const failed = report.items.filter((i) => i.status === 'failed');
    expect(delivered, JSON.stringify(report.items.map((i) => i.error))).toHaveLength(2);
    for (const item of delivered) expect(item.credits?.spent).toBe(50);
    expect(failed.map((i) => i.error?.code)).toEqual(['NEMO_NO_CREDITS', 'NEMO_NO_CREDITS']);
    for (const item of failed) expect(item.error?.message).toMatch(/the balance is (100, of which 100 are|50, of which 50 are) held for other videos running now, and a voiceover edit costs about 50|the balance is 0 and/);
    expect(server.ledger()).toHaveLength(2);
    expectNoDoubleCharge(server);
    // Only the two paid items opened sessions and uploaded.
    expect(proxy.calls.filter((c) => c.startsWith('POST /api/tasks/'))).toHaveLength(2);
    expect(proxy.calls.filter((c) => c.startsWith('POST /api/upload-video/'))).toHaveLength(2);
  });
});
