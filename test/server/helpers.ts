// Test helpers for `voiceover serve`: a server on a fresh data folder, plain HTTP calls, SSE parsing.
// Plain fetch on purpose (not the nemo client): these tests pin the wire protocol itself.

import { createParser } from 'eventsource-parser';
import { randomUUID } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/index.js';
import { makeClip } from '../helpers/media.js';

/** A fresh data folder. */
export const tempDir = (prefix = 'voiceover-serve-'): Promise<string> => mkdtemp(join(tmpdir(), prefix));

/** Start a server on 127.0.0.1, any free port. */
export async function serve(options: Partial<ServerOptions> = {}): Promise<RunningServer & { dataDir: string }> {
  const dataDir = options.dataDir ?? (await tempDir());
  const server = await startServer({ port: 0, ...options, dataDir });
  return Object.assign(server, { dataDir });
}

/** Attribution headers every client call carries. */
export const SKILL = { 'X-Skill-Source': 'ai-voiceover-for', 'X-Skill-Version': '0.1.0', 'X-Skill-Platform': 'cli' };

/** A JSON answer with its status and headers. */
export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

/** Call the server with a JSON body (or none). */
export async function call(server: { url: string }, method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...SKILL, ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body };
}

/** A new anonymous token (and its user) for a client id. */
export async function anonymousToken(server: { url: string }, clientId: string = randomUUID()): Promise<{ token: string; user_id: string; credits: number }> {
  const answer = await call(server, 'POST', '/api/auth/anonymous-token', { headers: { 'X-Client-Id': clientId } });
  expect(answer.status).toBe(200);
  expect(answer.body.code).toBe(0);
  return answer.body.data;
}

/** A new session; its id. */
export async function newSession(server: { url: string }, token: string): Promise<string> {
  const answer = await call(server, 'POST', '/api/tasks/me/with-session/nemo_agent', { token, body: { task_name: 'demo', language: 'en' } });
  expect(answer.body.code, JSON.stringify(answer.body)).toBe(0);
  return answer.body.data.session_id as string;
}

/** Upload files (multipart field `files`), streamed from disk. */
export async function upload(server: { url: string }, token: string, sessionId: string, files: { path: string; name?: string }[]): Promise<Answer> {
  const form = new FormData();
  for (const file of files) form.append('files', await openAsBlob(file.path), file.name ?? basename(file.path));
  const res = await fetch(`${server.url}/api/upload-video/nemo_agent/me/${sessionId}`, { method: 'POST', headers: { ...SKILL, Authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

/** What one /run_sse call gave. */
export interface SseResult {
  status: number;
  contentType: string;
  events: any[];
  comments: string[];
  /** The stream ended cleanly (false: the connection broke). */
  clean: boolean;
  /** Set when the answer was plain JSON. */
  json?: any;
}

/** Send one message and read the whole answer; `stopAfterComments` disconnects after that many comments. */
export async function message(server: { url: string }, token: string, sessionId: string, text: string, options: { stopAfterComments?: number } = {}): Promise<SseResult> {
  const controller = new AbortController();
  const res = await fetch(`${server.url}/run_sse`, {
    method: 'POST',
    headers: { ...SKILL, Authorization: `Bearer ${token}`, Accept: 'text/event-stream', 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_name: 'nemo_agent', user_id: 'me', session_id: sessionId, new_message: { role: 'user', parts: [{ text }] } }),
    signal: controller.signal,
  });
  const contentType = res.headers.get('content-type') ?? '';
  if (!contentType.startsWith('text/event-stream')) return { status: res.status, contentType, events: [], comments: [], clean: true, json: await res.json() };
  const events: any[] = [];
  const comments: string[] = [];
  const parser = createParser({
    onEvent: (event) => {
      if (event.data.trim() !== '') events.push(JSON.parse(event.data));
    },
    onComment: (comment) => {
      comments.push(comment.trim());
      if (options.stopAfterComments !== undefined && comments.filter((c) => c === 'ping').length >= options.stopAfterComments) controller.abort();
    },
  });
  const decoder = new TextDecoder();
  let clean = true;
  try {
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) parser.feed(decoder.decode(chunk, { stream: true }));
  } catch {
    clean = false;
  }
  return { status: res.status, contentType, events, comments, clean };
}

/** GET the session state (data.state). */
export async function state(server: { url: string }, token: string, sessionId: string): Promise<any> {
  const answer = await call(server, 'GET', `/api/state/nemo_agent/me/${sessionId}/latest`, { token });
  expect(answer.body.code, JSON.stringify(answer.body)).toBe(0);
  return answer.body.data.state;
}

/** Exportable: a track with segments. Settled: exportable and nothing running. */
export const exportable = (s: any): boolean => Array.isArray(s?.draft?.t) && s.draft.t.some((t: any) => Array.isArray(t.sg) && t.sg.length > 0);
export const settled = (s: any): boolean => exportable(s) && s.processing !== true && !['processing', 'pending', 'running', 'generating'].includes(s.status);

/** Poll `read` every 200 ms until `done` says so (bounded). */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, limit = 300): Promise<T> {
  let value = await read();
  for (let i = 0; i < limit && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

/** Poll an export until it is completed or failed; the final job data. */
export async function waitJob(server: { url: string }, token: string, id: string): Promise<any> {
  const answer = await pollUntil(
    () => call(server, 'GET', `/api/render/proxy/lambda/${id}`, { token }),
    (a) => a.body?.data?.status === 'completed' || a.body?.data?.status === 'failed',
  );
  expect(answer.body.success).toBe(true);
  return answer.body.data;
}

/** The test video: 4 s, 640x360, silent stereo track. */
export const makeVideo = (file: string): Promise<string> => makeClip(file, { duration: 4, width: 640, height: 360, fps: 25, audio: 'silent' });

/** The message a client sends for a short timed script. */
export const SCRIPT_MESSAGE = ['Add a natural AI voiceover in English', 'Script:', '[00:00.5] Welcome to the demo.', '[00:02] Ship it today.', 'Language: en', 'Voice: slt', 'Resolution: keep', 'Quality: draft'].join('\n');
