// The nemo backend's caption sidecars are laid out like the local backend's (max_chars, max_lines, words).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCaptions } from '../../../src/backends/nemo/item-result.js';
import type { ReportLine } from '../../../src/backends/types.js';

const text = 'Welcome to the demo of our new dashboard. Today we will create a project and invite the whole team.';
const line: ReportLine = { index: 0, text, cue_s: 1, start_s: 1, end_s: 10, stretch: 1, overflow_ms: 0 };

describe('nemo caption sidecars', () => {
  it('split a long line into cues of readable lines, and carry word timestamps when the lines have words', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nemo-captions-'));
    const ctx = { output: join(dir, 'o.mp4'), captions: { srt: join(dir, 'o.srt'), vtt: join(dir, 'o.vtt') }, workDir: dir, cacheDir: dir };
    const words = text.split(' ').map((w, i) => ({ text: w, start_s: 1 + i * 0.45, end_s: 1.4 + i * 0.45 }));
    await writeCaptions(ctx, [{ ...line, words }], {}, undefined, { max_chars: 42, max_lines: 2, words: true });
    const srt = await readFile(ctx.captions.srt, 'utf8');
    expect(srt).toContain('00:00:01,000 --> 00:00:04,600\nWelcome to the demo of our new dashboard.\n');
    expect(srt).toContain('00:00:04,600 --> 00:00:10,000\nToday we will create a project\nand invite the whole team.\n');
    expect(await readFile(ctx.captions.vtt, 'utf8')).toContain('Today <00:00:05.050>we <00:00:05.500>will');
  });

  it('use 42 characters and 2 lines when no options are given', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nemo-captions-'));
    const ctx = { output: join(dir, 'o.mp4'), captions: { srt: join(dir, 'o.srt') }, workDir: dir, cacheDir: dir };
    await writeCaptions(ctx, [line], {});
    const rows = (await readFile(ctx.captions.srt, 'utf8')).split('\n').filter((r) => /[a-z]/.test(r));
    expect(rows).toEqual(['Welcome to the demo of our new dashboard.', 'Today we will create a project', 'and invite the whole team.']);
  });
});
