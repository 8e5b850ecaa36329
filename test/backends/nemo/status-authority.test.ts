// The HTTP status stands for 400/402/403/429 when the body's code is not in the protocol's table:
// a 429 whose body says 42900 still waits Retry-After and retries, over real HTTP.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/backends/nemo/client.js';
import type { NemoEvent } from '../../../src/backends/nemo/events.js';
import { resolveConnection } from '../../../src/backends/nemo/settings.js';
import type { RunningServer } from '../../../src/server/index.js';
import { startTestServer } from './harness.js';
import { startProxy, type RunningProxy } from './proxy.js';

describe('HTTP status authority', () => {
  let server: RunningServer;
  let proxy: RunningProxy;
  beforeAll(async () => {
    server = await startTestServer();
    proxy = await startProxy(server.url, {
      intercept: (_method, path, seen) => (path === '/api/credits/balance/simple' && seen === 0 ? { status: 429, body: { code: 42900, message: 'too many requests' }, headers: { 'retry-after': '0' } } : undefined),
    });
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.close();
  });

  it('HTTP 429 with body code 42900: waits Retry-After, retries once, goes on', async () => {
    const events: NemoEvent[] = [];
    const configDir = await mkdtemp(join(tmpdir(), 'nemo-cfg-'));
    const client = createClient(resolveConnection({}, { apiUrl: proxy.url }), { env: {}, configDir, onEvent: (e) => events.push(e) });
    const balance = await client.api.balance();
    expect(balance.available).toBe(100);
    expect(events).toContainEqual({ type: 'retry', call: 'credits', reason: 'rate-limited', delay_ms: 0 });
    expect(proxy.calls.filter((c) => c.includes('/api/credits/'))).toHaveLength(2);
  });
});
