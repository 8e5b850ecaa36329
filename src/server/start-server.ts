// Start `voiceover serve`: open the data folder, recover, listen, and close cleanly (work aborted, files flushed).

import { createServer } from 'node:http';
import { mkdir, realpath } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { silentLogger } from '../core/logger.js';
import { IpWindow } from './auth/ip-window.js';
import { loadTokenSecret } from './auth/token-secret.js';
import { TaskSet, type ServerContext } from './context.js';
import { Faults } from './faults.js';
import { handleRequest } from './handle-request.js';
import { recoverAfterRestart } from './recover.js';
import { resolveOptions } from './resolve-options.js';
import { exposureWarning } from './exposure.js';
import { dataPaths } from './store/data-paths.js';
import { Store } from './store/store.js';
import type { RunningServer, ServerOptions } from './types.js';

/** The host to put in URLs for a listening address (wildcards → loopback). */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** Start the NemoVideo-compatible server over the local pipeline. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const resolved = resolveOptions(options);
  const logger = options.logger ?? silentLogger;
  await mkdir(resolve(options.dataDir), { recursive: true });
  const paths = dataPaths(await realpath(resolve(options.dataDir)));
  for (const dir of [paths.db, paths.sessions, paths.uploads, paths.clips, paths.outputs, paths.cache]) await mkdir(dir, { recursive: true });
  const store = await Store.open(paths);
  await recoverAfterRestart(store, paths);

  const controller = new AbortController();
  const ctx: ServerContext = {
    options: resolved,
    paths,
    store,
    faults: new Faults(options.faults),
    logger,
    tokenSecret: await loadTokenSecret(paths.tokenSecret),
    anonymousIssues: new IpWindow(resolved.anonymousPerHour),
    signal: controller.signal,
    tasks: new TaskSet(),
    streams: new Set(),
    timers: new Set(),
    exports: new Map(),
    url: '',
  };
  const server = createServer((req, res) => void handleRequest(ctx, req, res));
  // Large uploads may take long; headers must still come quickly.
  server.requestTimeout = 60 * 60 * 1000;
  server.headersTimeout = 60 * 1000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  ctx.url = `http://${urlHost(resolved.host)}:${port}`;
  logger.info(`serve: listening on ${ctx.url} (data in ${paths.root})`);
  const exposed = exposureWarning(resolved);
  if (exposed) logger.warn(exposed);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      controller.abort(new DOMException('the server is closing', 'AbortError'));
      for (const timer of ctx.timers) clearTimeout(timer);
      ctx.timers.clear();
      for (const res of ctx.streams) res.destroy();
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      await ctx.tasks.settle();
      server.closeAllConnections();
      await closed;
      await store.flush();
      logger.info('serve: stopped');
    })());

  return {
    url: ctx.url,
    setFaults: (plan) => ctx.faults.set(plan),
    ledger: () => store.ledger.map((entry) => ({ ...entry })),
    close,
  };
}
