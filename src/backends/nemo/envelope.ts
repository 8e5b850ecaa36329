// The three answer envelopes of the protocol: {code, data}, {success, data}, and a bare HTTP status.

/** A decoded answer: its data, or the error it carries. */
export type Envelope =
  | { ok: true; data: unknown; body: unknown }
  | { ok: false; code: number; message: string; body: unknown };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseBody(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return text;
  }
}

/** The first string among an answer's usual message fields. */
export function messageOf(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim().slice(0, 300) || undefined;
  if (!isObject(body)) return undefined;
  for (const key of ['message', 'msg', 'error_message', 'errorMessage', 'detail', 'error']) {
    const value = body[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (isObject(value)) {
      const inner = messageOf(value);
      if (inner) return inner;
    }
  }
  return undefined;
}

function numericCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

/** The codes of the protocol's error table (§ Errors). */
export const TABLE_CODES: ReadonlySet<number> = new Set([1001, 1002, 2001, 4001, 4002, 400, 402, 403, 429]);

/** HTTP statuses that are table entries by themselves: a body code outside the table does not override them. */
const TABLE_STATUSES: ReadonlySet<number> = new Set([400, 402, 403, 429]);

/**
 * Decode an answer. Any of a non-zero `code`, `success: false` or an HTTP error status makes it an
 * error (the protocol treats each as authoritative). The body's code wins over the status, except
 * that a 400/402/403/429 status stays what it says when the body's code is not in the error table
 * (HTTP 429 with a body code 42900 is still "rate limited").
 */
export function readEnvelope(status: number, text: string): Envelope {
  const body = parseBody(text);
  const code = isObject(body) ? numericCode(body.code) : undefined;
  const failed = (c: number): Envelope => ({ ok: false, code: c, message: messageOf(body) ?? `HTTP ${status}`, body });
  if (TABLE_STATUSES.has(status) && (code === undefined || !TABLE_CODES.has(code))) return failed(status);
  if (code !== undefined && code !== 0) return failed(code);
  if (isObject(body) && body.success === false) return failed(status >= 400 ? status : numericCode(body.error_code) ?? 500);
  if (status >= 400) return failed(status);
  const data = isObject(body) && 'data' in body ? body.data : body;
  return { ok: true, data, body };
}
