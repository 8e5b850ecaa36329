// Accept a received file into a session: content check (magic bytes, then a probe), final place, record.

import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { classifyInput, probeMedia } from '../../media/probe.js';
import { CODES, HttpError } from '../http/http-error.js';
import type { UploadedFile } from '../store/records.js';
import type { ReceivedFile } from './receive-multipart.js';
import { sniffType } from './sniff-type.js';

const ACCEPTED = 'mp4 mov avi webm mkv · jpg png gif webp · mp3 wav m4a aac';

/** 4001 naming the file and the accepted types. */
export const unsupportedFile = (filename: string, why: string): HttpError =>
  new HttpError(415, CODES.UNSUPPORTED_FILE, `unsupported file ${filename}: ${why}; accepted: ${ACCEPTED}`, {}, { accepted: ACCEPTED.replace(/ · /g, ' ').split(' ') });

/** A file name safe to keep on disk: letters, digits, dot, dash, underscore. */
export function safeFileName(name: string, format: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let clean = base.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(-120);
  if (clean === '') clean = 'upload';
  return extname(clean) === '' ? `${clean}.${format}` : clean;
}

/** Check the file by content and move it to `<sessionDir>/<id>/<name>`; the temp file is removed on refusal. */
export async function registerFile(received: ReceivedFile, sessionDir: string, source: UploadedFile['source'], signal?: AbortSignal): Promise<UploadedFile> {
  const sniffed = sniffType(received.head);
  if (!sniffed) {
    await rm(received.temp, { force: true });
    throw unsupportedFile(received.filename, 'its content is not a video, image or audio file of an accepted type');
  }
  const id = randomUUID();
  const filename = safeFileName(received.filename, sniffed.format);
  const folder = join(sessionDir, id);
  const path = join(folder, filename);
  await mkdir(folder, { recursive: true });
  await rename(received.temp, path);
  let probe;
  try {
    probe = await probeMedia(path, { signal });
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    if ((error as Error).name === 'AbortError') throw error;
    throw unsupportedFile(received.filename, `it looks like ${sniffed.format} but does not read as media (${(error as Error).message})`);
  }
  const kind = classifyInput(probe);
  const video = kind === 'audio' ? undefined : probe.video;
  return {
    id,
    filename,
    file_type: kind,
    format: sniffed.format,
    mime_type: sniffed.mime,
    path,
    size: received.size,
    duration: Math.round(probe.duration * 1000) / 1000,
    width: video ? video.displayWidth : null,
    height: video ? video.displayHeight : null,
    fps: video && kind === 'video' ? Math.round(video.fps * 1000) / 1000 : null,
    has_audio: Boolean(probe.audio),
    hash: received.sha256,
    source,
    uploaded_at: new Date().toISOString(),
  };
}
