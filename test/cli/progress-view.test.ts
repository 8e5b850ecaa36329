// What a person sees of a run: plain lines (CI, pipes) and the redrawn block on a terminal.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainView, summaryLine, terminalView } from '../../src/cli/progress-view.js';
import type { ReportItem } from '../../src/runner/report.js';

const item = (name: string, status: ReportItem['status'], extra: Partial<ReportItem> = {}): ReportItem => ({
  name,
  status,
  output: status === 'failed' ? null : `out/${name}.mp4`,
  captions: [],
  duration_s: status === 'delivered' ? 20.04 : null,
  timings_s: { tts: 1, plan: 0.1, render: 3, total: 4.26 },
  loudness: null,
  lines: [],
  ...extra,
});

const failed = item('broken', 'failed', { error: { code: 'INPUT_CORRUPT', message: 'media/broken.mp4 is not a readable video', hint: 're-export it', file: 'voiceover.config.yml', line: 9 } });

describe('plainView', () => {
  it('writes a line per stage change and per quarter of a long stage, never the same twice', () => {
    const lines: string[] = [];
    const view = plainView((line) => lines.push(line));
    view.update('demo', { stage: 'probe' });
    view.update('demo', { stage: 'probe' });
    view.update('demo', { stage: 'tts', ratio: 0 });
    view.update('demo', { stage: 'tts', ratio: 0.1, detail: 'line 1/10' });
    view.update('other', { stage: 'tts', ratio: 0.2 });
    view.update('demo', { stage: 'tts', ratio: 0.5, detail: 'line 5/10' });
    view.update('demo', { stage: 'tts', ratio: 0.6, detail: 'line 6/10' });
    view.update('demo', { stage: 'render', ratio: 1 });
    view.update('demo', { stage: 'done' });
    view.done(item('demo', 'delivered'));
    view.done(item('same', 'skipped'));
    view.done(failed);
    view.close();
    expect(lines).toEqual([
      '[demo] probe',
      '[demo] tts 0%',
      '[other] tts 20%',
      '[demo] tts 50% (line 5/10)',
      '[demo] render 100%',
      'demo: delivered → out/demo.mp4 (20.0s in 4.3s)',
      'same: skipped → out/same.mp4 (unchanged)',
      'broken: failed: media/broken.mp4 is not a readable video',
    ]);
  });
});

/** A stand-in for a TTY stream: records what is written. */
function fakeTerminal(columns = 60): { stream: NodeJS.WriteStream; writes: string[] } {
  const writes: string[] = [];
  const stream = { columns, write: (chunk: string) => writes.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('terminalView', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws one line per item with a bar, then redraws the block in place', () => {
    vi.useFakeTimers();
    const { stream, writes } = fakeTerminal(100);
    const view = terminalView(stream);
    view.update('demo', { stage: 'tts', ratio: 0.5, detail: 'line 5/10' });
    view.update('other', { stage: 'probe' });
    expect(writes).toEqual([]); // drawn at most ten times a second, not per event
    vi.advanceTimersByTime(100);
    expect(writes).toEqual([`\x1b[2K${'demo'.padEnd(24)} tts [##########..........] 50% line 5/10\n\x1b[2K${'other'.padEnd(24)} probe\n`]);
    view.update('demo', { stage: 'render', ratio: 0.25 });
    view.update('demo', { stage: 'render', ratio: 0.3 });
    vi.advanceTimersByTime(100);
    expect(writes).toHaveLength(2);
    // Cursor up over the two lines drawn before, then both lines again.
    expect(writes[1]).toBe(`\x1b[2A\x1b[2K${'demo'.padEnd(24)} render [######..............] 30%\n\x1b[2K${'other'.padEnd(24)} probe\n`);
    view.close();
  });

  it('shows the summary of a finished item in its line, cut to the terminal width, and draws on close', () => {
    const { stream, writes } = fakeTerminal(50);
    const view = terminalView(stream);
    view.update('demo', { stage: 'render', ratio: 0.9 });
    view.done(item('demo', 'delivered'));
    view.done(failed);
    view.close();
    expect(writes).toHaveLength(1);
    const rows = writes[0]!.split('\n').slice(0, -1).map((row) => row.replace('\x1b[2K', ''));
    const full = [`${'demo'.padEnd(24)} delivered → out/demo.mp4 (20.0s in 4.3s)`, `${'broken'.padEnd(24)} failed: media/broken.mp4 is not a readable video`];
    expect(rows).toEqual(full.map((row) => row.slice(0, 49)));
    expect(rows.every((row) => row.length <= 49)).toBe(true);
  });

  it('writes nothing when nothing happened', () => {
    const { stream, writes } = fakeTerminal();
    terminalView(stream).close();
    expect(writes).toEqual([]);
  });
});

describe('summaryLine', () => {
  it('says where the file is, or why it failed', () => {
    expect(summaryLine(item('a', 'delivered'))).toBe('a: delivered → out/a.mp4 (20.0s in 4.3s)');
    expect(summaryLine(item('b', 'failed'))).toBe('b: failed: unknown error');
  });
});
