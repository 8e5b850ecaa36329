// Download one file of a voice to a path, hashing it as it arrives (sha256, md5), with progress events;
// a response cut short, an HTTP error or a network failure throws VOICE_DOWNLOAD (the caller deletes the file).

import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { VoiceoverError } from '../core/errors.js';
import { throwIfAborted } from '../core/progress.js';

/** What a download received. */
export interface Downloaded {
  size: number;
  sha256: string;
  md5: string;
}

/** Progress of one download: bytes so far, expected total (0 unknown), bytes per second. */
export type DownloadProgress = (received: number, total: number, bytesPerSecond: number) => void;

/** Fetch `url` into `file`. `expectedSize` (when pinned) is the total for progress when the server states none. */
export async function downloadFile(
  voice: string,
  url: string,
  file: string,
  options: { signal?: AbortSignal; expectedSize?: number; onProgress?: DownloadProgress } = {},
): Promise<Downloaded> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const fail = (detail: string, cause?: unknown): VoiceoverError =>
    new VoiceoverError('VOICE_DOWNLOAD', { voice, url, detail }, cause === undefined ? {} : { cause });
  let response;
  try {
    // undici loads on use: every command lists the store's voices, and only an install downloads.
    const { fetch } = await import('undici');
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    throwIfAborted(signal);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw fail(cause?.code ?? cause?.message ?? (error as Error).message, error);
  }
  if (!response.ok || !response.body) throw fail(`HTTP ${response.status} ${response.statusText}`.trim());
  const stated = Number(response.headers.get('content-length') ?? '');
  const total = Number.isFinite(stated) && stated > 0 ? stated : (options.expectedSize ?? 0);
  const sha256 = createHash('sha256');
  const md5 = createHash('md5');
  const out = createWriteStream(file, { flags: 'wx' });
  const started = Date.now();
  let received = 0;
  let reported = 0;
  try {
    for await (const chunk of response.body) {
      const bytes = chunk as Uint8Array;
      sha256.update(bytes);
      md5.update(bytes);
      received += bytes.length;
      if (!out.write(bytes)) await once(out, 'drain');
      const now = Date.now();
      if (onProgress && now - reported >= 200) {
        reported = now;
        onProgress(received, total, received / Math.max((now - started) / 1000, 0.001));
      }
    }
  } catch (error) {
    out.destroy();
    throwIfAborted(signal);
    throw fail(`the download was cut off after ${received} bytes${total ? ` of ${total}` : ''}`, error);
  } finally {
    if (!out.destroyed) {
      out.end();
      await once(out, 'close');
    }
  }
  if (Number.isFinite(stated) && stated > 0 && received !== stated) throw fail(`the download was cut off after ${received} of ${stated} bytes`);
  onProgress?.(received, total || received, received / Math.max((Date.now() - started) / 1000, 0.001));
  return { size: received, sha256: sha256.digest('hex'), md5: md5.digest('hex') };
}
