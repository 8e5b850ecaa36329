// Multipart uploads (field `files`, repeatable) streamed to disk with busboy; nothing is held in memory.

import busboy from 'busboy';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { badRequest, HttpError } from '../http/http-error.js';
import { saveCounted, type SavedFile } from './save-stream.js';

/** A received file with the name the client gave it. */
export interface ReceivedFile extends SavedFile {
  filename: string;
}

/** Most files one upload request may carry. */
export const MAX_FILES_PER_UPLOAD = 10;

/**
 * Receive every `files` part into `dir`. On any failure (size limit, bad body, client gone) the
 * request is left to drain, every temp file is removed, and the error is thrown.
 */
export function receiveMultipart(req: IncomingMessage, dir: string, maxBytes: number, signal?: AbortSignal): Promise<ReceivedFile[]> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: maxBytes + 1, files: MAX_FILES_PER_UPLOAD, fields: 50, fieldSize: 64 * 1024, parts: 100 },
      });
    } catch (error) {
      reject(badRequest(`not a multipart/form-data body: ${(error as Error).message}`));
      return;
    }
    let settled = false;
    const temps: string[] = [];
    const streams = new Set<Readable>();
    const pending: Promise<ReceivedFile>[] = [];
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      req.resume();
      for (const stream of streams) stream.destroy();
      void Promise.allSettled(pending)
        .then(() => Promise.all(temps.map((t) => rm(t, { force: true }))))
        .then(() => reject(error));
    };
    parser.on('file', (field, stream, info) => {
      if (settled || (field !== 'files' && field !== 'file')) {
        stream.resume();
        return;
      }
      const temp = join(dir, `.incoming-${randomUUID()}`);
      temps.push(temp);
      streams.add(stream);
      const saved = saveCounted(stream, temp, maxBytes, signal).then((file) => ({ ...file, filename: info.filename || 'upload' }));
      saved.catch(fail).finally(() => streams.delete(stream));
      pending.push(saved);
    });
    parser.on('filesLimit', () => fail(new HttpError(400, 400, `at most ${MAX_FILES_PER_UPLOAD} files per upload`)));
    parser.on('error', (error: Error) => fail(badRequest(`the multipart body is malformed: ${error.message}`)));
    parser.on('close', () => {
      void Promise.all(pending).then((files) => {
        if (settled) return;
        settled = true;
        if (files.length === 0) reject(badRequest('no file in the multipart field "files"'));
        else resolve(files);
      }, fail);
    });
    req.on('error', fail);
    req.pipe(parser);
  });
}
