// A `url:` video the service cannot fetch (HTTP 400 with a `reason`, "could not fetch the URL …") is
// NEMO_URL_FETCH naming the URL without its credentials and the reason, not "check that the API is reachable".
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactUrl } from '../../../src/backends/nemo/nemo-errors.js';
import type { RunningServer } from '../../../src/server/index.js';
import { failureOf, loadItems, makeRepo, startTestServer, testBackend } from './harness.js';

describe('nemo client: a video URL the service cannot fetch', () => {
  let repo: string;
  let files: Server;
  let origin: string;
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    repo = await makeRepo();
    files = createServer((req, res) => {
      if (req.url?.startsWith('/notes')) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('just some text, not a video\n'.repeat(50));
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    });
    await new Promise<void>((done) => files.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await new Promise((done) => files.close(done));
  });

  async function fail(url: string, allowPrivateUrls: boolean) {
    const server = await startTestServer({ allowPrivateUrls });
    servers.push(server);
    const { backend } = await testBackend(server);
    const { items } = await loadItems(repo, ['  - name: remote', `    url: "${url}"`, '    script: scripts/demo.txt']);
    return { error: await failureOf(backend, items[0]!), server };
  }

  it('the URL answers 404: NEMO_URL_FETCH with the URL (credentials hidden) and the reason; nothing charged', async () => {
    const { error, server } = await fail(`http://alice:s3cret@${origin.slice('http://'.length)}/clips/demo.mp4?token=abc123&v=2`, true);
    expect(error).toMatchObject({ code: 'NEMO_URL_FETCH', backendCode: 400 });
    expect(error.message).toContain(`${origin.replace('http://', 'http://***@')}/clips/demo.mp4?token=***&v=2`);
    expect(error.message).toContain('HTTP 404');
    expect(error.message).toContain('(http-status)');
    for (const text of [error.message, error.hint]) {
      expect(text).not.toContain('s3cret');
      expect(text).not.toContain('abc123');
    }
    expect(error.hint).toContain('public');
    expect(error.hint).not.toContain('reachable from here');
    expect(server.ledger()).toEqual([]);
  });

  it('a private address the service will not fetch: the reason says so', async () => {
    const { error } = await fail(`${origin}/clips/demo.mp4`, false);
    expect(error.code).toBe('NEMO_URL_FETCH');
    expect(error.message).toContain(`${origin}/clips/demo.mp4`);
    expect(error.message).toContain('(private-address)');
  });

  it('any other failure of a url: video (here 4001, not a video) shows the URL without its credentials too', async () => {
    const { error } = await fail(`http://alice:s3cret@${origin.slice('http://'.length)}/notes.mp4?sig=abc123`, true);
    expect(error.code).toBe('NEMO_UNSUPPORTED_FILE');
    for (const text of [error.message, error.hint]) {
      expect(text).not.toContain('s3cret');
      expect(text).not.toContain('abc123');
    }
  });

  it('redactUrl keeps the URL readable and drops what authenticates', () => {
    expect(redactUrl('https://u:p@cdn.example/v.mp4?X-Amz-Signature=abc&X-Amz-Date=1&part=2')).toBe('https://***@cdn.example/v.mp4?X-Amz-Signature=***&X-Amz-Date=***&part=2');
    expect(redactUrl('https://cdn.example/v.mp4')).toBe('https://cdn.example/v.mp4');
  });
});
