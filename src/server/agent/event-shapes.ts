// Stream events and their two wire shapes: typed ({type: …}) and agent-event ({content: {role, parts}, author, partial}).

import { randomUUID } from 'node:crypto';

/** What the agent says while it works. */
export type StreamEvent =
  | { type: 'text'; content: string; partial?: boolean }
  | { type: 'tool_call'; id: string; name: string; args: Record<string, unknown> }
  | { type: 'tool_result'; id: string; name: string; result: Record<string, unknown> }
  | { type: 'heartbeat' };

/** The author name of agent-shaped events. */
export const AGENT_NAME = 'nemo_agent';

/** The typed shape: `{"type": "text", "content": …}` and friends. */
export function typedShape(event: StreamEvent): Record<string, unknown> {
  if (event.type === 'text') return { type: 'text', content: event.content, ...(event.partial ? { partial: true } : {}) };
  return { ...event };
}

/** The agent-event shape; heartbeats have none (they go out as comments). */
export function agentShape(event: StreamEvent, invocationId: string): Record<string, unknown> | undefined {
  let part: Record<string, unknown>;
  if (event.type === 'text') part = { text: event.content };
  else if (event.type === 'tool_call') part = { functionCall: { id: event.id, name: event.name, args: event.args } };
  else if (event.type === 'tool_result') part = { functionResponse: { id: event.id, name: event.name, response: event.result } };
  else return undefined;
  return {
    id: randomUUID(),
    invocationId,
    author: AGENT_NAME,
    partial: event.type === 'text' && event.partial === true,
    timestamp: Date.now() / 1000,
    content: { role: 'model', parts: [part] },
  };
}
