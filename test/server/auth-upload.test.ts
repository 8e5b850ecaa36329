// Tokens, auth, uploads (multipart by content, size limit while streaming) and URL uploads (no private addresses).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { makeImage, makeTone } from '../helpers/media.js';
import { anonymousToken, call, makeVideo, newSession, serve, tempDir, upload } from './helpers.js';

const sha256 = async (file: string): Promise<string> => createHash('sha256').update(await readFile(file)).digest('hex');

/** Every file under a folder, recursively (names relative to it). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

let media: string;
let video: string;
beforeAll(async () => {
  media = await tempDir('voiceover-media-');
  video = await makeVideo(join(media, 'clip.mp4'));
});

describe('tokens and auth', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve({ tokens: ['team-secret', 'reader-secret:read'], grantCredits: 70 });
  });
  afterAll(() => server?.close());

  it('needs X-Client-Id (HTTP 400)', async () => {
    const answer = await call(server, 'POST', '/api/auth/anonymous-token');
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(400);
  });

  it('issues nmv_usr_ tokens; the same client id gets its user back, another client a new one', async () => {
    const client = randomUUID();
    const first = await anonymousToken(server, client);
    expect(first.token).toMatch(/^nmv_usr_/);
    expect(first.credits).toBe(70);
    const again = await call(server, 'POST', '/api/auth/anonymous-token', { headers: { 'X-Client-Id': client } });
    expect(again.body.data.user_id).toBe(first.user_id);
    expect(Date.parse(again.body.data.expires_at)).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
    expect((await anonymousToken(server)).user_id).not.toBe(first.user_id);
    for (const token of [first.token, again.body.data.token]) {
      expect((await call(server, 'GET', '/api/credits/balance/simple', { token })).body.data.available).toBe(70);
    }
  });

  it('answers 1001 without a token or with an unknown one', async () => {
    for (const headers of [{}, { Authorization: 'Bearer nmv_usr_nope' }, { Authorization: 'Basic abc' }] as Record<string, string>[]) {
      const answer = await call(server, 'GET', '/api/credits/balance/simple', { headers });
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe(1001);
    }
  });

  it('accepts fixed tokens; a read-only one gets 403 naming the scope', async () => {
    expect((await call(server, 'POST', '/api/tasks/me/with-session/nemo_agent', { token: 'team-secret', body: { task_name: 't' } })).body.code).toBe(0);
    const refused = await call(server, 'POST', '/api/tasks/me/with-session/nemo_agent', { token: 'reader-secret', body: {} });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 403, scope: 'write' });
    expect((await call(server, 'GET', '/api/credits/balance/simple', { token: 'reader-secret' })).body.code).toBe(0);
  });

  it('answers 1002 for a session that is not the caller’s', async () => {
    const a = await anonymousToken(server);
    const b = await anonymousToken(server);
    const sid = await newSession(server, a.token);
    const answer = await call(server, 'GET', `/api/state/nemo_agent/me/${sid}/latest`, { token: b.token });
    expect(answer.body.code).toBe(1002);
  });
});

describe('multipart uploads', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let small: Awaited<ReturnType<typeof serve>>;
  let token: string;
  beforeAll(async () => {
    server = await serve();
    small = await serve({ maxUploadBytes: 64 * 1024 });
    ({ token } = await anonymousToken(server));
  });
  afterAll(async () => {
    await server?.close();
    await small?.close();
  });

  it('stores video, audio and image files and describes them; cdn_url serves the bytes', async () => {
    const sid = await newSession(server, token);
    const tone = await makeTone(join(media, 'bed.wav'), 2);
    const still = await makeImage(join(media, 'still.png'), 320, 240);
    const answer = await upload(server, token, sid, [{ path: video, name: 'my demo.mp4' }, { path: tone }, { path: still }]);
    expect(answer.body.code, JSON.stringify(answer.body)).toBe(0);
    const [v, a, i] = answer.body.data.files;
    expect(v).toMatchObject({ filename: 'my_demo.mp4', file_type: 'video', width: 640, height: 360, fps: 25, hash: await sha256(video) });
    expect(Math.abs(v.duration - 4)).toBeLessThan(0.1);
    expect(a).toMatchObject({ filename: 'bed.wav', file_type: 'audio', width: null, height: null });
    expect(i).toMatchObject({ filename: 'still.png', file_type: 'image', width: 320, height: 240 });
    const served = await fetch(v.cdn_url);
    expect(createHash('sha256').update(Buffer.from(await served.arrayBuffer())).digest('hex')).toBe(v.hash);
    const state = await call(server, 'GET', `/api/state/nemo_agent/me/${sid}/latest`, { token });
    expect(state.body.data.state.video_infos.map((f: any) => f.filename)).toEqual(['my_demo.mp4', 'bed.wav', 'still.png']);
  });

  it('checks the content, not the name: a text file called .mp4 is 4001 and nothing stays', async () => {
    const sid = await newSession(server, token);
    const fake = join(media, 'fake.mp4');
    await writeFile(fake, 'this is not a video at all, just text\n'.repeat(50));
    const answer = await upload(server, token, sid, [{ path: fake }]);
    expect(answer.status).toBe(415);
    expect(answer.body.code).toBe(4001);
    expect(answer.body.message).toMatch(/fake\.mp4.*accepted: mp4 mov/);
    expect(await filesUnder(join(server.dataDir, 'uploads', sid))).toEqual([]);
  });

  it('enforces the size limit while streaming: 4002 and the partial file removed', async () => {
    const { token: t } = await anonymousToken(small);
    const sid = await newSession(small, t);
    expect((await stat(video)).size).toBeGreaterThan(64 * 1024);
    const answer = await upload(small, t, sid, [{ path: video }]);
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 4002, limit_bytes: 65536, limit_mb: 0.06 });
    expect(answer.body.message).toMatch(/at most 0\.06 MB \(65536 bytes\) a file \(set by voiceover serve --max-upload-mb\)/);
    expect(await filesUnder(join(small.dataDir, 'uploads', sid))).toEqual([]);
  });
});

describe('URL uploads', () => {
  let files: Server;
  let fileUrl: string;
  let strict: Awaited<ReturnType<typeof serve>>;
  let open: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    files = createServer((req, res) => {
      if (req.url === '/clip.mp4') {
        res.writeHead(200, { 'Content-Type': 'video/mp4' });
        createReadStream(video).pipe(res);
      } else if (req.url === '/reset') {
        req.socket.destroy();
      } else if (req.url === '/broken') {
        res.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': '100000' });
        res.write(Buffer.alloc(1000));
        setTimeout(() => res.destroy(), 50);
      } else if (req.url === '/moved') {
        res.writeHead(302, { Location: '/clip.mp4' });
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((done) => files.listen(0, '127.0.0.1', done));
    fileUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    strict = await serve();
    open = await serve({ allowPrivateUrls: true });
  });
  afterAll(async () => {
    await strict?.close();
    await open?.close();
    await new Promise((done) => files.close(done));
  });

  it.each([
    ['loopback', () => `${fileUrl}/clip.mp4`],
    ['10/8', () => 'http://10.1.2.3/clip.mp4'],
    ['link-local', () => 'http://169.254.169.254/latest/meta-data'],
    ['IPv6 loopback', () => `http://[::1]:${new URL(fileUrl).port}/clip.mp4`],
    ['a name resolving to loopback', () => `http://localhost:${new URL(fileUrl).port}/clip.mp4`],
    ['a non-http scheme', () => 'file:///etc/passwd'],
  ])('refuses %s (400 saying why, not 4001) unless allowed', async (_what, url) => {
    const { token } = await anonymousToken(strict);
    const sid = await newSession(strict, token);
    const answer = await call(strict, 'POST', `/api/upload-video/nemo_agent/me/${sid}`, { token, body: { urls: [url()], source_type: 'url' } });
    // Changed on purpose: these were 422/4001 "unsupported file", which sent people looking at their file type.
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(400);
    expect(answer.body.message).toMatch(/^could not fetch the URL .*(loopback, private or link-local address; start voiceover serve with --allow-private-urls|only http and https)/);
    expect(['private-address', 'bad-url']).toContain(answer.body.reason);
  });

  it('says the URL could not be fetched when the host does not resolve or the connection breaks (400, not 4001)', async () => {
    const { token } = await anonymousToken(open);
    const sid = await newSession(open, token);
    const fetchOne = (url: string) => call(open, 'POST', `/api/upload-video/nemo_agent/me/${sid}`, { token, body: { urls: [url], source_type: 'url' } });
    const dns = await fetchOne('http://no-such-host.invalid/clip.mp4');
    expect(dns.status).toBe(400);
    expect(dns.body).toMatchObject({ code: 400, reason: 'unreachable' });
    expect(dns.body.message).toMatch(/^could not fetch the URL http:\/\/no-such-host\.invalid\/clip\.mp4: the host no-such-host\.invalid does not resolve \(E[A-Z_]+\)/);
    const reset = await fetchOne(`${fileUrl}/reset`);
    expect(reset.status).toBe(400);
    expect(reset.body).toMatchObject({ code: 400, reason: 'unreachable' });
    expect(reset.body.message).toMatch(/^could not fetch the URL .*\/reset: socket hang up \(ECONNRESET\)/);
    const broken = await fetchOne(`${fileUrl}/broken`);
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 400, reason: 'unreachable' });
    expect(broken.body.message).toMatch(/^could not fetch the URL .*\/broken: the download broke off/);
    expect(await filesUnder(join(open.dataDir, 'uploads', sid))).toEqual([]);
  });

  it('downloads from a private address when allowed (following a redirect), checked like an upload', async () => {
    const { token } = await anonymousToken(open);
    const sid = await newSession(open, token);
    const answer = await call(open, 'POST', `/api/upload-video/nemo_agent/me/${sid}`, { token, body: { urls: [`${fileUrl}/moved`], source_type: 'url' } });
    expect(answer.body.code, JSON.stringify(answer.body)).toBe(0);
    expect(answer.body.data.files[0]).toMatchObject({ filename: 'clip.mp4', file_type: 'video', width: 640, hash: await sha256(video) });
    const missing = await call(open, 'POST', `/api/upload-video/nemo_agent/me/${sid}`, { token, body: { urls: [`${fileUrl}/nothing.mp4`], source_type: 'url' } });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 400, reason: 'http-status' });
    expect(missing.body.message).toMatch(/could not fetch the URL .*: the server answered HTTP 404/);
  });

  it('caps the size of a URL download (4002)', async () => {
    const capped = await serve({ allowPrivateUrls: true, maxUploadBytes: 32 * 1024 });
    try {
      const { token } = await anonymousToken(capped);
      const sid = await newSession(capped, token);
      const answer = await call(capped, 'POST', `/api/upload-video/nemo_agent/me/${sid}`, { token, body: { urls: [`${fileUrl}/clip.mp4`], source_type: 'url' } });
      expect(answer.body).toMatchObject({ code: 4002, limit_bytes: 32 * 1024 });
      expect(answer.body.message).toContain('at most 0.03 MB (32768 bytes)');
      expect(await filesUnder(join(capped.dataDir, 'uploads', sid))).toEqual([]);
    } finally {
      await capped.close();
    }
  });
});
