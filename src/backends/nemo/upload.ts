// Upload (protocol §3): a file streamed from disk as multipart (field `files`), or a URL as JSON.

import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { FormData } from 'undici';
import { VoiceoverError } from '../../core/errors.js';
import type { NemoApi } from './api.js';
import { APP_NAME, HOSTED_UPLOAD_LIMIT_MB, MAX_UPLOAD_BYTES } from './constants.js';
import { ServiceFailure } from './service-failure.js';

/** One uploaded file as the service describes it (`data.files[]`). */
export interface UploadedFile {
  filename: string;
  file_type?: string;
  cdn_url?: string;
  duration?: number;
  width?: number;
  height?: number;
}

const uploadPath = (sessionId: string): string => `/api/upload-video/${APP_NAME}/me/${encodeURIComponent(sessionId)}`;

function firstFile(data: unknown, fallbackName: string): UploadedFile {
  const files = (data as { files?: unknown } | undefined)?.files;
  const first = Array.isArray(files) ? (files[0] as Record<string, unknown> | undefined) : undefined;
  if (!first) throw new ServiceFailure('upload', { message: 'the upload answer lists no files', body: data });
  const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
  return {
    filename: typeof first.filename === 'string' && first.filename ? first.filename : fallbackName,
    ...(typeof first.file_type === 'string' ? { file_type: first.file_type } : {}),
    ...(typeof first.cdn_url === 'string' ? { cdn_url: first.cdn_url } : {}),
    ...(num(first.duration) !== undefined ? { duration: num(first.duration) } : {}),
    ...(num(first.width) !== undefined ? { width: num(first.width) } : {}),
    ...(num(first.height) !== undefined ? { height: num(first.height) } : {}),
  };
}

/** Upload one file; its bytes stream from disk (never held in memory). Files over the hosted service's documented 500 MB fail before sending. */
export async function uploadFile(api: NemoApi, sessionId: string, file: string, signal?: AbortSignal): Promise<UploadedFile> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new VoiceoverError('INPUT_NOT_FOUND', { file });
  if (info.size > MAX_UPLOAD_BYTES) {
    const mb = Math.round((info.size / 1024 / 1024) * 10) / 10;
    throw new ServiceFailure('upload', { code: 4002, message: `${basename(file)} is ${mb} MB, over the hosted NemoVideo service's documented ${HOSTED_UPLOAD_LIMIT_MB} MB a file; checked before sending` });
  }
  const name = basename(file);
  // A file-backed blob: the body reads it in chunks while sending, again on each retry.
  const blob = await openAsBlob(file);
  const form = (): FormData => {
    const data = new FormData();
    data.append('files', blob, name);
    return data;
  };
  const { data } = await api.json({ kind: 'upload', method: 'POST', path: uploadPath(sessionId), form, idempotent: true }, signal);
  return firstFile(data, name);
}

/** Upload a video by URL (the service fetches it). */
export async function uploadUrl(api: NemoApi, sessionId: string, url: string, signal?: AbortSignal): Promise<UploadedFile> {
  const json = { urls: [url], source_type: 'url' };
  const { data } = await api.json({ kind: 'upload', method: 'POST', path: uploadPath(sessionId), json, idempotent: true }, signal);
  return firstFile(data, basename(new URL(url).pathname) || 'video');
}
