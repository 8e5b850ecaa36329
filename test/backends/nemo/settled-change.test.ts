// "Settled" cannot tell what changed: the client reads the timeline before its message, does not take
// that same timeline for the message's result, and confirms a settled read after the stream ends, so
// a second stage the service flags a moment after the stream closes is still waited for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../../src/media/probe.js';
import type { RunningServer } from '../../../src/server/index.js';
import { demoVideo, expectNoDoubleCharge, failureOf, loadItems, makeRepo, processDirect, startTestServer, testBackend } from './harness.js';
import { startProxy, type RunningProxy } from './proxy.js';

describe('nemo client: a settled timeline must be the message\'s work', () => {
  let server: RunningServer;
  let repo: string;
  const proxies: RunningProxy[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    repo = await makeRepo();
  });
  afterAll(async () => {
    for (const p of proxies) await p.close();
    expectNoDoubleCharge(server);
    await server?.close();
  });

  it('the video is on the timeline from the upload and the message changes nothing: NEMO_NOTHING_TO_EXPORT, no export', async () => {
    server.setFaults({ timelineAtUpload: 'no-change' });
    const { backend, events } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo('unchanged'));
    const error = await failureOf(backend, items[0]!);
    expect(error.code).toBe('NEMO_NOTHING_TO_EXPORT');
    expect(error.message).toContain('no change to the timeline');
    expect(error.message).toContain('Your video is on the timeline');
    expect(error.hint).toContain('--force');
    expect(events.filter((e) => e.type === 'message-sent')).toHaveLength(1);
    // The old timeline was settled all along, but never exported.
    expect(events.filter((e) => e.type === 'state-poll' && e.settled).length).toBeGreaterThanOrEqual(3);
    expect(events.filter((e) => e.type === 'export')).toEqual([]);
  });

  it('the video is on the timeline from the upload and the message edits it: the edited timeline is delivered', async () => {
    server.setFaults({ timelineAtUpload: 'edit' });
    const { backend } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo('edited'));
    const { result, ctx } = await processDirect(backend, items[0]!);
    expect(result.lines.map((l) => l.text)).toEqual(['Welcome to the demo.', 'It works.']);
    expect((await probeMedia(ctx.output)).audio?.codec).toBe('aac');
  });

  it('a second stage flagged just after the stream closes (the first read looks settled): the confirming read sees it and the client waits', async () => {
    server.setFaults({ secondStageMs: 1500 });
    // The first state read after the message answers "settled" on a timeline that is not the final one.
    const early = { code: 0, data: { state: { draft: { d: 4000, m: { width: 320, height: 180 }, t: [{ tt: 0, sg: [{ src: '/nowhere/early.mp4', k: 'video', s: 0, d: 4000, x: 0 }] }] }, processing: false, status: 'completed' } } };
    const proxy = await startProxy(server.url, { intercept: (method, path, seen) => (method === 'GET' && path.startsWith('/api/state/') && seen === 1 ? { status: 200, body: early } : undefined) });
    proxies.push(proxy);
    const { backend, events } = await testBackend(server, { apiUrl: proxy.url });
    const { items } = await loadItems(repo, demoVideo('late-stage'));
    const { result, ctx } = await processDirect(backend, items[0]!);
    const polls = events.flatMap((e) => (e.type === 'state-poll' ? [e] : []));
    expect(polls[0]).toMatchObject({ poll: 1, settled: true });
    expect(polls[1]).toMatchObject({ poll: 2, settled: false });
    expect(polls.at(-1)).toMatchObject({ settled: true });
    expect(result.lines).toHaveLength(2);
    expect((await probeMedia(ctx.output)).video?.codec).toBe('h264');
  });
});
