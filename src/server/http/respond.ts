// Writing JSON answers in the protocol's two envelopes.

import type { ServerResponse } from 'node:http';
import type { HttpError } from './http-error.js';

/** Send a JSON body with a status. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** `{code: 0, data}`: the usual success envelope. */
export function sendOk(res: ServerResponse, data: unknown): void {
  sendJson(res, 200, { code: 0, data });
}

/** `{success: true, data}`: the render endpoints' envelope. */
export function sendRenderOk(res: ServerResponse, data: unknown): void {
  sendJson(res, 200, { success: true, data });
}

/** Send an HttpError (unless the answer has started already, then just close). */
export function sendError(res: ServerResponse, error: HttpError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, error.status, error.body(), error.headers);
}
