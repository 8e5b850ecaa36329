// The SSE event normaliser and the stream reader, on hand-written streams (no server needed).
import { describe, expect, it } from 'vitest';
import { normaliseEvent, replyText } from '../../../src/backends/nemo/sse-events.js';
import { readEventStream } from '../../../src/backends/nemo/sse-read.js';

describe('normaliseEvent', () => {
  it('reads the typed shape', () => {
    expect(normaliseEvent('{"type":"text","content":"Adding the voiceover."}')).toEqual([{ kind: 'text', text: 'Adding the voiceover.', partial: false }]);
    expect(normaliseEvent('{"type":"tool_call","name":"add_voiceover","args":{"lines":3}}')).toEqual([{ kind: 'tool_call', name: 'add_voiceover', args: { lines: 3 } }]);
    expect(normaliseEvent('{"type":"tool_result","name":"add_voiceover","result":{"ok":true}}')).toEqual([{ kind: 'tool_result', name: 'add_voiceover', result: { ok: true } }]);
    expect(normaliseEvent('{"type":"heartbeat"}')).toEqual([{ kind: 'keepalive' }]);
  });

  it('reads the agent-event shape, one event per part, skipping thoughts', () => {
    const event = {
      author: 'nemo_agent',
      partial: false,
      content: { role: 'model', parts: [{ text: 'Done.' }, { thought: true, text: 'hmm' }, { functionCall: { name: 'render', args: { q: 1 } } }, { functionResponse: { name: 'render', response: { id: 'r1' } } }] },
    };
    expect(normaliseEvent(JSON.stringify(event))).toEqual([
      { kind: 'text', text: 'Done.', partial: false },
      { kind: 'tool_call', name: 'render', args: { q: 1 } },
      { kind: 'tool_result', name: 'render', result: { id: 'r1' } },
    ]);
    expect(normaliseEvent(JSON.stringify({ content: { role: 'model', parts: [{ text: 'Hal' }] }, partial: true }))).toEqual([{ kind: 'text', text: 'Hal', partial: true }]);
  });

  it('treats empty data as a keep-alive and non-JSON as text', () => {
    expect(normaliseEvent('')).toEqual([{ kind: 'keepalive' }]);
    expect(normaliseEvent('   ')).toEqual([{ kind: 'keepalive' }]);
    expect(normaliseEvent('plain words')).toEqual([{ kind: 'text', text: 'plain words', partial: false }]);
  });

  it('turns a non-zero code (either shape) into an error, and ignores code 0', () => {
    expect(normaliseEvent('{"code":2001,"message":"no credits"}')).toEqual([{ kind: 'error', code: 2001, message: 'no credits' }]);
    expect(normaliseEvent('{"code":"1001","msg":"expired"}')).toEqual([{ kind: 'error', code: 1001, message: 'expired' }]);
    expect(normaliseEvent('{"errorCode":"MAX_TOKENS","errorMessage":"too long"}')).toEqual([{ kind: 'error', code: undefined, message: 'too long' }]);
    expect(normaliseEvent('{"code":0,"type":"text","content":"ok"}')).toEqual([{ kind: 'text', text: 'ok', partial: false }]);
  });

  it('joins final texts, or the partial chunks when no final text came', () => {
    expect(replyText([{ kind: 'text', text: 'Hel', partial: true }, { kind: 'text', text: 'lo', partial: true }])).toBe('Hello');
    expect(replyText([{ kind: 'text', text: 'Hel', partial: true }, { kind: 'text', text: 'Hello.', partial: false }, { kind: 'keepalive' }])).toBe('Hello.');
    expect(replyText([])).toBe('');
  });
});

async function* chunks(parts: string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
}

/** A stream that sends `parts`, then nothing until its request is stopped. */
async function* hanging(parts: string[], stop: AbortController): AsyncGenerator<string> {
  for (const part of parts) yield part;
  await new Promise<void>((_, reject) => stop.signal.addEventListener('abort', () => reject(stop.signal.reason as Error)));
}

describe('readEventStream', () => {
  const limits = { hardMs: 5000, keepaliveMs: 5000 };
  it('collects events split across chunks; comments and empty data lines are keep-alives; close is the end', async () => {
    const stop = new AbortController();
    const outcome = await readEventStream(chunks([': ping\n\n', 'data: {"type":"te', 'xt","content":"Hi"}\n\ndata:\n\n', 'data: {"type":"heartbeat"}\n\n']), limits, { stop });
    expect(outcome.end).toBe('closed');
    expect(outcome.events).toEqual([{ kind: 'text', text: 'Hi', partial: false }]);
  });

  it('stops at the first error event', async () => {
    const stop = new AbortController();
    const outcome = await readEventStream(chunks(['data: {"type":"text","content":"a"}\n\n', 'data: {"code":2001,"message":"no credits"}\n\n', 'data: {"type":"text","content":"b"}\n\n']), limits, { stop });
    expect(outcome.error).toEqual({ kind: 'error', code: 2001, message: 'no credits' });
    expect(outcome.events.filter((e) => e.kind === 'text')).toHaveLength(1);
  });

  it('gives up on a stream that only sends keep-alives, and on one past the hard limit', async () => {
    const quiet = new AbortController();
    const a = await readEventStream(hanging([': ping\n\n', 'data:\n\n'], quiet), { hardMs: 5000, keepaliveMs: 50 }, { stop: quiet });
    expect(a.end).toBe('keepalive-timeout');
    const busy = new AbortController();
    const b = await readEventStream(hanging(['data: {"type":"text","content":"working"}\n\n'], busy), { hardMs: 50, keepaliveMs: 5000 }, { stop: busy });
    expect(b.end).toBe('hard-timeout');
    expect(b.events).toHaveLength(1);
  });

  it('reports a broken stream as dropped, but rethrows the caller\'s own abort', async () => {
    async function* broken(): AsyncGenerator<string> {
      yield 'data: {"type":"text","content":"half"}\n\n';
      throw new Error('other side closed');
    }
    const outcome = await readEventStream(broken(), limits, { stop: new AbortController() });
    expect(outcome).toMatchObject({ end: 'dropped', detail: 'other side closed' });
    const caller = new AbortController();
    const stop = new AbortController();
    const reading = readEventStream(hanging([], stop), limits, { stop, signal: caller.signal });
    caller.abort(Object.assign(new Error('stop'), { name: 'AbortError' }));
    stop.abort(caller.signal.reason);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
