// Credits (2001 before spending and from the service), the upload size limit (4002), music and
// `url:` videos, each against its own real server.
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { rm, truncate, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../../src/media/probe.js';
import type { RunningServer, ServerOptions } from '../../../src/server/index.js';
import { demoVideo, expectNoDoubleCharge, failureOf, loadItems, makeRepo, processDirect, startTestServer, testBackend } from './harness.js';

describe('nemo client: credits and inputs', () => {
  let repo: string;
  const open: { close(): unknown }[] = [];
  beforeAll(async () => {
    repo = await makeRepo();
  });
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });
  async function serve(options: Partial<ServerOptions>): Promise<RunningServer> {
    const server = await startTestServer(options);
    open.push(server);
    return server;
  }

  it('2001 before spending: the balance cannot cover a message, nothing is opened or rendered; the hint has the bind link', async () => {
    const server = await serve({ grantCredits: 40 });
    const { backend, events } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo());
    const error = await failureOf(backend, items[0]!);
    expect(error.code).toBe('NEMO_NO_CREDITS');
    expect(error.message).toContain('balance is 40');
    expect(error.hint).toMatch(/https:\/\/web\.test\/\?bind=usr_[0-9a-f]+/);
    expect(events.filter((e) => e.type === 'session' || e.type === 'export')).toEqual([]);
    expect(server.ledger()).toEqual([]);
  });

  it('2001 from the service: nothing rendered or charged, backend code kept, bind link for the anonymous account', async () => {
    const server = await serve({ grantCredits: 100, messageCost: 150 });
    const { backend, events } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo());
    const error = await failureOf(backend, items[0]!);
    expect(error).toMatchObject({ code: 'NEMO_NO_CREDITS', backendCode: 2001 });
    expect(error.hint).toMatch(/\?bind=usr_[0-9a-f]+/);
    expect(events.filter((e) => e.type === 'export')).toEqual([]);
    expect(server.ledger()).toEqual([]);
  });

  it('2001 on a registered account says "top up credits"', async () => {
    const server = await serve({ grantCredits: 10, tokens: ['team-token'] });
    const { backend } = await testBackend(server, { token: 'team-token' });
    const { items } = await loadItems(repo, demoVideo());
    const error = await failureOf(backend, items[0]!);
    expect(error.code).toBe('NEMO_NO_CREDITS');
    expect(error.hint).toContain('top up credits at https://web.test');
    expect(error.hint).not.toContain('bind=');
  });

  it('4002: a file over the limit names the limit and says compress or trim; nothing is charged', async () => {
    const server = await serve({ maxUploadBytes: 20_000 });
    const { backend } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo());
    expect(statSync(join(repo, 'media/demo.mp4')).size).toBeGreaterThan(20_000);
    const error = await failureOf(backend, items[0]!);
    expect(error).toMatchObject({ code: 'NEMO_FILE_TOO_LARGE', backendCode: 4002 });
    // The limit this server answered (limit_mb), not the hosted service's 500 MB.
    expect(error.hint).toMatch(/the limit is 0\.02 MB \(as the service answered\).*compress.*trim/);
    expect(error.hint).not.toContain('500 MB');
    expect(server.ledger()).toEqual([]);
  });

  it('a file over the hosted 500 MB is refused before sending, worded as the hosted service\'s limit', async () => {
    const server = await serve({});
    const { backend } = await testBackend(server);
    const big = join(repo, 'media/huge.mp4');
    // Sparse: 500 MiB and one byte, nothing written.
    await writeFile(big, '');
    await truncate(big, 500 * 1024 * 1024 + 1);
    const { items } = await loadItems(repo, ['  - name: huge', '    video: media/huge.mp4', '    script: scripts/demo.txt']);
    const error = await failureOf(backend, items[0]!);
    await rm(big, { force: true });
    expect(error).toMatchObject({ code: 'NEMO_FILE_TOO_LARGE', backendCode: 4002 });
    expect(error.message).toContain("over the hosted NemoVideo service's documented 500 MB a file; checked before sending");
    expect(error.hint).toContain("the limit is 500 MB (the hosted service's documented limit)");
    expect(server.ledger()).toEqual([]);
  });

  it('a `url:` video goes up by URL and a music file as a second upload; one message names it', async () => {
    const server = await serve({ allowPrivateUrls: true });
    const files: Server = createServer((req, res) => {
      const file = join(repo, 'media/demo.mp4');
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': statSync(file).size });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((done) => files.listen(0, '127.0.0.1', done));
    open.push({ close: () => new Promise((done) => files.close(done)) });
    const url = `http://127.0.0.1:${(files.address() as AddressInfo).port}/clips/demo.mp4`;
    const logs: string[] = [];
    const logger = { debug() {}, info: (line: string) => logs.push(line), warn: (line: string) => logs.push(line), error: (line: string) => logs.push(line) };
    const { backend, events } = await testBackend(server, { logger });
    const { items } = await loadItems(repo, ['  - name: remote', `    url: ${url}`, '    script: scripts/demo.txt', '    music: { file: media/bed.wav, volume: 0.3 }']);
    const { result, ctx } = await processDirect(backend, items[0]!);
    expect((await probeMedia(ctx.output)).video?.codec).toBe('h264');
    expect(result.lines).toHaveLength(2);
    expect(events.filter((e) => e.type === 'message-sent')).toHaveLength(1);
    expect(logs.find((l) => l.startsWith('nemo: Timeline'))).toMatch(/BGM: .*30%/);
    expect(server.ledger()).toHaveLength(1);
    expectNoDoubleCharge(server);
  });

  it('a message the service declines (a voice it lacks): its reply is the error, no waiting out poll_limit, nothing charged', async () => {
    const server = await serve({});
    const { backend } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo('declined', ['    voice: no-such-voice']));
    const error = await failureOf(backend, items[0]!);
    expect(error.code).toBe('NEMO_NOTHING_TO_EXPORT');
    expect(error.message).toContain('no-such-voice');
    expect(error.hint).toContain('/workspace/claim?task=');
    expect(server.ledger()).toEqual([]);
  });
});
