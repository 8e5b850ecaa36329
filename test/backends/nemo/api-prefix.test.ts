// NEMO_API_URL may carry a path prefix (a gateway): every call keeps it.
import { probeMedia } from '../../../src/media/probe.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Transport } from '../../../src/backends/nemo/transport.js';
import type { RunningServer } from '../../../src/server/index.js';
import { demoVideo, loadItems, makeRepo, processDirect, startTestServer, testBackend } from './harness.js';
import { startProxy, type RunningProxy } from './proxy.js';

describe('an API URL with a path prefix', () => {
  it('joins paths under the prefix and leaves absolute URLs alone', () => {
    const t = new Transport('https://h.test/prefix/', {});
    expect(t.resolve('/api/x')).toBe('https://h.test/prefix/api/x');
    expect(t.resolve('api/render/proxy/r1/download')).toBe('https://h.test/prefix/api/render/proxy/r1/download');
    expect(t.resolve('/run_sse?x=1')).toBe('https://h.test/prefix/run_sse?x=1');
    expect(t.resolve('https://cdn.test/o/1.mp4')).toBe('https://cdn.test/o/1.mp4');
    expect(new Transport('https://h.test', {}).resolve('/api/x')).toBe('https://h.test/api/x');
  });

  describe('end to end behind a gateway that serves the API under /nemo', () => {
    let server: RunningServer;
    let proxy: RunningProxy;
    beforeAll(async () => {
      server = await startTestServer();
      proxy = await startProxy(server.url, { prefix: '/nemo' });
    });
    afterAll(async () => {
      await proxy?.close();
      await server?.close();
    });

    it('every call goes through the prefix and the item is delivered', async () => {
      const repo = await makeRepo();
      const { backend } = await testBackend(server, { apiUrl: proxy.url });
      const { items } = await loadItems(repo, demoVideo());
      const { ctx } = await processDirect(backend, items[0]!);
      expect((await probeMedia(ctx.output)).video?.codec).toBe('h264');
      expect(proxy.calls.length).toBeGreaterThan(5);
      expect(proxy.calls.filter((c) => !c.split(' ')[1]!.startsWith('/nemo/'))).toEqual([]);
      expect(proxy.calls).toContain('POST /nemo/run_sse');
    });
  });
});
