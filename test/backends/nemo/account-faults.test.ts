// Account, session and transport faults of the real server: 429, 1001, 1002, a 5xx on upload,
// 403, 4001; each either recovers (retry, renewal, new session) or fails with an actionable error.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../../src/media/probe.js';
import type { RunningServer } from '../../../src/server/index.js';
import { demoVideo, expectNoDoubleCharge, failureOf, loadItems, makeRepo, processDirect, startTestServer, testBackend, type FaultPlan } from './harness.js';

describe('nemo client: account, session and transport faults', () => {
  let server: RunningServer;
  let repo: string;
  beforeAll(async () => {
    server = await startTestServer({ tokens: ['registered-token', 'reader-token:read'] });
    repo = await makeRepo();
  });
  afterAll(async () => {
    expectNoDoubleCharge(server);
    await server?.close();
  });

  async function deliver(plan: FaultPlan, options: Parameters<typeof testBackend>[1] = {}) {
    server.setFaults(plan);
    const before = server.ledger().length;
    const { backend, events } = await testBackend(server, options);
    const { items } = await loadItems(repo, demoVideo());
    const { result, ctx } = await processDirect(backend, items[0]!);
    expect((await probeMedia(ctx.output)).video?.codec).toBe('h264');
    expect(server.ledger().length - before, 'charged exactly once').toBe(1);
    return { result, events };
  }

  it('429 with Retry-After: waits that long, retries once, goes on', async () => {
    const { events } = await deliver({ rateLimit: { path: '/api/credits', times: 1, retryAfterS: 1 } });
    expect(events).toContainEqual({ type: 'retry', call: 'credits', reason: 'rate-limited', delay_ms: 1000 });
  });

  it('429 without Retry-After waits the default; a second 429 fails clearly', async () => {
    const { events } = await deliver({ rateLimit: { path: '/api/state', times: 1 } });
    expect(events).toContainEqual({ type: 'retry', call: 'state', reason: 'rate-limited', delay_ms: 50 });
    server.setFaults({ rateLimit: { path: '/api/tasks', times: 2 } });
    const { backend } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo());
    const error = await failureOf(backend, items[0]!);
    expect(error).toMatchObject({ code: 'NEMO_RATE_LIMITED', backendCode: 429 });
  });

  it('1001 mid-run on an anonymous token: one renewal with the same client id, then the call again', async () => {
    const { events, result } = await deliver({ expireTokenAfterCalls: 4 });
    expect(events.filter((e) => e.type === 'reauth')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'session')).toHaveLength(1);
    expect(result.credits?.spent).toBe(50);
  });

  it('1001 on a registered token fails at once with a clear message', async () => {
    const { backend, events } = await testBackend(server, { token: 'not-a-known-token' });
    const { items } = await loadItems(repo, demoVideo());
    const error = await failureOf(backend, items[0]!);
    expect(error).toMatchObject({ code: 'NEMO_AUTH', backendCode: 1001 });
    expect(error.hint).toContain('NEMO_TOKEN');
    expect(`${error.message} ${error.hint}`).not.toContain('not-a-known-token');
    expect(events.filter((e) => e.type === 'reauth')).toHaveLength(0);
  });

  it('1002 before the message: a new session, the item redone and charged once', async () => {
    const { events } = await deliver({ loseSessionOnce: true });
    expect(events.filter((e) => e.type === 'session')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'new-session')).toHaveLength(1);
  });

  it('1002 after the message was accepted, with on_session_lost: fail: fails without sending it again', async () => {
    server.setFaults({});
    const before = server.ledger().length;
    const { backend, events } = await testBackend(server, {
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'message-sent') server.setFaults({ loseSessionOnce: true });
      },
    });
    const { items } = await loadItems(repo, demoVideo('demo', ['    nemo: { on_session_lost: fail }']));
    const error = await failureOf(backend, items[0]!);
    expect(error).toMatchObject({ code: 'NEMO_SESSION_LOST', backendCode: 1002 });
    expect(error.hint).toContain('not sent again');
    expect(events.filter((e) => e.type === 'message-sent')).toHaveLength(1);
    expect(server.ledger().length - before).toBe(1);
  });

  it('a 5xx on upload is retried', async () => {
    const { events } = await deliver({ uploadServerErrorOnce: true });
    expect(events).toContainEqual(expect.objectContaining({ type: 'retry', call: 'upload', reason: 'server-error' }));
  });

  it('a registered token works without the anonymous-token call', async () => {
    const { result } = await deliver({}, { token: 'registered-token' });
    expect(result.credits).toEqual({ spent: 50, available: 50 });
  });

  it('403 names the missing scope', async () => {
    server.setFaults({});
    const { backend } = await testBackend(server, { token: 'reader-token' });
    const { items } = await loadItems(repo, demoVideo());
    const error = await failureOf(backend, items[0]!);
    expect(error).toMatchObject({ code: 'NEMO_SCOPE', backendCode: 403 });
    expect(error.message).toContain('lacks the write scope');
  });

  it('4001: an unsupported file names the accepted types; nothing is charged', async () => {
    server.setFaults({});
    const before = server.ledger().length;
    await writeFile(join(repo, 'media/notes.mp4'), 'these are meeting notes, not a video\n'.repeat(50));
    const { backend } = await testBackend(server);
    const { items } = await loadItems(repo, ['  - name: notes', '    video: media/notes.mp4', '    script: scripts/demo.txt']);
    const error = await failureOf(backend, items[0]!);
    expect(error).toMatchObject({ code: 'NEMO_UNSUPPORTED_FILE', backendCode: 4001 });
    expect(error.message).toContain('media/notes.mp4');
    expect(error.hint).toContain('mp4 mov avi webm mkv');
    expect(server.ledger().length).toBe(before);
  });
});
