// URL uploads: http(s) only, every resolved address checked (no loopback/private/link-local unless
// allowed), the connection pinned to the checked address, redirects re-checked, size capped.
// A URL that cannot be fetched is a 400 saying why (not 4001: the file type was never the problem).

import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { basename, join } from 'node:path';
import { HttpError } from '../http/http-error.js';
import { isNonPublicAddress, resolveHost } from './address-guard.js';
import type { ReceivedFile } from './receive-multipart.js';
import { fileTooLarge, saveCounted } from './save-stream.js';

/** How to fetch. */
export interface FetchOptions {
  dir: string;
  maxBytes: number;
  allowPrivate: boolean;
  signal?: AbortSignal;
}

const MAX_REDIRECTS = 5;
const IDLE_TIMEOUT_MS = 60_000;

/** Why a URL was not fetched (the answer's `reason`). */
type Reason = 'bad-url' | 'unreachable' | 'http-status' | 'redirects' | 'private-address';

/** 400: the URL could not be fetched, and why. */
const refused = (url: string, why: string, reason: Reason): HttpError => new HttpError(400, 400, `could not fetch the URL ${url}: ${why}`, {}, { url, reason });

/** The error code of a network failure ("ECONNRESET"), else its message. */
const networkWhy = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.message} (${e.code})` : e.message;
};

/** Download one URL into `dir` (a temp name); the file's name comes from the URL or Content-Disposition. */
export async function fetchUrl(raw: string, options: FetchOptions): Promise<ReceivedFile> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused(String(raw).slice(0, 200), 'not a valid URL', 'bad-url');
  }
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await open(url, options);
    const location = response.headers.location;
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.resume();
      try {
        url = new URL(location, url);
      } catch {
        throw refused(url.href, `the server redirected to an invalid URL (${location.slice(0, 200)})`, 'bad-url');
      }
      continue;
    }
    if (response.statusCode !== 200) {
      response.resume();
      throw refused(url.href, `the server answered HTTP ${response.statusCode}`, 'http-status');
    }
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      response.destroy();
      throw fileTooLarge(options.maxBytes);
    }
    const temp = join(options.dir, `.incoming-${randomUUID()}`);
    let saved;
    try {
      saved = await saveCounted(response, temp, options.maxBytes, options.signal);
    } catch (error) {
      if (error instanceof HttpError || (error as Error).name === 'AbortError') throw error;
      throw refused(url.href, `the download broke off: ${networkWhy(error)}`, 'unreachable');
    }
    return { ...saved, filename: fileNameOf(url, response) };
  }
  throw refused(raw, `more than ${MAX_REDIRECTS} redirects`, 'redirects');
}

/** Check the URL's scheme and addresses, then request it from the checked address. */
async function open(url: URL, options: FetchOptions): Promise<IncomingMessage> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(url.href, 'only http and https URLs are accepted', 'bad-url');
  let addresses: { address: string; family: number }[];
  try {
    addresses = await resolveHost(url.hostname);
  } catch (error) {
    throw refused(url.href, `the host ${url.hostname} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'DNS error'})`, 'unreachable');
  }
  const inner = addresses.find((a) => isNonPublicAddress(a.address));
  if (inner && !options.allowPrivate) {
    throw refused(
      url.href,
      `${url.hostname} resolves to ${inner.address}, a loopback, private or link-local address; start voiceover serve with --allow-private-urls to fetch from such addresses`,
      'private-address',
    );
  }
  const pinned = addresses[0];
  if (!pinned) throw refused(url.href, `the host ${url.hostname} has no address`, 'unreachable');
  const lookup = ((_host: string, opts: { all?: boolean }, done: (...args: unknown[]) => void) => {
    if (opts.all) done(null, [pinned]);
    else done(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { lookup, signal: options.signal, headers: { 'user-agent': 'voiceover-serve', accept: '*/*' } }, resolve);
    request.setTimeout(IDLE_TIMEOUT_MS, () => request.destroy(new Error('timed out')));
    request.on('error', (error) => reject(error.name === 'AbortError' ? error : refused(url.href, networkWhy(error), 'unreachable')));
  });
}

/** A file name from Content-Disposition, else the URL's last path part. */
function fileNameOf(url: URL, response: IncomingMessage): string {
  const disposition = String(response.headers['content-disposition'] ?? '');
  const quoted = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  if (quoted) {
    try {
      return basename(decodeURIComponent(quoted));
    } catch {
      return basename(quoted);
    }
  }
  let last = basename(url.pathname);
  try {
    last = decodeURIComponent(last);
  } catch {
    // keep it encoded
  }
  return last || 'download';
}
