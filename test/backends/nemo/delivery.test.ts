// After a paid export: the client's download check is that the file is intact (complete, a video and
// an audio stream, decodable, the timeline's length), never its format: a yuv444p file is delivered;
// a broken one gets the one download retry and a clear NEMO_DOWNLOAD_FAILED; and report extras
// (captions, loudness, the after-balance) never fail a delivered file.
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/backends/nemo/client.js';
import { downloadVerified, type Downloaded } from '../../../src/backends/nemo/download.js';
import type { NemoEvent } from '../../../src/backends/nemo/events.js';
import { resolveConnection } from '../../../src/backends/nemo/settings.js';
import type { Logger } from '../../../src/core/logger.js';
import { probeMedia } from '../../../src/media/probe.js';
import type { RunningServer } from '../../../src/server/index.js';
import { expectFaststart, ffmpeg, makeClip } from '../../helpers/media.js';
import { demoVideo, loadItems, makeRepo, startTestServer, testBackend } from './harness.js';
import { startProxy, type RunningProxy } from './proxy.js';

/** A plain file server: every path answers `files[path]`, counting requests. */
async function fileServer(files: Record<string, string>): Promise<{ url: string; hits: string[]; server: Server }> {
  const hits: string[] = [];
  const server = createServer(async (req, res) => {
    hits.push(req.url ?? '');
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":404,"message":"no such file"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String((await stat(file)).size) });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, server };
}

describe('download verification is the delivery check', () => {
  let dir: string;
  const media: Record<string, string> = {};
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nemo-dl-'));
    media.good = await makeClip(join(dir, 'good.mp4'), { duration: 2, width: 160, height: 96, fps: 15 });
    media.noAudio = await makeClip(join(dir, 'no-audio.mp4'), { duration: 2, width: 160, height: 96, fps: 15, audio: 'none' });
    media.yuv444 = join(dir, 'yuv444.mp4');
    await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=160x96:r=15:d=2', '-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=stereo:d=2', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv444p', '-c:a', 'aac', '-t', '2', media.yuv444]);
  });

  async function download(file: string, expectedS?: number) {
    const served = await fileServer({ '/out/x.mp4': file, '/api/render/proxy/render_t1/download': file });
    try {
      const client = createClient(resolveConnection({}, { apiUrl: served.url, token: 'tok' }), { env: {}, retry: { baseDelayMs: 1, maxDelayMs: 2 } });
      const events: NemoEvent[] = [];
      const dest = join(dir, `dl-${Math.random().toString(36).slice(2)}.mp4`);
      const outcome = await downloadVerified(client.api, { id: 'render_t1', url: `${served.url}/out/x.mp4` }, dest, {
        taskLink: 'https://web.test/task',
        onEvent: (e) => events.push(e),
        ...(expectedS !== undefined ? { expectedS } : {}),
      }).then(
        (ok): { ok?: unknown; error?: any } => ({ ok }),
        (error: any): { ok?: unknown; error?: any } => ({ error }),
      );
      return { ...outcome, events, hits: served.hits, dest };
    } finally {
      served.server.closeAllConnections();
      served.server.close();
    }
  }

  it('a yuv444p file is not refused: one download, the bytes as served, its moov position reported', async () => {
    const got = await download(media.yuv444!);
    expect(got.error).toBeUndefined();
    expect(got.hits).toEqual(['/out/x.mp4']);
    expect((await readFile(got.dest)).equals(await readFile(media.yuv444!))).toBe(true);
    expect((got.ok as Downloaded).probe.video?.pixFmt).toBe('yuv444p');
    expect((got.ok as Downloaded).layout.moov).toBe('end');
  });

  it('a file without audio is refused, downloaded once more from the fallback, then NEMO_DOWNLOAD_FAILED (not "a bug in the pipeline")', async () => {
    const got = await download(media.noAudio!);
    expect(got.error?.code).toBe('NEMO_DOWNLOAD_FAILED');
    expect(got.error.message).toContain('the file has no audio stream');
    expect(got.error.hint).not.toContain('bug in the pipeline');
    expect(got.hits).toEqual(['/out/x.mp4', '/api/render/proxy/render_t1/download']);
    expect(got.events.filter((e) => e.type === 'download').map((e) => e.type === 'download' && e.ok)).toEqual([false, false]);
  });

  it("the length is checked against the timeline's d, not against the file itself", async () => {
    const wrong = await download(media.good!, 5);
    expect(wrong.error?.code).toBe('NEMO_DOWNLOAD_FAILED');
    expect(wrong.error.message).toMatch(/lasts 2\.0\d\ds, but the timeline lasts 5\.000s/);
    const right = await download(media.good!, 2);
    expect(right.error).toBeUndefined();
    expect((await probeMedia(right.dest)).audio?.codec).toBe('aac');
  });
});

describe('after a paid, verified export nothing fails the item', () => {
  let server: RunningServer;
  let proxy: RunningProxy;
  let repo: string;
  beforeAll(async () => {
    server = await startTestServer();
    repo = await makeRepo();
    // Every credits read after the first (the pre-check) answers 500.
    proxy = await startProxy(server.url, { intercept: (method, path, seen) => (path === '/api/credits/balance/simple' && seen >= 1 ? { status: 500, body: { code: 500, message: 'ledger offline' } } : undefined) });
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.close();
  });

  it('captions that cannot be written, and an unreadable after-balance: delivered, credits left out, warnings logged', async () => {
    const warnings: string[] = [];
    const logger: Logger = { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} };
    const { backend } = await testBackend(server, { apiUrl: proxy.url, logger });
    const { items } = await loadItems(repo, demoVideo());
    const workDir = await mkdtemp(join(tmpdir(), 'nemo-work-'));
    const output = join(workDir, 'demo.mp4');
    const result = await backend.process(items[0]!, { output, captions: { srt: join(workDir, 'missing-folder', 'demo.srt') }, workDir, cacheDir: join(workDir, 'cache') });
    expect((await probeMedia(output)).video?.pixFmt).toBe('yuv420p');
    await expectFaststart(output);
    expect(result.captions).toEqual([]);
    expect(result.credits).toBeUndefined();
    expect(result.loudness?.integrated_lufs).toBeLessThan(0);
    expect(warnings.join('\n')).toContain('writing the caption files failed, the video is delivered without it');
    expect(warnings.join('\n')).toContain('the credit balance could not be read after the export');
    expect(server.ledger()).toHaveLength(1);
  });
});
