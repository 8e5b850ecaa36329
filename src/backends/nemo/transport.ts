// One undici Agent (keep-alive, connect/header/body timeouts) and the request every call goes through:
// attribution headers always, the token only to the API's own origin, network errors typed.

import { Agent, request, type Dispatcher, type FormData } from 'undici';
import { parseRetryAfter } from '../../core/retry-after.js';
import { readEnvelope, type Envelope } from './envelope.js';
import { ServiceFailure, type CallKind } from './service-failure.js';

/** Timeouts of the HTTP layer, ms. */
export interface HttpTimeouts {
  connectMs: number;
  /** Until the answer's headers arrive. */
  headersMs: number;
  /** Longest gap between two body chunks (event streams manage their own limits). */
  bodyMs: number;
}

/** Defaults: 15 s to connect, 2 min for headers (an upload of 500 MB sends first), 2 min between chunks. */
export const DEFAULT_TIMEOUTS: HttpTimeouts = { connectMs: 15_000, headersMs: 120_000, bodyMs: 120_000 };

/** A request as the calls describe it. */
export interface OutgoingRequest {
  method: 'GET' | 'POST';
  /** A path on the API, or an absolute URL (downloads). */
  url: string;
  token?: string;
  headers?: Record<string, string>;
  body?: string | FormData;
  signal?: AbortSignal;
  /** An event stream: no body timeout (the reader keeps its own clocks). */
  stream?: boolean;
}

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Sends requests to one API with the attribution headers. */
export class Transport {
  private readonly agent: Agent;
  private readonly origin: string;

  constructor(
    readonly apiUrl: string,
    private readonly attribution: Record<string, string>,
    private readonly timeouts: HttpTimeouts = DEFAULT_TIMEOUTS,
  ) {
    this.origin = new URL(apiUrl).origin;
    this.agent = new Agent({ keepAliveTimeout: 10_000, connect: { timeout: timeouts.connectMs }, headersTimeout: timeouts.headersMs, bodyTimeout: timeouts.bodyMs });
  }

  /** The absolute URL of a path under the API URL, its path prefix kept (`https://h/prefix` + `/api/x` → `https://h/prefix/api/x`); an absolute URL stays as it is. */
  resolve(url: string): string {
    if (/^[a-z][a-z\d+.-]*:/i.test(url)) return new URL(url).toString();
    return new URL(`${this.apiUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`).toString();
  }

  /** Send one request; a missing answer becomes a network ServiceFailure (aborts pass through). */
  async send(kind: CallKind, req: OutgoingRequest): Promise<Dispatcher.ResponseData> {
    const url = this.resolve(req.url);
    const headers: Record<string, string> = { ...this.attribution, ...req.headers };
    // A file URL on another host (a CDN) never sees the token.
    if (req.token && new URL(url).origin === this.origin) headers.authorization = `Bearer ${req.token}`;
    if (typeof req.body === 'string') headers['content-type'] ??= 'application/json';
    try {
      return await request(url, {
        method: req.method,
        headers,
        body: req.body,
        signal: req.signal,
        dispatcher: this.agent,
        ...(req.stream ? { bodyTimeout: 0 } : {}),
      });
    } catch (error) {
      req.signal?.throwIfAborted();
      const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
      const message = error instanceof Error ? error.message : String(error);
      throw new ServiceFailure(kind, { network: true, notSent: code !== undefined && NOT_SENT.has(code), message: `${message}${code ? ` (${code})` : ''}`, cause: error });
    }
  }

  /** Read a whole (small) answer and decode its envelope; failures throw, with Retry-After kept. */
  async readJson(kind: CallKind, response: Dispatcher.ResponseData, signal?: AbortSignal): Promise<Extract<Envelope, { ok: true }>> {
    let text: string;
    try {
      text = await response.body.text();
    } catch (error) {
      signal?.throwIfAborted();
      throw new ServiceFailure(kind, { network: true, status: response.statusCode, message: `the answer was cut off: ${(error as Error).message}`, cause: error });
    }
    const envelope = readEnvelope(response.statusCode, text);
    if (envelope.ok) return envelope;
    throw new ServiceFailure(kind, {
      code: envelope.code,
      status: response.statusCode,
      message: envelope.message,
      body: envelope.body,
      retryAfterS: parseRetryAfter(response.headers['retry-after']),
    });
  }
}

/** Discard an answer's body so its connection can be reused. */
export async function drain(response: Dispatcher.ResponseData): Promise<void> {
  await response.body.dump().catch(() => undefined);
}
