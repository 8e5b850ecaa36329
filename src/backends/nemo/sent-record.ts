// "Never send the same message again" across runs (protocol §4): once an item's message may have
// been accepted, its session is written to a small record in a folder that outlives failed runs; a
// later run with the same message and inputs resumes that session's timeline instead of sending.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ItemConfig } from '../../config/types.js';
import type { ItemContext } from '../types.js';
import { buildMessage } from './message-text.js';

/** What a run remembers of a message the service may have accepted. */
export interface SentRecord {
  version: 1;
  /** sha256 of the message and the item's inputs (video, music, output settings, API). */
  hash: string;
  session_id: string;
  task_id: string;
  user_id?: string;
  sent_at: string;
  /** Fingerprint of the session's draft before the message: a resumed session still showing it made nothing. */
  draft_before?: string;
}

/** The item's persistent folder: `stateDir`, else `<cacheDir>/../nemo/<item name>` (beside the runner's cache, kept across runs). */
export function itemStateDir(ctx: Pick<ItemContext, 'cacheDir' | 'stateDir'>, name: string): string {
  return ctx.stateDir ?? join(dirname(ctx.cacheDir), 'nemo', name);
}

/** The record's file in an item's state folder. */
export const sentRecordFile = (stateDir: string): string => join(stateDir, 'sent-message.json');

async function hashFile(file: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { signal })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The hash a record is kept under: the message as it would be sent, the inputs' bytes, the output settings, the API. */
export async function messageInputsHash(item: ItemConfig, apiUrl: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  const music = item.music;
  hash.update(JSON.stringify({ apiUrl, name: item.name, message: buildMessage(item, music ? basename(music.rel) : undefined), output: item.output, music: music?.volume }));
  hash.update(item.video.kind === 'url' ? item.video.url : await hashFile(item.video.path, signal));
  if (music) hash.update(await hashFile(music.file, signal));
  return hash.digest('hex');
}

const isRecord = (value: unknown): value is SentRecord => {
  const r = value as Partial<SentRecord> | null;
  return typeof r === 'object' && r !== null && r.version === 1 && typeof r.hash === 'string' && typeof r.session_id === 'string' && typeof r.task_id === 'string';
};

/** The record in `file`; undefined when there is none. An unreadable one is reported through `onBad` and ignored. */
export async function readSentRecord(file: string, onBad?: (detail: string) => void): Promise<SentRecord | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (isRecord(parsed)) return parsed;
    onBad?.(`${file} is not a sent-message record`);
  } catch (error) {
    onBad?.(`${file}: ${(error as Error).message}`);
  }
  return undefined;
}

/** Write the record atomically (temp file, then rename). */
export async function writeSentRecord(file: string, record: SentRecord): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(record, null, 2)}\n`);
  await rename(tmp, file);
}

/** Forget the record (after delivery, or when the session is gone). */
export async function deleteSentRecord(file: string): Promise<void> {
  await rm(file, { force: true });
}
