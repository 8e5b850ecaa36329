// A restart with the same data folder keeps tokens, sessions, state, the ledger and finished outputs;
// an export running when the server stopped comes back as failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { anonymousToken, call, makeVideo, message, newSession, pollUntil, SCRIPT_MESSAGE, serve, settled, state, tempDir, upload, waitJob } from './helpers.js';

describe('restart with the same data folder', () => {
  let second: Awaited<ReturnType<typeof serve>>;
  let token: string;
  let user: string;
  let sid: string;
  let draftBefore: any;
  let ledgerBefore: unknown[];
  let done: { id: string; size: number };
  let interrupted: string;

  beforeAll(async () => {
    const media = await tempDir('voiceover-media-');
    const first = await serve({ messageCost: 30 });
    ({ token, user_id: user } = await anonymousToken(first, 'restart-client'));
    sid = await newSession(first, token);
    await upload(first, token, sid, [{ path: await makeVideo(join(media, 'clip.mp4')) }]);
    await message(first, token, sid, SCRIPT_MESSAGE);
    draftBefore = (await pollUntil(() => state(first, token, sid), settled)).draft;
    const id = `render_${randomUUID()}`;
    await call(first, 'POST', '/api/render/proxy/lambda', { token, body: { id, sessionId: sid, draft: draftBefore } });
    const job = await waitJob(first, token, id);
    done = { id, size: job.output.size };
    // Start another export and stop the server while it runs.
    interrupted = `render_${randomUUID()}`;
    const slow = { ...draftBefore, m: { ...draftBefore.m, burn: true } };
    expect((await call(first, 'POST', '/api/render/proxy/lambda', { token, body: { id: interrupted, sessionId: sid, draft: slow } })).body.success).toBe(true);
    ledgerBefore = first.ledger();
    await first.close();
    second = await serve({ dataDir: first.dataDir, messageCost: 30 });
  });
  afterAll(() => second?.close());

  it('accepts the same token for the same user and balance', async () => {
    const balance = await call(second, 'GET', '/api/credits/balance/simple', { token });
    expect(balance.body.data.available).toBe(70);
    expect((await anonymousToken(second, 'restart-client')).user_id).toBe(user);
  });

  it('keeps the session, its settled state and the ledger', async () => {
    const s = await state(second, token, sid);
    expect(settled(s)).toBe(true);
    expect(s.draft).toEqual(draftBefore);
    expect(s.video_infos[0].cdn_url.startsWith(second.url)).toBe(true);
    expect(second.ledger()).toEqual(ledgerBefore);
  });

  it('still serves a completed output; the interrupted export is failed', async () => {
    const job = (await call(second, 'GET', `/api/render/proxy/lambda/${done.id}`, { token })).body.data;
    expect(job.status).toBe('completed');
    expect(job.output.url.startsWith(second.url)).toBe(true);
    const file = await fetch(`${second.url}/api/render/proxy/${done.id}/download`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await file.arrayBuffer()).byteLength).toBe(done.size);
    const cut = (await call(second, 'GET', `/api/render/proxy/lambda/${interrupted}`, { token })).body.data;
    expect(cut.status).toBe('failed');
  });

  it('renders the restored draft again', async () => {
    const id = `render_${randomUUID()}`;
    await call(second, 'POST', '/api/render/proxy/lambda', { token, body: { id, sessionId: sid, draft: draftBefore } });
    expect((await waitJob(second, token, id)).status).toBe('completed');
  });
});
