// captions: { words, max_chars, max_lines }: defaults, overrides per video, and FILE:LINE:COL diagnostics.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostics.js';
import { loadConfig } from '../../src/config/load.js';
import { demoVideo, makeDemoRepo, type TempRepo } from './temp-repo.js';

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeDemoRepo();
});
afterEach(() => repo.remove());

const video = demoVideo;

describe('captions layout settings', () => {
  it('default to no word highlight, 42 characters and 2 lines; a video overrides one key and keeps the rest', async () => {
    const file = await repo.config(['version: 1', 'defaults:', '  captions: { max_chars: 32 }', 'videos:', ...video('plain'), ...video('karaoke'), '    captions: { words: true, max_lines: 1 }']);
    const { config, diagnostics } = await loadConfig(file);
    expect(diagnostics).toEqual([]);
    expect(config!.items.map((i) => i.captions)).toEqual([
      { sidecar: ['srt', 'vtt'], burn: false, words: false, max_chars: 32, max_lines: 2 },
      { sidecar: ['srt', 'vtt'], burn: false, words: true, max_chars: 32, max_lines: 1 },
    ]);
    const bare = await repo.config(['version: 1', 'videos:', ...video('bare')], 'bare.yml');
    expect((await loadConfig(bare)).config!.items[0]!.captions).toMatchObject({ words: false, max_chars: 42, max_lines: 2 });
  });

  it('reports a bad max_lines, max_chars or words at its FILE:LINE:COL', async () => {
    const lines = ['version: 1', 'defaults:', '  captions: { max_lines: 4 }', 'videos:', ...video('demo'), '    captions: { max_chars: 5, words: "yes" }', ...video('other'), '    captions: { max_lines: 1.5 }'];
    const abs = await repo.config(lines);
    const file = path.relative(process.cwd(), abs);
    const { config, diagnostics } = await loadConfig(file);
    expect(config).toBeUndefined();
    const shown = diagnostics.map(formatDiagnostic);
    const at = (line: number, token: string) => `${file}:${line}:${lines[line - 1]!.indexOf(token) + 1} `;
    expect(shown).toEqual([
      `${at(3, '4')}\`defaults.captions.max_lines\` must be at most 3; got \`4\``,
      `${at(8, '5')}\`videos[0].captions.max_chars\` must be at least 10; got \`5\``,
      `${at(8, '"yes"')}\`videos[0].captions.words\`: expected true or false, got string`,
      `${at(12, '1.5')}\`videos[1].captions.max_lines\`: expected a whole number, got 1.5`,
    ]);
  });
});
