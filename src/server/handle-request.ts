// One request through the server: rate-limit fault, routing, token check, the handler, errors as JSON.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from './auth/authenticate.js';
import type { Principal, ServerContext } from './context.js';
import { badRequest, HttpError, notFound } from './http/http-error.js';
import { sendError } from './http/respond.js';
import { matchRoute } from './routes.js';

// Public routes (token call, file URLs, health) never read the principal.
const NO_PRINCIPAL = undefined as unknown as Principal;

/** Answer one request; never throws. */
export async function handleRequest(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const limited = ctx.faults.takeRateLimit(url.pathname);
    if (limited) {
      req.resume();
      const headers: Record<string, string> = limited.retryAfterS === undefined ? {} : { 'Retry-After': String(limited.retryAfterS) };
      throw new HttpError(429, 429, 'too many requests, slow down', headers);
    }
    let found;
    try {
      found = matchRoute(req.method ?? 'GET', url.pathname);
    } catch {
      throw badRequest('malformed path');
    }
    if (!found) throw notFound(`${url.pathname}`);
    if ('allowed' in found) throw new HttpError(405, 405, `use ${found.allowed.join(' or ')}`, { Allow: found.allowed.join(', ') });
    const { route, params } = found;
    const principal = route.scope ? await authenticate(ctx, req, route.scope) : NO_PRINCIPAL;
    await route.handle({ req, res, url, params, ctx, principal });
  } catch (error) {
    if (error instanceof HttpError) {
      if (error.status >= 500) ctx.logger.warn(`serve: ${req.method} ${req.url} → ${error.status} ${error.message}`);
      req.resume();
      sendError(res, error);
      return;
    }
    const aborted = (error as Error).name === 'AbortError';
    if (!aborted) ctx.logger.error(`serve: ${req.method} ${req.url} failed: ${(error as Error).stack ?? String(error)}`);
    req.resume();
    sendError(res, new HttpError(aborted ? 503 : 500, aborted ? 503 : 500, aborted ? 'the server is shutting down' : `internal error: ${(error as Error).message}`));
  }
}
