// A small HTTP proxy on 127.0.0.1 in front of `voiceover serve`: it serves the API under a path
// prefix (like a service behind a gateway) and can answer chosen requests itself (to fail them).
import { createReadStream, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An answer the proxy gives instead of forwarding: JSON, or a file's bytes. */
export interface Canned {
  status: number;
  body?: unknown;
  /** Send this file (video/mp4, with its Content-Length) instead of `body`. */
  file?: string;
  headers?: Record<string, string>;
}

/** What the proxy does. */
export interface ProxyOptions {
  /** Only paths under this prefix are forwarded, without it (others answer 404). */
  prefix?: string;
  /** Answer a request itself: called with the method, the path as the client sent it, and how many requests came to that path before. */
  intercept?: (method: string, path: string, seen: number) => Canned | undefined;
}

/** A running proxy. */
export interface RunningProxy {
  /** http://127.0.0.1:<port><prefix> */
  url: string;
  /** Every request as `METHOD path` (as the client sent it). */
  calls: string[];
  close(): Promise<void>;
}

/** Start a proxy to `target` (an http://127.0.0.1:<port> URL). */
export async function startProxy(target: string, options: ProxyOptions = {}): Promise<RunningProxy> {
  const prefix = options.prefix ?? '';
  const upstream = new URL(target);
  const calls: string[] = [];
  const counts = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    calls.push(`${req.method} ${path}`);
    const bare = path.split('?')[0]!;
    const seen = counts.get(bare) ?? 0;
    counts.set(bare, seen + 1);
    const canned = options.intercept?.(req.method ?? 'GET', bare, seen);
    if (canned || !path.startsWith(`${prefix}/`)) {
      const answer = canned ?? { status: 404, body: { code: 404, message: `no route ${path} (the proxy serves ${prefix}/…)` } };
      req.resume();
      if (answer.file) {
        res.writeHead(answer.status, { 'content-type': 'video/mp4', 'content-length': String(statSync(answer.file).size), ...answer.headers });
        createReadStream(answer.file).pipe(res);
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body));
      return;
    }
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: path.slice(prefix.length), headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    res.on('close', () => forward.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
