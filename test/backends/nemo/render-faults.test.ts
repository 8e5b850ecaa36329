// Export and download faults of the real server: a failed render is retried once with a new id,
// a truncated download once; a render failing twice and a plan block end the item clearly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../../src/media/probe.js';
import type { RunningServer } from '../../../src/server/index.js';
import { demoVideo, expectNoDoubleCharge, failureOf, loadItems, makeRepo, processDirect, startTestServer, testBackend, type FaultPlan } from './harness.js';

describe('nemo client: export and download faults', () => {
  let server: RunningServer;
  let repo: string;
  beforeAll(async () => {
    server = await startTestServer();
    repo = await makeRepo();
  });
  afterAll(async () => {
    expectNoDoubleCharge(server);
    await server?.close();
  });

  async function setUp(plan: FaultPlan) {
    server.setFaults(plan);
    const { backend, events } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo());
    const exports = () => events.filter((e) => e.type === 'export').map((e) => (e.type === 'export' ? e.render_id : ''));
    return { backend, events, item: items[0]!, exports };
  }

  it('a render failing once is retried with a new id and delivered', async () => {
    const { backend, item, exports } = await setUp({ renderFail: 'once' });
    const { ctx } = await processDirect(backend, item);
    expect((await probeMedia(ctx.output)).video?.codec).toBe('h264');
    const ids = exports();
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
    for (const id of ids) expect(id).toMatch(/^render_/);
  });

  it('a render failing always: two tries, then NEMO_RENDER_FAILED pointing at the task page', async () => {
    const { backend, item, exports } = await setUp({ renderFail: 'always' });
    const error = await failureOf(backend, item);
    expect(error.code).toBe('NEMO_RENDER_FAILED');
    expect(error.hint).toContain('https://web.test/workspace/claim?task=');
    expect(exports()).toHaveLength(2);
  });

  it('a truncated download (cut off before its Content-Length) is detected and downloaded again', async () => {
    const { backend, events, item } = await setUp({ truncateDownloadOnce: true });
    const { result, ctx } = await processDirect(backend, item);
    const downloads = events.filter((e) => e.type === 'download');
    expect(downloads.map((d) => d.type === 'download' && d.ok)).toEqual([false, true]);
    expect((await probeMedia(ctx.output)).video?.codec).toBe('h264');
    expect(result.links?.download).toBeTruthy();
  });

  it('402 on export is the plan, not credits', async () => {
    const { backend, item } = await setUp({ blockExport: true });
    const error = await failureOf(backend, item);
    expect(error).toMatchObject({ code: 'NEMO_PLAN_BLOCKED', backendCode: 402 });
    expect(error.hint).toContain('register or upgrade');
  });
});
