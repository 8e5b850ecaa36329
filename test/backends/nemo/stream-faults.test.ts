// The message's stream misbehaving, through faults of the real server: every item is still
// delivered from the session state, and its message is charged exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../../src/media/probe.js';
import type { RunningServer } from '../../../src/server/index.js';
import { demoVideo, expectNoDoubleCharge, loadItems, makeRepo, processDirect, startTestServer, testBackend, type FaultPlan } from './harness.js';

describe('nemo client: stream faults', () => {
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

  async function deliver(plan: FaultPlan, extra: string[] = []) {
    server.setFaults(plan);
    const before = server.ledger().length;
    const { backend, events } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo('demo', extra));
    const { result, ctx } = await processDirect(backend, items[0]!);
    expect((await probeMedia(ctx.output)).video?.codec).toBe('h264');
    expect(server.ledger().length - before, 'charged exactly once').toBe(1);
    expect(events.filter((e) => e.type === 'message-sent')).toHaveLength(1);
    return { result, events, streamEnd: events.find((e) => e.type === 'stream-end') };
  }

  it('a stream dropped mid-way: never POSTs again, reads the state until settled', async () => {
    const { result, events, streamEnd } = await deliver({ dropStreamAfter: 2 });
    expect(streamEnd).toMatchObject({ end: 'dropped' });
    expect(events.some((e) => e.type === 'state-poll' && e.settled)).toBe(true);
    expect(result.lines).toHaveLength(2);
  });

  it('a completion with no text: reads the state to learn what changed', async () => {
    const { result, streamEnd } = await deliver({ silentCompletion: true });
    expect(streamEnd).toMatchObject({ texts: 0 });
    expect(result.lines.map((l) => l.text)).toEqual(['Welcome to the demo.', 'It works.']);
  });

  it('a second stage: keeps polling while the state says processing', async () => {
    const { events } = await deliver({ secondStageMs: 1500 });
    const polls = events.filter((e) => e.type === 'state-poll');
    expect(polls.some((p) => p.type === 'state-poll' && p.exportable && !p.settled)).toBe(true);
    expect(polls.at(-1)).toMatchObject({ settled: true });
  });

  it('agent-event shaped events are read like typed ones', async () => {
    const { events, streamEnd } = await deliver({ agentEventShape: true });
    expect(streamEnd).toMatchObject({ end: 'closed' });
    expect(streamEnd && streamEnd.type === 'stream-end' && streamEnd.texts + streamEnd.tool_events).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'agent-text')).toBe(true);
  });

  it('keep-alives only past keepalive_timeout_s: stops reading and polls the state', async () => {
    const { streamEnd } = await deliver({ keepaliveOnly: true }, ['    nemo: { keepalive_timeout_s: 0.5 }']);
    expect(streamEnd).toMatchObject({ end: 'keepalive-timeout' });
  });
});
