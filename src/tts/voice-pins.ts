// Checking a voice file against its pin: the catalogue's size and md5/sha256 (and the .onnx.json's md5 or git
// blob sha1), and for a trust-on-first-use file what its first install recorded in <store>/.trusted/.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VoiceoverError } from '../core/errors.js';
import type { CatalogueEntry } from './neural-types.js';
import type { Downloaded } from './voice-download.js';

/** Throw VOICE_CHECKSUM unless `got` matches the entry's size and checksum; how it was pinned. */
export function checkPin(voice: string, entry: CatalogueEntry, file: string, got: Downloaded, url: string): 'published' | 'tofu' {
  const mismatch = (detail: string): VoiceoverError => new VoiceoverError('VOICE_CHECKSUM', { voice, file, detail, url });
  if (entry.size !== undefined && got.size !== entry.size) throw mismatch(`is ${got.size} bytes, the catalogue pins ${entry.size}`);
  const pin = entry.checksum;
  if ('sha256' in pin && got.sha256 !== pin.sha256) throw mismatch(`has sha256 ${got.sha256}, the catalogue pins ${pin.sha256}`);
  if ('md5' in pin && got.md5 !== pin.md5) throw mismatch(`has md5 ${got.md5}, the catalogue pins ${pin.md5}`);
  return pin.source;
}

/** What trust on first use recorded for a file: `<store>/.trusted/<file>.json`, kept when its voice is removed. */
const trustedPath = (store: string, file: string): string => join(store, '.trusted', `${file}.json`);

/** A trust-on-first-use file must match what its first install recorded. */
export async function checkTrusted(store: string, voice: string, file: string, got: { size: number; sha256: string }, url: string): Promise<void> {
  const raw = await readFile(trustedPath(store, file), 'utf8').catch(() => undefined);
  if (raw === undefined) return;
  const first = JSON.parse(raw) as { size: number; sha256: string; at: string };
  if (first.sha256 !== got.sha256 || first.size !== got.size) {
    throw new VoiceoverError('VOICE_CHECKSUM', {
      voice, file, url,
      detail: `(${got.size} bytes, sha256 ${got.sha256}) is not the file first installed here on ${first.at} (${first.size} bytes, sha256 ${first.sha256}); delete ${trustedPath(store, file)} to trust the new one`,
    });
  }
}

/** Record a trust-on-first-use file's size and sha256 (the first record stays). */
export async function recordTrusted(store: string, file: string, got: { size: number; sha256: string }): Promise<void> {
  await mkdir(join(store, '.trusted'), { recursive: true });
  const path = trustedPath(store, file);
  if (!(await stat(path).catch(() => undefined))) await writeFile(path, `${JSON.stringify({ size: got.size, sha256: got.sha256, at: new Date().toISOString() })}\n`);
}

/** Throw VOICE_CHECKSUM unless a Piper `.onnx.json` matches its pin. */
export function checkConfigPin(voice: string, entry: CatalogueEntry, file: string, bytes: Buffer, url: string): void {
  const pin = entry.config;
  if (!pin) return;
  const mismatch = (detail: string): VoiceoverError => new VoiceoverError('VOICE_CHECKSUM', { voice, file, detail, url });
  if (bytes.length !== pin.size) throw mismatch(`is ${bytes.length} bytes, the catalogue pins ${pin.size}`);
  if (pin.md5 && createHash('md5').update(bytes).digest('hex') !== pin.md5) throw mismatch(`does not have the md5 the catalogue pins (${pin.md5})`);
  if (pin.gitSha1) {
    const blob = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    if (blob !== pin.gitSha1) throw mismatch(`does not have the git blob sha1 the catalogue pins (${pin.gitSha1})`);
  }
}

/** md5 of a file, hex, streamed. */
export async function md5OfFile(file: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
