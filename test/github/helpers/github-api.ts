// A stand-in for the GitHub REST endpoints the action calls: issue comments (list, create, update)
// and a pull request's head.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stored issue comment. */
export interface Comment {
  id: number;
  issue: number;
  body: string;
  /** `type` is 'Bot' for apps (github-actions[bot]), 'User' for people. */
  user: { login: string; type?: string };
}

/** The running stand-in and what it saw. */
export interface GitHubApi {
  url: string;
  comments: Comment[];
  /** `METHOD /path` of every request, in order. */
  requests: string[];
  /** Head commit returned for GET /pulls/:n. */
  pullHeads: Map<number, string>;
  stop(): Promise<void>;
}

/** Artifacts of other workflow runs, for the public artifact endpoints (list, download redirect). */
export interface ArtifactSource {
  list(runId: number): { id: number; name: string; size: number }[];
  /** Where GET …/artifacts/:id/zip redirects (a signed blob URL). */
  downloadUrl(id: number): string | undefined;
}

/** Start the stand-in for repository `owner/repo`. */
export async function startGitHubApi(owner = 'octo', repo = 'demo', artifacts?: ArtifactSource): Promise<GitHubApi> {
  const comments: Comment[] = [];
  const requests: string[] = [];
  const pullHeads = new Map<number, string>();
  const base = `/repos/${owner}/${repo}`;
  const html = (c: Comment): object => ({ ...c, html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}` });
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      requests.push(`${req.method} ${url.pathname}`);
      const send = (status: number, body: unknown): void => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (!(req.headers.authorization ?? '').match(/^(token|Bearer) /)) return send(401, { message: 'Requires authentication' });
      let m: RegExpExecArray | null;
      if ((m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(url.pathname))) {
        const issue = Number(m[1]);
        if (req.method === 'GET') {
          const page = Number(url.searchParams.get('page') ?? 1);
          const per = Number(url.searchParams.get('per_page') ?? 30);
          const all = comments.filter((c) => c.issue === issue);
          // As GitHub pages: a Link header names the next page while there is one.
          if (page * per < all.length) {
            const next = new URL(url.toString());
            next.searchParams.set('page', String(page + 1));
            res.setHeader('link', `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`);
          }
          return send(200, all.slice((page - 1) * per, page * per).map(html));
        }
        if (req.method === 'POST') {
          const comment = { id: 1000 + comments.length, issue, body: String((JSON.parse(raw) as { body: string }).body), user: { login: 'github-actions[bot]', type: 'Bot' } };
          comments.push(comment);
          return send(201, html(comment));
        }
      }
      if ((m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(url.pathname)) && req.method === 'PATCH') {
        const comment = comments.find((c) => c.id === Number(m![1]));
        if (!comment) return send(404, { message: 'Not Found' });
        comment.body = String((JSON.parse(raw) as { body: string }).body);
        return send(200, html(comment));
      }
      if ((m = new RegExp(`^${base}/pulls/(\\d+)$`).exec(url.pathname)) && req.method === 'GET') {
        return send(200, { number: Number(m[1]), head: { sha: pullHeads.get(Number(m[1])) ?? '' } });
      }
      if ((m = new RegExp(`^${base}/actions/runs/(\\d+)/artifacts$`).exec(url.pathname)) && req.method === 'GET' && artifacts) {
        const list = artifacts.list(Number(m[1])).map((a) => ({ id: a.id, name: a.name, size_in_bytes: a.size, created_at: new Date(0).toISOString() }));
        return send(200, { total_count: list.length, artifacts: list });
      }
      if ((m = new RegExp(`^${base}/actions/artifacts/(\\d+)/zip$`).exec(url.pathname)) && req.method === 'GET' && artifacts) {
        const location = artifacts.downloadUrl(Number(m[1]));
        if (!location) return send(404, { message: 'Not Found' });
        return void res.writeHead(302, { location }).end();
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    comments,
    requests,
    pullHeads,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
