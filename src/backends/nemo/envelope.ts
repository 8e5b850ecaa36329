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

/**
 * Decode an answer. Any of a non-zero `code`, `success: false` or an HTTP error status makes it an
 * error (the protocol treats each as authoritative); the body's code wins over the status.
 */
export function readEnvelope(status: number, text: string): Envelope {
  const body = parseBody(text);
  const code = isObject(body) ? numericCode(body.code) : undefined;
  const failed = (c: number): Envelope => ({ ok: false, code: c, message: messageOf(body) ?? `HTTP ${status}`, body });
  if (code !== undefined && code !== 0) return failed(code);
  if (isObject(body) && body.success === false) return failed(status >= 400 ? status : numericCode(body.error_code) ?? 500);
  if (status >= 400) return failed(status);
  const data = isObject(body) && 'data' in body ? body.data : body;
  return { ok: true, data, body };
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(raw.trim())) return Number(raw.trim());
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}
