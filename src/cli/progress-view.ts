// How run progress reaches a person: a redrawn block on a terminal, plain lines otherwise.

import type { ProgressEvent } from '../core/progress.js';
import type { ReportItem } from '../runner/report.js';

/** Receives runner events and prints them. */
export interface ProgressView {
  update(item: string, event: ProgressEvent): void;
  done(item: ReportItem): void;
  close(): void;
}

const percent = (ratio: number | undefined): string => (ratio === undefined ? '' : ` ${Math.round(ratio * 100)}%`);

/** Plain lines: one when an item changes stage (and at each quarter of a long stage). */
export function plainView(write: (line: string) => void): ProgressView {
  const last = new Map<string, string>();
  return {
    update(item, event) {
      const bucket = event.ratio === undefined ? '' : String(Math.floor(event.ratio * 4));
      const key = `${event.stage}:${bucket}`;
      if (last.get(item) === key || event.stage === 'done') return;
      last.set(item, key);
      write(`[${item}] ${event.stage}${percent(event.ratio)}${event.detail ? ` (${event.detail})` : ''}`);
    },
    done(item) {
      write(summaryLine(item));
    },
    close() {},
  };
}

/** A block of one line per item, redrawn in place (at most ten times a second). */
export function terminalView(stream: NodeJS.WriteStream): ProgressView {
  const lines = new Map<string, string>();
  let drawn = 0;
  let timer: NodeJS.Timeout | undefined;
  const draw = (): void => {
    timer = undefined;
    const width = stream.columns || 100;
    let out = drawn > 0 ? `\x1b[${drawn}A` : '';
    for (const [name, text] of lines) out += `\x1b[2K${`${name.padEnd(24)} ${text}`.slice(0, width - 1)}\n`;
    drawn = lines.size;
    stream.write(out);
  };
  const schedule = (): void => {
    timer ??= setTimeout(draw, 100);
  };
  return {
    update(item, event) {
      const bar = event.ratio === undefined ? '' : ` [${'#'.repeat(Math.round(event.ratio * 20)).padEnd(20, '.')}]`;
      lines.set(item, `${event.stage}${bar}${percent(event.ratio)}${event.detail ? ` ${event.detail}` : ''}`);
      schedule();
    },
    done(item) {
      lines.set(item.name, summaryLine(item).replace(`${item.name}: `, ''));
      schedule();
    },
    close() {
      if (timer) clearTimeout(timer);
      if (lines.size > 0) draw();
    },
  };
}

/** One line per finished item: what happened and where the file is, or why it failed. */
export function summaryLine(item: ReportItem): string {
  if (item.status === 'failed') return `${item.name}: failed: ${item.error?.message ?? 'unknown error'}`;
  const detail = item.status === 'skipped' ? 'unchanged' : `${item.duration_s?.toFixed(1)}s in ${item.timings_s.total.toFixed(1)}s`;
  return `${item.name}: ${item.status} → ${item.output} (${detail})`;
}
