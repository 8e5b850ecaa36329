// The HTTP and export entries of the FaultPlan, observed over plain HTTP.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { anonymousToken, call, makeVideo, message, newSession, pollUntil, SCRIPT_MESSAGE, serve, settled, state, tempDir, upload, waitJob } from './helpers.js';

let server: Awaited<ReturnType<typeof serve>>;
let token: string;
let video: string;

/** A session with the test video uploaded. */
async function sessionWithVideo(extra: { path: string }[] = []): Promise<string> {
  const sid = await newSession(server, token);
  const answer = await upload(server, token, sid, [{ path: video }, ...extra]);
  expect(answer.body.code).toBe(0);
  return sid;
}

/** A session whose edit is done and settled; its draft. */
async function editedSession(): Promise<{ sid: string; draft: any }> {
  const sid = await sessionWithVideo();
  await message(server, token, sid, SCRIPT_MESSAGE);
  const s = await pollUntil(() => state(server, token, sid), settled);
  return { sid, draft: s.draft };
}

const exportBody = (sid: string, draft: any) => ({ id: `render_${randomUUID()}`, sessionId: sid, draft, output: { format: 'mp4', quality: 'draft' } });

beforeAll(async () => {
  const media = await tempDir('voiceover-media-');
  video = await makeVideo(join(media, 'clip.mp4'));
  server = await serve({ grantCredits: 100_000 });
  ({ token } = await anonymousToken(server));
});
afterAll(() => server?.close());
afterEach(() => server.setFaults({}));

describe('HTTP faults', () => {
  it('rateLimit: 429 with Retry-After for the next N matching requests, then normal', async () => {
    server.setFaults({ rateLimit: { path: '/api/credits', times: 2, retryAfterS: 3 } });
    for (let i = 0; i < 2; i++) {
      const answer = await call(server, 'GET', '/api/credits/balance/simple', { token });
      expect(answer.status).toBe(429);
      expect(answer.headers.get('retry-after')).toBe('3');
    }
    expect((await call(server, 'GET', '/api/credits/balance/simple', { token })).status).toBe(200);
  });

  it('expireTokenAfterCalls: the anonymous token expires (1001); a new token for the same client id works', async () => {
    const client = randomUUID();
    const first = await anonymousToken(server, client);
    server.setFaults({ expireTokenAfterCalls: 2 });
    expect((await call(server, 'GET', '/api/credits/balance/simple', { token: first.token })).body.code).toBe(0);
    expect((await call(server, 'GET', '/api/credits/balance/simple', { token: first.token })).body.code).toBe(0);
    expect((await call(server, 'GET', '/api/credits/balance/simple', { token: first.token })).body.code).toBe(1001);
    expect((await call(server, 'GET', '/api/credits/balance/simple', { token: first.token })).body.code).toBe(1001);
    const second = await anonymousToken(server, client);
    expect(second.user_id).toBe(first.user_id);
    expect((await call(server, 'GET', '/api/credits/balance/simple', { token: second.token })).body.code).toBe(0);
  });

  it('loseSessionOnce: the next call naming a session answers 1002 and the session is gone', async () => {
    const sid = await newSession(server, token);
    server.setFaults({ loseSessionOnce: true });
    expect((await call(server, 'GET', `/api/state/nemo_agent/me/${sid}/latest`, { token })).body.code).toBe(1002);
    expect((await call(server, 'GET', `/api/state/nemo_agent/me/${sid}/latest`, { token })).body.code).toBe(1002);
    const fresh = await newSession(server, token);
    expect((await call(server, 'GET', `/api/state/nemo_agent/me/${fresh}/latest`, { token })).body.code).toBe(0);
  });

  it('uploadServerErrorOnce: the next upload answers HTTP 500, the retry works', async () => {
    const sid = await newSession(server, token);
    server.setFaults({ uploadServerErrorOnce: true });
    expect((await upload(server, token, sid, [{ path: video }])).status).toBe(500);
    const retry = await upload(server, token, sid, [{ path: video }]);
    expect(retry.body.code).toBe(0);
    expect((await state(server, token, sid)).video_infos).toHaveLength(1);
  });
});

describe('export faults', () => {
  let edited: { sid: string; draft: any };
  /** A completed export (from the renderFail 'once' test). */
  let completed: any;
  beforeAll(async () => {
    edited = await editedSession();
  });

  it('blockExport and missing attribution headers: HTTP 402', async () => {
    server.setFaults({ blockExport: true });
    const blocked = await call(server, 'POST', '/api/render/proxy/lambda', { token, body: exportBody(edited.sid, edited.draft) });
    expect(blocked.status).toBe(402);
    expect(blocked.body.message).toMatch(/plan/);
    server.setFaults({});
    const unattributed = await call(server, 'POST', '/api/render/proxy/lambda', { token, body: exportBody(edited.sid, edited.draft), headers: { 'X-Skill-Source': '', 'X-Skill-Platform': '' } });
    expect(unattributed.status).toBe(402);
    for (const header of ['X-Skill-Source', 'X-Skill-Version', 'X-Skill-Platform']) {
      const without = await call(server, 'POST', '/api/render/proxy/lambda', { token, body: exportBody(edited.sid, edited.draft), headers: { [header]: '' } });
      expect(without.status, header).toBe(402);
      expect(without.body).toMatchObject({ code: 402, missing_headers: [header] });
      expect(without.body.message).toContain(`missing: ${header}`);
    }
  });

  it("renderFail 'once': the first export fails, a new id completes", async () => {
    server.setFaults({ renderFail: 'once' });
    const first = exportBody(edited.sid, edited.draft);
    await call(server, 'POST', '/api/render/proxy/lambda', { token, body: first });
    expect((await waitJob(server, token, first.id)).status).toBe('failed');
    const second = exportBody(edited.sid, edited.draft);
    await call(server, 'POST', '/api/render/proxy/lambda', { token, body: second });
    completed = await waitJob(server, token, second.id);
    expect(completed.status).toBe('completed');
  });

  it("renderFail 'always': every export fails", async () => {
    server.setFaults({ renderFail: 'always' });
    for (let i = 0; i < 2; i++) {
      const body = exportBody(edited.sid, edited.draft);
      await call(server, 'POST', '/api/render/proxy/lambda', { token, body });
      const job = await waitJob(server, token, body.id);
      expect(job.status).toBe('failed');
      expect(job.error).toMatch(/injected/);
    }
  });

  it('truncateDownloadOnce: half the bytes under the full Content-Length, then the socket dies; the next download is whole', async () => {
    const job = completed;
    server.setFaults({ truncateDownloadOnce: true });
    const cut = await fetch(job.output.url);
    const length = Number(cut.headers.get('content-length'));
    const received: Uint8Array[] = [];
    await expect(
      (async () => {
        for await (const chunk of cut.body as AsyncIterable<Uint8Array>) received.push(chunk);
      })(),
    ).rejects.toThrow();
    const got = received.reduce((n, c) => n + c.length, 0);
    expect(got).toBeLessThan(length);
    expect(got).toBeGreaterThan(0);
    const whole = await fetch(job.output.url);
    expect((await whole.arrayBuffer()).byteLength).toBe(length);
  });
});
