// The export start answer counts (protocol §7: it returns data.id, data.status, data.progress): the
// client polls the id the service names, and acts at once on a finished or failed job.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../../src/media/probe.js';
import type { RunningServer } from '../../../src/server/index.js';
import { demoVideo, failureOf, loadItems, makeRepo, processDirect, startTestServer, testBackend } from './harness.js';
import { startProxy, type Canned, type RunningProxy } from './proxy.js';

describe('the export start answer', () => {
  let server: RunningServer;
  let repo: string;
  const proxies: RunningProxy[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    repo = await makeRepo();
  });
  afterAll(async () => {
    for (const p of proxies) await p.close();
    await server?.close();
  });

  /** The proxy plays the render service; everything else is the real server. */
  async function withRenderService(render: (method: string, path: string) => Canned | undefined) {
    const proxy = await startProxy(server.url, { intercept: (method, path) => (path.startsWith('/api/render/') || path.startsWith('/files/') ? render(method, path) : undefined) });
    proxies.push(proxy);
    const { backend, events } = await testBackend(server, { apiUrl: proxy.url });
    const { items } = await loadItems(repo, demoVideo());
    return { proxy, backend, events, item: items[0]! };
  }
  // The demo clip is what the timeline describes (4 s, H.264 yuv420p + AAC).
  const file = (): Canned => ({ status: 200, file: join(repo, 'media/demo.mp4') });

  it("polls the id the service names, not the one it was sent", async () => {
    const { proxy, backend, events, item } = await withRenderService((method, path) => {
      if (method === 'POST' && path === '/api/render/proxy/lambda') return { status: 200, body: { success: true, data: { id: 'svc_job_7', status: 'pending', progress: 0 } } };
      if (method === 'GET' && path === '/api/render/proxy/lambda/svc_job_7') return { status: 200, body: { success: true, data: { status: 'completed', outputUrl: '/files/svc_job_7.mp4' } } };
      if (path === '/files/svc_job_7.mp4') return file();
      return { status: 404, body: { code: 404, message: `unknown ${path}` } };
    });
    const { ctx, result } = await processDirect(backend, item);
    expect((await probeMedia(ctx.output)).audio?.codec).toBe('aac');
    expect(result.links?.download).toBe(`${proxy.url}/files/svc_job_7.mp4`);
    expect(proxy.calls.filter((c) => c.startsWith('GET /api/render/proxy/lambda/'))).toEqual(['GET /api/render/proxy/lambda/svc_job_7']);
    expect(events.filter((e) => e.type === 'render-status').map((e) => e.type === 'render-status' && e.render_id)).toEqual(['svc_job_7', 'svc_job_7']);
  });

  it('a job already completed in the start answer is downloaded without polling', async () => {
    const { proxy, backend, item } = await withRenderService((method, path) => {
      if (method === 'POST' && path === '/api/render/proxy/lambda') return { status: 200, body: { success: true, data: { id: 'svc_job_8', status: 'completed', progress: 100, outputUrl: '/files/svc_job_8.mp4' } } };
      if (path === '/files/svc_job_8.mp4') return file();
      return { status: 404, body: { code: 404, message: `unknown ${path}` } };
    });
    await processDirect(backend, item);
    expect(proxy.calls.filter((c) => c.startsWith('GET /api/render/proxy/lambda/'))).toEqual([]);
  });

  it('a job already failed in the start answer is retried at once with a new id, then reported', async () => {
    const { proxy, backend, events, item } = await withRenderService((method, path) => {
      if (method === 'POST' && path === '/api/render/proxy/lambda') return { status: 200, body: { success: true, data: { status: 'failed', error: 'draft rejected: track 2 overlaps' } } };
      return { status: 404, body: { code: 404, message: `unknown ${path}` } };
    });
    const error = await failureOf(backend, item);
    expect(error.code).toBe('NEMO_RENDER_FAILED');
    expect(error.message).toContain('draft rejected: track 2 overlaps');
    expect(events.filter((e) => e.type === 'export')).toHaveLength(2);
    expect(proxy.calls.filter((c) => c.startsWith('GET /api/render/proxy/lambda/'))).toEqual([]);
  });
});
