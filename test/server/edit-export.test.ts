// A whole edit over real HTTP: upload, /run_sse, state, export, poll, download, probe; free questions; 2001.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { probeMedia } from '../../src/media/probe.js';
import { anonymousToken, call, exportable, makeVideo, message, newSession, SCRIPT_MESSAGE, serve, settled, state, tempDir, upload, waitJob } from './helpers.js';

describe('an edit through /run_sse, then export and download', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let token: string;
  let user: string;
  let session: string;
  let media: string;
  let sse: Awaited<ReturnType<typeof message>>;

  beforeAll(async () => {
    media = await tempDir('voiceover-media-');
    server = await serve({ grantCredits: 100, messageCost: 50 });
    ({ token, user_id: user } = await anonymousToken(server));
    session = await newSession(server, token);
    const up = await upload(server, token, session, [{ path: await makeVideo(join(media, 'demo.mp4')) }]);
    expect(up.body.code, JSON.stringify(up.body)).toBe(0);
    sse = await message(server, token, session, SCRIPT_MESSAGE);
  });
  afterAll(() => server?.close());

  it('streams typed events: progress text, tool calls with results, a final summary, then closes', () => {
    expect(sse.contentType).toMatch(/^text\/event-stream/);
    expect(sse.clean).toBe(true);
    const types = sse.events.map((e) => e.type);
    expect(types[0]).toBe('text');
    expect(sse.events[0].content).toMatch(/Planning 2 lines/);
    const calls = sse.events.filter((e) => e.type === 'tool_call').map((e) => e.name);
    expect(calls).toEqual(['analyze_video', 'synthesize_speech', 'plan_timeline', 'update_timeline']);
    const results = sse.events.filter((e) => e.type === 'tool_result');
    expect(results.map((e) => e.name)).toEqual(calls);
    expect(results.every((r) => sse.events.some((c) => c.type === 'tool_call' && c.id === r.id))).toBe(true);
    const last = sse.events.filter((e) => e.type === 'text').at(-1);
    expect(last.content).toMatch(/Timeline \(3 tracks\).*click the Export button/);
  });

  it('leaves the state exportable and settled, with the draft in short names', async () => {
    const s = await state(server, token, session);
    expect(settled(s)).toBe(true);
    expect(s.status).toBe('completed');
    expect(s.draft.t.map((t: any) => t.tt)).toEqual([0, 1, 7]);
    expect(s.draft.d).toBeGreaterThan(3900);
    expect(s.draft.m).toMatchObject({ width: 640, height: 360, quality: 'draft' });
    const voices = s.draft.t[1].sg.filter((g: any) => g.kind === 'voice');
    expect(voices.map((v: any) => v.s)).toEqual([500, 2000]);
    expect(s.video_infos[0]).toMatchObject({ filename: 'demo.mp4', file_type: 'video', width: 640, height: 360 });
    expect(s.canvas_config).toMatchObject({ width: 640, height: 360 });
    expect(s.generated_media[0].type).toBe('voiceover');
  });

  it('charged the message exactly once', () => {
    const entries = server.ledger();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ user_id: user, session_id: session, credits: 50 });
    expect(entries[0]!.message_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers status and credits questions (English and Chinese) without charging', async () => {
    const status = await message(server, token, session, 'What is the status?');
    expect(status.events.map((e) => e.content).join(' ')).toMatch(/ready.*Timeline/);
    const credits = await message(server, token, session, '我还有多少积分？');
    expect(credits.events.map((e) => e.content).join(' ')).toMatch(/50 credits available/);
    const balance = await call(server, 'GET', '/api/credits/balance/simple', { token });
    expect(balance.body).toEqual({ code: 0, data: { available: 50, frozen: 0, total: 50 } });
    expect(server.ledger()).toHaveLength(1);
  });

  it('exports the draft from the state: poll to completed, download a valid MP4', async () => {
    const s = await state(server, token, session);
    const id = `render_${Date.now()}`;
    const started = await call(server, 'POST', '/api/render/proxy/lambda', { token, body: { id, sessionId: session, draft: s.draft, output: { format: 'mp4', quality: 'draft' } } });
    expect(started.body).toMatchObject({ success: true, data: { id, status: 'pending', progress: 0 } });
    const job = await waitJob(server, token, id);
    expect(job.status, job.error).toBe('completed');
    expect(job.progress).toBe(100);
    expect(job.output.url).toBe(job.outputUrl);
    const viaUrl = await fetch(job.output.url);
    const bytes = Buffer.from(await viaUrl.arrayBuffer());
    expect(Number(viaUrl.headers.get('content-length'))).toBe(bytes.length);
    const viaApi = await fetch(`${server.url}/api/render/proxy/${id}/download`, { headers: { Authorization: `Bearer ${token}` } });
    expect(Buffer.from(await viaApi.arrayBuffer()).equals(bytes)).toBe(true);
    const file = join(media, 'out.mp4');
    await writeFile(file, bytes);
    const probe = await probeMedia(file);
    expect(probe.video).toMatchObject({ codec: 'h264', width: 640, height: 360 });
    expect(probe.audio?.codec).toBe('aac');
    expect(Math.abs(probe.duration - 4)).toBeLessThan(0.15);
  });
});

describe('credits run out: 2001', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  afterAll(() => server?.close());

  it('refuses the edit with code 2001 and the bind link, charges nothing and changes nothing', async () => {
    const media = await tempDir('voiceover-media-');
    server = await serve({ grantCredits: 50, messageCost: 50, webUrl: 'https://web.example' });
    const { token, user_id } = await anonymousToken(server);
    const session = await newSession(server, token);
    await upload(server, token, session, [{ path: await makeVideo(join(media, 'clip.mp4')) }]);
    await message(server, token, session, SCRIPT_MESSAGE);
    const before = await state(server, token, session);
    expect(exportable(before)).toBe(true);

    const refused = await message(server, token, session, SCRIPT_MESSAGE.replace('Ship it today.', 'Ship it tomorrow.'));
    const error = refused.events.find((e) => e.code !== undefined);
    expect(error).toMatchObject({ code: 2001, user_id });
    expect(error.message).toContain(`https://web.example/?bind=${user_id}`);
    expect(refused.events.some((e) => e.type === 'tool_call')).toBe(false);
    expect(server.ledger()).toHaveLength(1);
    expect((await state(server, token, session)).draft).toEqual(before.draft);
    expect((await call(server, 'GET', '/api/credits/balance/simple', { token })).body.data.available).toBe(0);
    // Questions stay free and answered.
    const status = await message(server, token, session, '状态');
    expect(status.events[0].content).toMatch(/ready/);
  });
});
