// Serve a file: Content-Length, single byte ranges, and the truncated-download fault.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ServerContext } from '../context.js';
import { notFound } from './http-error.js';

/** Stream `file` as the answer (HEAD: headers only). */
export async function sendFile(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, file: string, mime: string, downloadName?: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw notFound('file');
  const size = info.size;
  const headers: Record<string, string | number> = { 'Content-Type': mime, 'Accept-Ranges': 'bytes', 'Cache-Control': 'private, max-age=0' };
  if (downloadName) headers['Content-Disposition'] = `attachment; filename="${downloadName.replace(/[^\w.-]/g, '_')}"`;
  let start = 0;
  let end = size - 1;
  const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
  if (range && (range[1] || range[2])) {
    start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` });
      res.end();
      return;
    }
    res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
  } else {
    res.writeHead(200, { ...headers, 'Content-Length': size });
  }
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (ctx.faults.take('truncateDownloadOnce')) {
    // Half the promised bytes, then the connection dies.
    const half = start + Math.floor((end - start + 1) / 2);
    ctx.logger.debug(`serve: fault truncateDownloadOnce cuts ${file} at ${half - start} bytes`);
    await writeThenCut(res, createReadStream(file, { start, end: half - 1 }));
    return;
  }
  await pipeline(createReadStream(file, { start, end }), res).catch(() => res.destroy());
}

/** Write everything from `source`, wait until it has left this process, then destroy the connection. */
async function writeThenCut(res: ServerResponse, source: Readable): Promise<void> {
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    }
    await new Promise<void>((resolve) => res.write('', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    res.destroy();
  }
}
