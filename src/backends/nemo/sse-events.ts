// The two event shapes of /run_sse (protocol §4) turned into one: typed events
// ({type: text|tool_call|tool_result|heartbeat}) and agent events ({content: {parts: [...]}}).

/** One normalised stream event. */
export type StreamEvent =
  | { kind: 'keepalive' }
  | { kind: 'text'; text: string; partial: boolean }
  | { kind: 'tool_call'; name: string; args: unknown }
  | { kind: 'tool_result'; name: string; result: unknown }
  | { kind: 'error'; code: number | undefined; message: string }
  | { kind: 'other'; detail: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value));

function codeOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

function errorMessage(json: Json): string {
  for (const key of ['message', 'msg', 'errorMessage', 'error_message', 'error']) {
    if (typeof json[key] === 'string' && json[key]) return json[key];
  }
  return 'the service reported an error';
}

function typedEvent(json: Json, type: string): StreamEvent {
  switch (type) {
    case 'text':
      return { kind: 'text', text: text(json.content ?? json.text), partial: json.partial === true };
    case 'tool_call':
      return { kind: 'tool_call', name: text(json.name), args: json.args };
    case 'tool_result':
      return { kind: 'tool_result', name: text(json.name), result: json.result };
    case 'heartbeat':
    case 'ping':
    case 'keepalive':
      return { kind: 'keepalive' };
    case 'error':
      return { kind: 'error', code: codeOf(json.code), message: errorMessage(json) };
    default:
      return { kind: 'other', detail: type };
  }
}

function agentParts(json: Json, content: Json): StreamEvent[] {
  const parts = Array.isArray(content.parts) ? content.parts : [];
  const partial = json.partial === true;
  const events: StreamEvent[] = [];
  for (const part of parts) {
    if (!isObject(part)) continue;
    if (typeof part.text === 'string') {
      // Thoughts are the model's notes to itself, not a reply.
      if (part.thought !== true) events.push({ kind: 'text', text: part.text, partial });
    } else if (isObject(part.functionCall)) {
      events.push({ kind: 'tool_call', name: text(part.functionCall.name), args: part.functionCall.args });
    } else if (isObject(part.functionResponse)) {
      events.push({ kind: 'tool_result', name: text(part.functionResponse.name), result: part.functionResponse.response });
    }
  }
  return events.length > 0 ? events : [{ kind: 'other', detail: 'agent event without parts' }];
}

/**
 * The events one `data:` payload carries. Empty data is a keep-alive; a JSON object with a non-zero
 * `code` (or an agent event's `errorCode`) is an error; text that is not JSON is taken as text.
 */
export function normaliseEvent(data: string): StreamEvent[] {
  if (data.trim() === '') return [{ kind: 'keepalive' }];
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return [{ kind: 'text', text: data, partial: false }];
  }
  if (!isObject(json)) return [{ kind: 'other', detail: typeof json }];
  const code = codeOf(json.code);
  if (code !== undefined && code !== 0) return [{ kind: 'error', code, message: errorMessage(json) }];
  const agentError = json.errorCode ?? json.error_code;
  if (agentError !== undefined && agentError !== null && agentError !== 0 && agentError !== '') {
    return [{ kind: 'error', code: codeOf(agentError), message: errorMessage(json) }];
  }
  if (typeof json.type === 'string') return [typedEvent(json, json.type)];
  if (isObject(json.content)) return agentParts(json, json.content);
  return [{ kind: 'other', detail: Object.keys(json).slice(0, 5).join(',') || 'empty object' }];
}

/** The reply text of a stream: final texts, or the partial chunks when no final text came. */
export function replyText(events: readonly StreamEvent[]): string {
  const texts = events.filter((e): e is Extract<StreamEvent, { kind: 'text' }> => e.kind === 'text');
  const finals = texts.filter((e) => !e.partial);
  return (finals.length > 0 ? finals.map((e) => e.text).join('\n') : texts.map((e) => e.text).join('')).trim();
}
