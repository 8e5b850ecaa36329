// Content fingerprints: an item is unchanged when its video, script, music and settings are.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ItemConfig } from '../config/types.js';

/** Remembered file hashes keyed by path, size and mtime, so an unchanged file is not read again. */
export type HashMemo = Record<string, { size: number; mtimeMs: number; sha256: string }>;

/** sha256 of a file's bytes, reusing the memo when size and mtime are unchanged. */
export async function hashFile(file: string, memo: HashMemo): Promise<string> {
  const info = await stat(file);
  const known = memo[file];
  if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known.sha256;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  const sha256 = hash.digest('hex');
  memo[file] = { size: info.size, mtimeMs: info.mtimeMs, sha256 };
  return sha256;
}

/** Bump when the pipeline's output for the same inputs changes. */
export const PIPELINE_VERSION = 1;

/** One hash over everything that decides an item's output. */
export async function itemFingerprint(item: ItemConfig, backend: string, memo: HashMemo): Promise<string> {
  const hash = createHash('sha256');
  const { index: _index, line: _line, script, video, music, ...settings } = item;
  hash.update(JSON.stringify({ PIPELINE_VERSION, backend, settings, script: { text: script.text, format: script.format } }));
  hash.update(video.kind === 'file' ? await hashFile(video.path, memo) : video.url);
  if (music) hash.update(`${await hashFile(music.file, memo)}:${music.volume}`);
  return hash.digest('hex');
}
