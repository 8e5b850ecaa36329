// A stand-in for GitHub's Actions cache service v2: the Twirp JSON endpoints @actions/cache calls
// (GetCacheEntryDownloadURL, CreateCacheEntry, FinalizeCacheEntryUpload), handing out signed azurite URLs.
// Matching follows the service: the key exactly, else each restore key as a prefix (newest entry first),
// always within the same version (the hash of paths and compression @actions/cache sends).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Azurite } from './azurite.js';
import { runtimeToken } from './results-service.js';

/** A cache entry as the service keeps it. */
export interface StoredCacheEntry {
  id: number;
  key: string;
  version: string;
  blob: string;
  size: number;
  finalized: boolean;
}

/** The running stand-in. */
export interface CacheService {
  url: string;
  entries: StoredCacheEntry[];
  /** Every call, in order: method and key (for checking what a run asked). */
  calls: { method: string; key: string }[];
  /** The env @actions/cache needs to use this service (v2). */
  env(): NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

type Json = Record<string, unknown>;

/** Start the stand-in on a free port. */
export async function startCacheService(azurite: Azurite): Promise<CacheService> {
  const entries: StoredCacheEntry[] = [];
  const calls: { method: string; key: string }[] = [];
  const handlers: Record<string, (body: Json) => Json> = {
    GetCacheEntryDownloadURL: (body) => {
      const ready = entries.filter((e) => e.finalized && e.version === body.version).reverse();
      const restoreKeys = Array.isArray(body.restore_keys) ? (body.restore_keys as string[]) : [];
      const hit = ready.find((e) => e.key === body.key) ?? restoreKeys.map((prefix) => ready.find((e) => e.key.startsWith(prefix))).find(Boolean);
      return hit ? { ok: true, signed_download_url: azurite.signedUrl(hit.blob), matched_key: hit.key } : { ok: false };
    },
    CreateCacheEntry: (body) => {
      const key = String(body.key);
      if (entries.some((e) => e.key === key && e.version === body.version)) return { ok: false, message: `cache entry ${key} already exists` };
      const entry: StoredCacheEntry = { id: entries.length + 1, key, version: String(body.version), blob: `caches/${entries.length + 1}.tar`, size: 0, finalized: false };
      entries.push(entry);
      return { ok: true, signed_upload_url: azurite.signedUrl(entry.blob) };
    },
    FinalizeCacheEntryUpload: (body) => {
      const entry = entries.find((e) => e.key === body.key && e.version === body.version && !e.finalized);
      if (!entry) return { ok: false, message: 'no such cache entry being uploaded' };
      entry.size = Number(body.size_bytes);
      entry.finalized = true;
      return { ok: true, entry_id: String(entry.id) };
    },
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const method = /^\/twirp\/github\.actions\.results\.api\.v1\.CacheService\/(\w+)$/.exec(req.url ?? '')?.[1];
      const handler = method ? handlers[method] : undefined;
      const authorized = (req.headers.authorization ?? '').startsWith('Bearer ');
      const body = JSON.parse(raw || '{}') as Json;
      if (method) calls.push({ method, key: String(body.key) });
      const [status, answer] = !handler ? [404, { code: 'bad_route', msg: req.url ?? '' }] : !authorized ? [401, { code: 'unauthenticated', msg: 'no token' }] : [200, handler(body)];
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    entries,
    calls,
    env: () => ({ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: url, ACTIONS_RUNTIME_TOKEN: runtimeToken('1234', 'job'), GITHUB_SERVER_URL: 'https://github.com' }),
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
