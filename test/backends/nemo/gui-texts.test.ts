// Every service text that reaches a person loses its GUI phrasing: a failed render's error, a
// failed download's answer (messages and events), whatever the service wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasGuiPhrase } from '../../../src/backends/nemo/gui-phrases.js';
import type { RunningServer } from '../../../src/server/index.js';
import { demoVideo, failureOf, loadItems, makeRepo, startTestServer, testBackend } from './harness.js';
import { startProxy, type Canned, type RunningProxy } from './proxy.js';

describe('GUI phrasing in failures', () => {
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

  async function failWith(intercept: (method: string, path: string) => Canned | undefined) {
    const proxy = await startProxy(server.url, { intercept });
    proxies.push(proxy);
    const { backend, events } = await testBackend(server, { apiUrl: proxy.url });
    const { items } = await loadItems(repo, demoVideo());
    return { error: await failureOf(backend, items[0]!), events };
  }

  it('a failed render says what the tool does, not "click Export"', async () => {
    // The proxy plays the render service: exports start, then fail with editor instructions.
    const { error } = await failWith((method, path) => {
      if (method === 'POST' && path === '/api/render/proxy/lambda') return { status: 200, body: { success: true, data: { status: 'pending' } } };
      if (method === 'GET' && path.startsWith('/api/render/proxy/lambda/')) return { status: 200, body: { success: true, data: { status: 'failed', error: 'Rendering stopped at 42.5%. Click the Export button to try again.' } } };
      return undefined;
    });
    expect(error.code).toBe('NEMO_RENDER_FAILED');
    expect(error.message).toContain('Rendering stopped at 42.5%.');
    expect(error.message).toContain('The voiceover tool exports and downloads the video itself.');
    expect(hasGuiPhrase(error.message)).toBe(false);
  });

  it('a failed download (both URLs) says what the tool does, in the error and in the events', async () => {
    const gone: Canned = { status: 404, body: { code: 404, message: 'File expired. Open the export panel and click Download.' } };
    const { error, events } = await failWith((method, path) => {
      if (method === 'GET' && /^\/api\/render\/proxy\/lambda\/render_\w+$/.test(path)) return { status: 200, body: { success: true, data: { status: 'completed', outputUrl: '/files/gone.mp4' } } };
      if (path === '/files/gone.mp4' || /\/download$/.test(path)) return gone;
      return undefined;
    });
    expect(error.code).toBe('NEMO_DOWNLOAD_FAILED');
    expect(error.message).toContain('File expired.');
    expect(hasGuiPhrase(error.message)).toBe(false);
    const details = events.flatMap((e) => (e.type === 'download' && e.detail ? [e.detail] : []));
    expect(details).toHaveLength(2);
    for (const detail of details) expect(hasGuiPhrase(detail)).toBe(false);
  });
});
