// Export checks: the draft is validated, only this account's files inside the data folder render,
// one export at a time per session, ids are not reused, cancel stops the job and removes its file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { probeMedia } from '../../src/media/probe.js';
import { anonymousToken, call, makeVideo, message, newSession, pollUntil, SCRIPT_MESSAGE, serve, settled, state, tempDir, upload, waitJob } from './helpers.js';

let server: Awaited<ReturnType<typeof serve>>;
let token: string;
let sid: string;
let draft: any;
let media: string;
/** A completed export of this file's session. */
let completedId: string;
const exportBody = (d: any, session = sid) => ({ id: `render_${randomUUID()}`, sessionId: session, draft: d, output: { format: 'mp4', quality: 'draft' } });
const post = (body: unknown, t = token) => call(server, 'POST', '/api/render/proxy/lambda', { token: t, body });

beforeAll(async () => {
  media = await tempDir('voiceover-media-');
  server = await serve();
  ({ token } = await anonymousToken(server));
  sid = await newSession(server, token);
  await upload(server, token, sid, [{ path: await makeVideo(join(media, 'clip.mp4')) }]);
  await message(server, token, sid, SCRIPT_MESSAGE);
  draft = (await pollUntil(() => state(server, token, sid), settled)).draft;
});
afterAll(() => server?.close());

describe('export validation', () => {
  it('refuses a malformed draft (400, naming the field)', async () => {
    const broken = structuredClone(draft);
    broken.t[0].sg[0].d = -5;
    const answer = await post(exportBody(broken));
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/t\.0\.sg\.0\.d/);
    expect((await post(exportBody({ d: 1000, m: draft.m, t: [] }))).status).toBe(400);
  });

  it('refuses unusable mid-video holds (h) with the 400 error shape, naming the hold', async () => {
    const withHolds = (h: unknown) => {
      const d = structuredClone(draft);
      d.t[0].sg[0].h = h;
      return d;
    };
    const refused = async (h: unknown, field: RegExp) => {
      const answer = await post(exportBody(withHolds(h)));
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 400, success: false });
      expect(answer.body.message).toMatch(/^invalid draft: /);
      expect(answer.body.message).toMatch(field);
      expect(answer.body.problems.join('; ')).toMatch(field);
    };
    const segmentMs = draft.t[0].sg[0].d as number;
    await refused({ at: 100, d: 100 }, /t\.0\.sg\.0\.h/);
    await refused([{ at: -1, d: 100 }], /t\.0\.sg\.0\.h\.0\.at/);
    await refused([{ at: 100, d: -100 }], /t\.0\.sg\.0\.h\.0\.d/);
    await refused([{ at: 100 }], /t\.0\.sg\.0\.h\.0\.d/);
    await refused([{ at: 100, d: 100 }, { at: 'soon', d: 100 }], /t\.0\.sg\.0\.h\.1\.at/);
    await refused(Array.from({ length: 2001 }, () => ({ at: 0, d: 0 })), /t\.0\.sg\.0\.h/);
    // `at` is source time: past the source the segment shows (its d minus the held time) is refused.
    await refused([{ at: 100, d: 500 }, { at: segmentMs - 400, d: 200 }], /t\.0\.sg\.0\.h\.1\.at: .*past the end of the source/);
    await refused([{ at: 0, d: segmentMs + 1 }], /t\.0\.sg\.0\.h: .*longer than the segment/);
  });

  it('accepts usable holds and renders them: the output is longer by the held time', async () => {
    const held = structuredClone(draft);
    const video = held.t[0].sg[0];
    video.h = [{ at: 1000, d: 600 }];
    video.d += 600;
    held.d += 600;
    const session = await newSession(server, token);
    const body = exportBody(held, session);
    expect((await post(body)).body).toMatchObject({ success: true, data: { status: 'pending' } });
    const job = await waitJob(server, token, body.id);
    expect(job.status, job.error).toBe('completed');
    const file = join(media, 'held.mp4');
    await writeFile(file, Buffer.from(await (await fetch(job.output.url)).arrayBuffer()));
    const probe = await probeMedia(file);
    expect(Math.abs(probe.duration - held.d / 1000)).toBeLessThan(0.15);
  });

  it('never renders a path outside the data folder, or another account’s file', async () => {
    const outside = structuredClone(draft);
    outside.t[0].sg[0].src = join(media, 'clip.mp4');
    const a = await post(exportBody(outside));
    expect(a.status).toBe(400);
    expect(a.body.message).toMatch(/not one of this account's files/);
    const sneaky = structuredClone(draft);
    sneaky.t[0].sg[0].src = join(server.dataDir, 'db', 'tokens.json');
    expect((await post(exportBody(sneaky))).status).toBe(400);
    const traversal = structuredClone(draft);
    traversal.t[1].sg[0].src = `${server.dataDir}/clips/../../../etc/passwd`;
    expect((await post(exportBody(traversal))).status).toBe(400);
    const other = await anonymousToken(server);
    const otherSession = await newSession(server, other.token);
    const stolen = await post(exportBody(draft, otherSession), other.token);
    expect(stolen.status).toBe(400);
  });

  it('answers 1002 for an unknown session', async () => {
    expect((await post(exportBody(draft, randomUUID()))).body.code).toBe(1002);
  });
});

describe('export jobs', () => {
  it('runs one export at a time per session; cancel stops it and removes the partial file', async () => {
    const slow = structuredClone(draft);
    slow.m.burn = true; // burnt captions: the picture is re-encoded, the render takes a while
    const first = exportBody(slow);
    expect((await post(first)).body.data.status).toBe('pending');
    const second = await post(exportBody(draft));
    expect(second.status).toBe(409);
    const canceled = await call(server, 'POST', `/api/render/proxy/lambda/${first.id}/cancel`, { token });
    expect(canceled.body).toMatchObject({ success: true, data: { id: first.id, status: 'failed', canceled: true } });
    expect((await readdir(join(server.dataDir, 'outputs'))).filter((f) => f.startsWith(first.id))).toEqual([]);
    const download = await call(server, 'GET', `/api/render/proxy/${first.id}/download`, { token });
    expect(download.status).toBe(409);
    // The session is free again, and the same id can't be reused for another session.
    const third = exportBody(draft);
    await post(third);
    expect((await waitJob(server, token, third.id)).status).toBe('completed');
    completedId = third.id;
    const other = await newSession(server, token);
    expect((await post({ ...third, sessionId: other })).status).toBe(409);
    expect((await post(third)).body.data).toMatchObject({ id: third.id, status: 'completed' });
  });

  it('keeps render jobs private to their account', async () => {
    const other = await anonymousToken(server);
    expect((await call(server, 'GET', `/api/render/proxy/lambda/${completedId}`, { token })).status).toBe(200);
    expect((await call(server, 'GET', `/api/render/proxy/lambda/${completedId}`, { token: other.token })).status).toBe(404);
    expect((await call(server, 'GET', `/api/render/proxy/${completedId}/download`, { token: other.token })).status).toBe(404);
  });
});
