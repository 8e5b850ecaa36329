// What every handler of the server shares: options, records, faults, shutdown signal, background work.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../core/logger.js';
import type { IpWindow } from './auth/ip-window.js';
import type { Faults } from './faults.js';
import type { DataPaths } from './store/data-paths.js';
import type { Scope, UserRecord } from './store/records.js';
import type { Store } from './store/store.js';

/** ServerOptions with every default applied. */
export interface ResolvedOptions {
  host: string;
  port: number;
  grantCredits: number;
  messageCost: number;
  maxUploadBytes: number;
  allowPrivateUrls: boolean;
  /** Whether anonymous tokens are issued (and accepted); false with --no-anonymous. */
  anonymous: boolean;
  /** New anonymous tokens one client address may get per hour (0: no limit). */
  anonymousPerHour: number;
  /** Explicit web URL for links, else the API's own URL. */
  webUrl?: string;
  /** Fixed token → its scopes. */
  fixedTokens: Map<string, Scope[]>;
}

/** Background promises the server waits for when it closes. */
export class TaskSet {
  private readonly tasks = new Set<Promise<unknown>>();

  /** Keep `promise` until it settles (its rejection is the task's own business). */
  track<T>(promise: Promise<T>): Promise<T> {
    const settled = promise.then(
      () => undefined,
      () => undefined,
    );
    this.tasks.add(settled);
    void settled.then(() => this.tasks.delete(settled));
    return promise;
  }

  /** Wait until every tracked task has settled. */
  async settle(): Promise<void> {
    while (this.tasks.size > 0) await Promise.all([...this.tasks]);
  }
}

/** State shared by the whole server. */
export interface ServerContext {
  options: ResolvedOptions;
  paths: DataPaths;
  store: Store;
  faults: Faults;
  logger: Logger;
  /** Key anonymous tokens are derived with. */
  tokenSecret: Buffer;
  /** New anonymous tokens per client address in the last hour. */
  anonymousIssues: IpWindow;
  /** Aborted when the server closes: running edits, exports and downloads stop. */
  signal: AbortSignal;
  tasks: TaskSet;
  /** Open SSE answers (ended on close). */
  streams: Set<ServerResponse>;
  /** Pending timers (second stages), cleared on close. */
  timers: Set<NodeJS.Timeout>;
  /** Abort controllers of running export jobs, by job id. */
  exports: Map<string, { controller: AbortController; done: Promise<void> }>;
  /** The server's own URL as listened on. */
  url: string;
}

/** Who is calling, once the token is checked. */
export interface Principal {
  user: UserRecord;
  anonymous: boolean;
  scopes: readonly Scope[];
}

/** One request as handlers see it. */
export interface Call {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The route's captured path parts, decoded. */
  params: string[];
  ctx: ServerContext;
  /** Set for routes that need a token. */
  principal: Principal;
}

/** The API's base URL as the caller reached it (Host header), for file links. */
export function apiBase(call: Pick<Call, 'req' | 'ctx'>): string {
  const host = call.req.headers.host;
  return host && /^[\w.:[\]-]+$/.test(host) ? `http://${host}` : call.ctx.url;
}

/** Base URL of pages for people. */
export function webBase(call: Pick<Call, 'req' | 'ctx'>): string {
  return (call.ctx.options.webUrl ?? apiBase(call)).replace(/\/+$/, '');
}
