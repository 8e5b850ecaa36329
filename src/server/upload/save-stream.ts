// Stream an incoming file to disk while hashing it, keeping its first bytes, and enforcing the size limit.

import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CODES, HttpError } from '../http/http-error.js';
import { SNIFF_BYTES } from './sniff-type.js';

/** A file received into a temporary path. */
export interface SavedFile {
  temp: string;
  size: number;
  sha256: string;
  /** The first bytes, for the content check. */
  head: Buffer;
}

/** 4002 with this server's actual limit (`--max-upload-mb`) in words and in `limit_bytes` / `limit_mb`. */
export function fileTooLarge(maxBytes: number): HttpError {
  const mb = Math.round((maxBytes / 1024 / 1024) * 100) / 100;
  const message = `file too large: this server accepts at most ${mb} MB (${maxBytes} bytes) a file (set by voiceover serve --max-upload-mb); compress or trim it`;
  return new HttpError(413, CODES.FILE_TOO_LARGE, message, {}, { limit_bytes: maxBytes, limit_mb: mb });
}

/** Write `source` to `temp`; past `maxBytes` it stops at once, removes the partial file and throws 4002. */
export async function saveCounted(source: Readable, temp: string, maxBytes: number, signal?: AbortSignal): Promise<SavedFile> {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) {
        done(fileTooLarge(maxBytes));
        return;
      }
      hash.update(chunk);
      if (headBytes < SNIFF_BYTES) {
        head.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
        headBytes += Math.min(chunk.length, SNIFF_BYTES - headBytes);
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, counter, createWriteStream(temp), signal ? { signal } : {});
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { temp, size, sha256: hash.digest('hex'), head: Buffer.concat(head) };
}
