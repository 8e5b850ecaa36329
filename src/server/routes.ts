// Every endpoint of the protocol (and the file URLs this server hands out), in one table.

import { runSse } from './agent/run-sse.js';
import { issueAnonymousToken } from './auth/issue-token.js';
import type { Call } from './context.js';
import { getBalance } from './credits.js';
import { cancelJob, downloadJob, getJob, serveOutput } from './export/job-routes.js';
import { startExport } from './export/start-export.js';
import { sendOk } from './http/respond.js';
import { createSession } from './sessions/create-session.js';
import { getState } from './sessions/get-state.js';
import type { Scope } from './store/records.js';
import { serveUpload } from './upload/serve-upload.js';
import { uploadFiles } from './upload/upload-route.js';

/** One endpoint: method(s), path pattern (captures become params), the scope it needs (none: no token). */
export interface Route {
  methods: readonly string[];
  pattern: RegExp;
  scope?: Scope;
  handle(call: Call): Promise<void>;
}

const seg = '([^/]+)';

/** The route table. */
export const ROUTES: readonly Route[] = [
  { methods: ['POST'], pattern: /^\/api\/auth\/anonymous-token$/, handle: issueAnonymousToken },
  { methods: ['POST'], pattern: new RegExp(`^/api/tasks/${seg}/with-session/nemo_agent$`), scope: 'write', handle: createSession },
  { methods: ['POST'], pattern: new RegExp(`^/api/upload-video/${seg}/${seg}/${seg}$`), scope: 'upload', handle: uploadFiles },
  { methods: ['POST'], pattern: /^\/run_sse$/, scope: 'write', handle: runSse },
  { methods: ['GET'], pattern: new RegExp(`^/api/state/${seg}/${seg}/${seg}/latest$`), scope: 'read', handle: getState },
  { methods: ['GET'], pattern: /^\/api\/credits\/balance\/simple$/, scope: 'read', handle: getBalance },
  { methods: ['POST'], pattern: /^\/api\/render\/proxy\/lambda$/, scope: 'render', handle: startExport },
  { methods: ['GET'], pattern: new RegExp(`^/api/render/proxy/lambda/${seg}$`), scope: 'read', handle: getJob },
  { methods: ['POST'], pattern: new RegExp(`^/api/render/proxy/lambda/${seg}/cancel$`), scope: 'render', handle: cancelJob },
  { methods: ['GET', 'HEAD'], pattern: new RegExp(`^/api/render/proxy/${seg}/download$`), scope: 'read', handle: downloadJob },
  { methods: ['GET', 'HEAD'], pattern: new RegExp(`^/files/u/${seg}/${seg}/${seg}$`), handle: serveUpload },
  { methods: ['GET', 'HEAD'], pattern: new RegExp(`^/files/o/${seg}/${seg}$`), handle: serveOutput },
  { methods: ['GET'], pattern: /^\/health$/, handle: async (call) => sendOk(call.res, { ok: true }) },
];

/** The route for a method and path, with its decoded params; `allowed` lists methods when only the path matched. */
export function matchRoute(method: string, path: string): { route: Route; params: string[] } | { allowed: string[] } | undefined {
  const allowed: string[] = [];
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (!route.methods.includes(method)) {
      allowed.push(...route.methods);
      continue;
    }
    return { route, params: match.slice(1).map((p) => decodeURIComponent(p)) };
  }
  return allowed.length > 0 ? { allowed } : undefined;
}
