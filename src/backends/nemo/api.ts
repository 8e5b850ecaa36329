// The JSON calls of the protocol (§2, §3 URL form, §5, §6, §7) under the retry policy.

import type { Dispatcher, FormData } from 'undici';
import { APP_NAME } from './constants.js';
import { withPolicy, type PolicyContext } from './call-policy.js';
import { ServiceFailure, type CallKind } from './service-failure.js';
import type { Transport } from './transport.js';

/** A new session (protocol §2). */
export interface SessionInfo {
  task_id: string;
  session_id: string;
  user_id?: string;
}

/** The credit balance (protocol §6). */
export interface Balance {
  available: number;
  frozen?: number;
  total?: number;
}

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : typeof value === 'number' ? String(value) : undefined);

/** A call's description for `NemoApi.json`. */
export interface JsonCall {
  kind: CallKind;
  method: 'GET' | 'POST';
  path: string;
  json?: unknown;
  /** Built afresh for each try (a form's file streams are read once). */
  form?: () => FormData;
  idempotent: boolean;
}

/** The service's calls for one run; every one carries the attribution headers and the policy. */
export class NemoApi {
  constructor(
    readonly transport: Transport,
    readonly policy: PolicyContext,
  ) {}

  /** A call with a JSON answer: its decoded `data` (and the whole body, for top-level fields). */
  async json(call: JsonCall, signal?: AbortSignal): Promise<{ data: unknown; body: unknown }> {
    const ctx = { ...this.policy, signal };
    return withPolicy({ kind: call.kind, idempotent: call.idempotent, auth: true }, ctx, async (token) => {
      const body = call.form ? call.form() : call.json === undefined ? undefined : JSON.stringify(call.json);
      const response = await this.transport.send(call.kind, { method: call.method, url: call.path, token, body, signal });
      const { data, body: whole } = await this.transport.readJson(call.kind, response, signal);
      return { data, body: whole };
    });
  }

  /** A call whose body the caller reads (downloads): `check` rejects bad answers inside the policy, so they are retried like any other. */
  async open(
    call: { kind: CallKind; method: 'GET' | 'POST'; url: string; body?: string; headers?: Record<string, string>; idempotent: boolean },
    check: (response: Dispatcher.ResponseData) => Promise<void>,
    signal?: AbortSignal,
  ): Promise<Dispatcher.ResponseData> {
    const ctx = { ...this.policy, signal };
    return withPolicy({ kind: call.kind, idempotent: call.idempotent, auth: true }, ctx, async (token) => {
      const response = await this.transport.send(call.kind, { ...call, token, signal });
      await check(response);
      return response;
    });
  }

  /** Credit balance (§6). */
  async balance(signal?: AbortSignal): Promise<Balance> {
    const { data } = await this.json({ kind: 'credits', method: 'GET', path: '/api/credits/balance/simple', idempotent: true }, signal);
    const record = asRecord(data);
    const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined);
    return { available: num(record.available) ?? 0, frozen: num(record.frozen), total: num(record.total) };
  }

  /** Open a session (§2); not repeated after a 5xx (not a read: the protocol allows retries for reads and uploads only). */
  async createSession(taskName: string, language: string, signal?: AbortSignal): Promise<SessionInfo> {
    const { data } = await this.json({ kind: 'session', method: 'POST', path: `/api/tasks/me/with-session/${APP_NAME}`, json: { task_name: taskName, language }, idempotent: false }, signal);
    const record = asRecord(data);
    const task_id = str(record.task_id);
    const session_id = str(record.session_id);
    if (!task_id || !session_id) throw new ServiceFailure('session', { message: 'the session answer has no task_id or session_id', body: data });
    const user_id = str(record.user_id);
    return { task_id, session_id, ...(user_id ? { user_id } : {}) };
  }

  /** The session's latest state (§5): `data.state`. */
  async state(sessionId: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
    const path = `/api/state/${APP_NAME}/me/${encodeURIComponent(sessionId)}/latest`;
    const { data } = await this.json({ kind: 'state', method: 'GET', path, idempotent: true }, signal);
    return asRecord(asRecord(data).state);
  }
}
