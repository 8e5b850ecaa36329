// A session lost (1002) after the service accepted the message (issue 7 item 3): the protocol's rule
// is "open a new session and redo that item", once. The video is delivered from the new session, and
// the log, report.json and the annotation say the message was charged again, with the credits spent;
// `nemo: { on_session_lost: fail }` fails instead; a second loss on the redo fails (no loop).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../src/core/logger.js';
import { warningAnnotations } from '../../../src/github/annotations.js';
import { probeMedia } from '../../../src/media/probe.js';
import { runItems } from '../../../src/runner/run.js';
import type { RunningServer } from '../../../src/server/index.js';
import { demoVideo, failureOf, loadItems, makeRepo, processDirect, startTestServer, stubNemoEnv, testBackend } from './harness.js';

describe('nemo client: a session lost after the message was accepted', () => {
  let server: RunningServer;
  let repo: string;
  beforeAll(async () => {
    server = await startTestServer();
    repo = await makeRepo();
    await stubNemoEnv(server.url);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.close();
  });

  it('1002 in the stream after the message was charged: redone once in a new session, delivered, with the charge-again warning and the credits spent in report.json and an annotation', async () => {
    server.setFaults({ loseSessionAfterMessage: 'once' });
    const warned: string[] = [];
    const itemLogger = (): Logger => ({ debug() {}, info() {}, warn: (m) => warned.push(m), error() {} });
    const { config, items } = await loadItems(repo, demoVideo());
    const before = server.ledger().length;
    const { reportFile } = await runItems(config, items, { backend: 'nemo', concurrency: 1, itemLogger });
    const item = JSON.parse(await readFile(reportFile, 'utf8')).items[0];
    expect(item.status, JSON.stringify(item.error)).toBe('delivered');
    expect((await probeMedia(join(repo, 'out/demo.mp4'))).audio?.codec).toBe('aac');
    // Two charges, in two sessions; the delivered file comes from the second.
    const charges = server.ledger().slice(before);
    expect(charges).toHaveLength(2);
    expect(charges[0]!.session_id).not.toBe(charges[1]!.session_id);
    expect(item.links.task).toContain(`session=${charges[1]!.session_id}`);
    expect(item.credits).toEqual({ spent: 100, available: 0 });
    const [warning] = item.warnings;
    expect(warning).toMatchObject({ code: 'NEMO_SESSION_REDONE', file: 'voiceover.config.yml', line: items[0]!.line });
    expect(warning.message).toContain(`the NemoVideo session ${charges[0]!.session_id} was lost (1002) after the service had accepted the message`);
    expect(warning.message).toContain(`redone once in a new session (${charges[1]!.session_id}), so the message was sent, and charged, again: 100 credits spent on this video in this run, 0 left`);
    expect(warning.hint).toContain('on_session_lost: fail');
    expect(warned.join('\n')).toContain('redoing the video once in a new session, so the message is sent (and charged) again');
    expect(warned.join('\n')).toContain('100 credits spent on this video');
    const [annotation] = warningAnnotations([item], repo, repo);
    expect(annotation).toMatchObject({ level: 'warning', title: 'NemoVideo message charged again', file: 'voiceover.config.yml', line: items[0]!.line });
    expect(annotation!.message).toMatch(/^demo: .*charged, again: 100 credits spent/);
  });

  it('1002 on a state read after the message was accepted: also redone once (one new-session event), delivered', async () => {
    server.setFaults({});
    const before = server.ledger().length;
    const { backend, events } = await testBackend(server, {
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'message-sent' && events.filter((e) => e.type === 'message-sent').length === 1) server.setFaults({ loseSessionOnce: true });
      },
    });
    const { items } = await loadItems(repo, demoVideo('poll-lost'));
    const { result, ctx } = await processDirect(backend, items[0]!);
    expect((await probeMedia(ctx.output)).video?.codec).toBe('h264');
    expect(server.ledger().length - before).toBe(2);
    expect(events.filter((e) => e.type === 'message-sent')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'new-session')).toEqual([{ type: 'new-session', reason: expect.stringContaining('was lost (1002) on the state call after the service had accepted the message') }]);
    expect(result.credits).toEqual({ spent: 100, available: 0 });
    expect(result.warnings?.map((w) => w.code)).toEqual(['NEMO_SESSION_REDONE']);
  });

  it('on_session_lost: fail keeps failing the video without sending the message again', async () => {
    server.setFaults({ loseSessionAfterMessage: 'once' });
    const before = server.ledger().length;
    const { backend, events } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo('refuse', ['    nemo: { on_session_lost: fail }']));
    const error = await failureOf(backend, items[0]!);
    expect(error).toMatchObject({ code: 'NEMO_SESSION_LOST', backendCode: 1002 });
    expect(error.message).toContain('after the service had accepted the message');
    expect(error.hint).toContain('nemo.on_session_lost is fail, so the message was not sent again');
    expect(events.filter((e) => e.type === 'session')).toHaveLength(1);
    expect(server.ledger().length - before).toBe(1);
  });

  it("an earlier run's session gone at the next run: on_session_lost: fail fails and keeps the record; the default starts over with the charge-again warning", async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'nemo-state-'));
    const { backend } = await testBackend(server);
    const context = async () => {
      const workDir = await mkdtemp(join(tmpdir(), 'nemo-work-'));
      return { output: join(workDir, 'gone.mp4'), captions: {}, workDir, cacheDir: join(workDir, 'cache'), stateDir };
    };
    const { items: failing } = await loadItems(repo, demoVideo('gone', ['    nemo: { on_session_lost: fail }']));
    const charges = server.ledger().length;
    server.setFaults({ renderFail: 'always' });
    await expect(backend.process(failing[0]!, await context())).rejects.toMatchObject({ code: 'NEMO_RENDER_FAILED' });
    server.setFaults({ loseSessionOnce: true });
    const refused = await backend.process(failing[0]!, await context()).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'NEMO_SESSION_LOST', backendCode: 1002 });
    expect((refused as Error).message).toContain('that an earlier run sent this message to is gone (1002)');
    expect((refused as { hint: string }).hint).toContain('--force');
    expect(server.ledger().length - charges).toBe(1);
    expect(JSON.parse(await readFile(join(stateDir, 'sent-message.json'), 'utf8')).session_id).toBe(server.ledger().at(-1)!.session_id);

    server.setFaults({});
    const { items } = await loadItems(repo, demoVideo('gone'));
    const result = await backend.process(items[0]!, await context());
    expect(server.ledger().length - charges).toBe(2);
    expect(result.credits).toEqual({ spent: 50, available: 0 });
    expect(result.warnings?.[0]?.code).toBe('NEMO_SESSION_REDONE');
    expect(result.warnings?.[0]?.message).toContain('that an earlier run sent this message to was gone (1002); the video was redone once in a new session');
    expect(result.warnings?.[0]?.message).toContain('50 credits spent on this video in this run, 0 left');
  });

  it('a redo the balance cannot pay for is not sent: NEMO_NO_CREDITS says it was for the lost session', async () => {
    const poor = await startTestServer({ grantCredits: 50 });
    try {
      poor.setFaults({ loseSessionAfterMessage: 'once' });
      const { backend, events } = await testBackend(poor);
      const { items } = await loadItems(repo, demoVideo('poor'));
      const error = await failureOf(backend, items[0]!);
      expect(error.code).toBe('NEMO_NO_CREDITS');
      expect(error.message).toContain('the service lost the session (1002) after it accepted the message, and redoing the video in a new session sends it again: the balance is 0');
      expect(events.filter((e) => e.type === 'session')).toHaveLength(1);
      expect(poor.ledger()).toHaveLength(1);
    } finally {
      await poor.close();
    }
  });

  it('a second 1002 on the redo fails: two messages, never a third', async () => {
    server.setFaults({ loseSessionAfterMessage: 'always' });
    const before = server.ledger().length;
    const { backend, events } = await testBackend(server);
    const { items } = await loadItems(repo, demoVideo('twice'));
    const error = await failureOf(backend, items[0]!);
    expect(error).toMatchObject({ code: 'NEMO_SESSION_LOST', backendCode: 1002 });
    expect(error.message).toContain('in the new session that redid the video after the first session was lost as well');
    expect(error.hint).toContain('the message is not sent a third time');
    expect(events.filter((e) => e.type === 'session')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'new-session')).toHaveLength(1);
    expect(server.ledger().length - before).toBe(2);
  });
});
