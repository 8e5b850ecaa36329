// One /run_sse answer: SSE framing, heartbeats, the event shape, and the stream faults (drop, silent, keep-alive only).

import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ServerContext } from '../context.js';
import type { FaultPlan } from '../types.js';
import { agentShape, typedShape, type StreamEvent } from './event-shapes.js';

/** How often a keep-alive goes out while the pipeline works. */
export const HEARTBEAT_MS = 2000;

/** Writes events to one client; after the client is gone every call is a no-op (the work goes on). */
export class SseStream {
  private sent = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly invocationId = `e-${randomUUID()}`;
  private readonly plan: FaultPlan;

  constructor(
    private readonly res: ServerResponse,
    private readonly ctx: ServerContext,
  ) {
    // The faults in force when the message arrived apply to its whole stream.
    this.plan = { ...ctx.faults.current };
  }

  /** Send the headers and start the heartbeat. */
  open(): void {
    this.res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    this.res.write(': connected\n\n');
    this.ctx.streams.add(this.res);
    this.res.on('close', () => this.dispose());
    this.timer = setInterval(() => this.emit({ type: 'heartbeat' }), HEARTBEAT_MS);
  }

  /** Say something (text). */
  text(content: string, partial = false): void {
    this.emit({ type: 'text', content, partial });
  }

  /** Send one event in the stream's shape. */
  emit(event: StreamEvent): void {
    if (this.closed) return;
    const agent = this.plan.agentEventShape === true;
    if (this.plan.keepaliveOnly || (event.type === 'heartbeat' && agent)) {
      if (event.type === 'heartbeat') this.res.write(': ping\n\n');
      return;
    }
    if (this.plan.silentCompletion && event.type === 'text') return;
    this.data(agent ? agentShape(event, this.invocationId) : typedShape(event));
  }

  /** An error event `{"code": …, "message": …}` (sent whatever the shape or faults). */
  error(code: number, message: string, extra: Record<string, unknown> = {}): void {
    if (!this.closed) this.data({ code, message, ...extra });
  }

  /** The work is over: close the stream (keep-alive-only streams stay open until the client leaves). */
  end(): void {
    if (this.closed || this.plan.keepaliveOnly) return;
    this.dispose();
    this.res.end();
  }

  private data(body: Record<string, unknown> | undefined): void {
    if (!body) return;
    this.sent += 1;
    const dropAfter = this.plan.dropStreamAfter;
    const drop = dropAfter !== undefined && this.sent >= dropAfter;
    // When dropping, the connection dies only once this last event has left the process.
    this.res.write(`id: ${this.sent}\ndata: ${JSON.stringify(body)}\n\n`, drop ? () => setTimeout(() => this.res.destroy(), 20) : undefined);
    if (drop) {
      this.ctx.logger.debug(`serve: fault dropStreamAfter closes the stream after ${this.sent} events`);
      this.dispose();
    }
  }

  private dispose(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    this.ctx.streams.delete(this.res);
  }
}
