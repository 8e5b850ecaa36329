// Reading a small JSON request body, with a size cap.

import type { IncomingMessage } from 'node:http';
import { badRequest, HttpError } from './http-error.js';

/** Largest JSON body accepted (drafts included). */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

/** Read and parse the JSON body; 400 when it is not JSON, 413 when it is too large. Empty → `{}`. */
export async function readJsonBody(req: IncomingMessage, limit = MAX_JSON_BYTES): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, 413, `request body larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('the body is not valid JSON');
  }
}

/** True for a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
