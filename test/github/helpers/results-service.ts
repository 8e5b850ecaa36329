// A stand-in for GitHub's Actions results service: the Twirp JSON endpoints @actions/artifact calls
// (CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL), handing out signed azurite URLs.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Azurite } from './azurite.js';

/** An artifact as the service keeps it. */
export interface StoredArtifact {
  id: number;
  runId: string;
  jobId: string;
  name: string;
  blob: string;
  size: number;
  finalized: boolean;
  /** expires_at of CreateArtifact (retention-days), when given. */
  expiresAt: string | undefined;
}

/** The running stand-in. */
export interface ResultsService {
  url: string;
  artifacts: StoredArtifact[];
  /** The env a job of run `runId` needs (ACTIONS_RUNTIME_TOKEN carries the scope @actions/artifact reads). */
  jobEnv(runId: string, jobId: string): NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned JWT whose `scp` claim names the run and job, as the runner's token does. */
export function runtimeToken(runId: string, jobId: string): string {
  return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ scp: `Actions.GenericRead:1 Actions.Results:${runId}:${jobId}`, exp: 4102444800 })}.sig`;
}

type Json = Record<string, unknown>;

/** Start the stand-in on a free port. */
export async function startResultsService(azurite: Azurite): Promise<ResultsService> {
  const artifacts: StoredArtifact[] = [];
  const handlers: Record<string, (body: Json) => [number, Json]> = {
    CreateArtifact: (body) => {
      const runId = String(body.workflow_run_backend_id);
      if (artifacts.some((a) => a.runId === runId && a.name === body.name)) return [409, { code: 'already_exists', msg: `an artifact named ${String(body.name)} already exists in this run` }];
      const artifact: StoredArtifact = { id: artifacts.length + 1, runId, jobId: String(body.workflow_job_run_backend_id), name: String(body.name), blob: `${runId}/${String(body.name)}.zip`, size: 0, finalized: false, expiresAt: body.expires_at as string | undefined };
      artifacts.push(artifact);
      return [200, { ok: true, signed_upload_url: azurite.signedUrl(artifact.blob) }];
    },
    FinalizeArtifact: (body) => {
      const artifact = artifacts.find((a) => a.runId === body.workflow_run_backend_id && a.name === body.name);
      if (!artifact) return [404, { code: 'not_found', msg: 'no such artifact' }];
      artifact.size = Number(body.size);
      artifact.finalized = true;
      return [200, { ok: true, artifact_id: String(artifact.id) }];
    },
    ListArtifacts: (body) => {
      const nameFilter = body.name_filter as string | undefined;
      const idFilter = body.id_filter as string | undefined;
      const found = artifacts.filter((a) => a.finalized && a.runId === body.workflow_run_backend_id && (!nameFilter || a.name === nameFilter) && (!idFilter || String(a.id) === String(idFilter)));
      return [200, {
        artifacts: found.map((a) => ({ workflow_run_backend_id: a.runId, workflow_job_run_backend_id: a.jobId, database_id: String(a.id), name: a.name, size: String(a.size), created_at: new Date(0).toISOString() })),
      }];
    },
    GetSignedArtifactURL: (body) => {
      const artifact = artifacts.find((a) => a.runId === body.workflow_run_backend_id && a.name === body.name);
      if (!artifact) return [404, { code: 'not_found', msg: 'no such artifact' }];
      return [200, { signed_url: azurite.signedUrl(artifact.blob) }];
    },
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const method = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(req.url ?? '')?.[1];
      const handler = method ? handlers[method] : undefined;
      const authorized = (req.headers.authorization ?? '').startsWith('Bearer ');
      const [status, body] = !handler ? [404, { code: 'bad_route', msg: req.url ?? '' }] : !authorized ? [401, { code: 'unauthenticated', msg: 'no token' }] : handler(JSON.parse(raw || '{}') as Json);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    artifacts,
    jobEnv: (runId, jobId) => ({ ACTIONS_RUNTIME_TOKEN: runtimeToken(runId, jobId), ACTIONS_RESULTS_URL: url }),
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
