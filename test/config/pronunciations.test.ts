// `pronunciations:` in the config: checked entry by entry at FILE:LINE:COL, merged per video, and what the engine hears.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDraft } from '../../src/backends/local/build-draft.js';
import { formatDiagnostic } from '../../src/core/diagnostics.js';
import { loadConfig } from '../../src/config/load.js';
import { synthesizeClip } from '../../src/tts/synthesize.js';
import { makeClip } from '../helpers/media.js';
import { makeDemoRepo, type TempRepo } from './temp-repo.js';

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeDemoRepo();
});
afterEach(async () => {
  await repo.remove();
});

const video = (name: string, extra: string[] = []) => [`  - name: ${name}`, '    video: demos/demo.mp4', '    script: scripts/demo.txt', ...extra];

/** The config's diagnostics as `LINE:COL severity message`, the column checked against `token`'s first place on the line. */
async function problems(lines: string[]) {
  const file = await repo.config(lines);
  const { config, diagnostics } = await loadConfig(file, { root: repo.root });
  return { config, diagnostics, shown: diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.message}`) };
}
const col = (lines: string[], line: number, token: string) => lines[line - 1]!.indexOf(token) + 1;

describe('pronunciations: the config', () => {
  it('a video map merges over the defaults map, key by key; a video without one gets the defaults', async () => {
    const { config, diagnostics } = await problems([
      'version: 1',
      'defaults:',
      '  pronunciations:',
      '    NemoVideo: Nemo Video',
      '    SQL: sequel',
      'videos:',
      ...video('one', ['    pronunciations:', '      SQL: S Q L', '      kubectl: cube control']),
      ...video('two'),
    ]);
    expect(diagnostics).toEqual([]);
    expect(config!.items[0]!.pronunciations).toEqual({ NemoVideo: 'Nemo Video', SQL: 'S Q L', kubectl: 'cube control' });
    expect(config!.items[1]!.pronunciations).toEqual({ NemoVideo: 'Nemo Video', SQL: 'sequel' });
  });

  it('no map: the item has none', async () => {
    const { config } = await problems(['version: 1', 'videos:', ...video('one')]);
    expect(config!.items[0]!.pronunciations).toBeUndefined();
  });

  it('empty, misspelt and pointless entries are errors at their FILE:LINE:COL', async () => {
    const lines = [
      'version: 1',
      'defaults:',
      '  pronunciations:',
      '    SQL:',
      '    kubectl: ""',
      '    "": nothing',
      '    kube ctl!: cube control',
      '    YAML: YAML',
      '    TODO: "—"',
      '    H100: 100',
      'videos:',
      ...video('one', ['    pronounciations: { SQL: sequel }']),
    ];
    const { config, diagnostics, shown } = await problems(lines);
    expect(config).toBeUndefined();
    expect(shown).toEqual([
      `4:${col(lines, 4, 'SQL') + 4} error pronunciation of \`SQL\` is empty`,
      `5:${col(lines, 5, '""')} error pronunciation of \`kubectl\` is empty`,
      `6:${col(lines, 6, '""')} error empty word in \`pronunciations\``,
      `7:${col(lines, 7, 'kube')} error \`kube ctl!\` in \`pronunciations\` is not a word or term`,
      `8:${col(lines, 8, ': YAML') + 2} error pronunciation of \`YAML\` is the word itself`,
      `9:${col(lines, 9, '"—"')} error pronunciation of \`TODO\` has no words: \`—\``,
      `10:${col(lines, 10, ': 100') + 2} error \`defaults.pronunciations.H100\`: expected a string, got number`,
      `15:${col(lines, 15, 'pronounciations')} error unknown key \`pronounciations\` in \`videos[0]\`; did you mean \`pronunciations\`?`,
    ]);
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/voiceover\.config\.yml:4:9 pronunciation of `SQL` is empty \(hint: /);
    expect(diagnostics[0]!.hint).toContain('write how `SQL` is said');
    expect(diagnostics[3]!.hint).toContain('letters, digits');
  });

  it('a capitalised key beside the same word in lower case is a warning (the lowercase key matches it too)', async () => {
    const lines = ['version: 1', 'videos:', ...video('one', ['    pronunciations:', '      kubectl: cube control', '      Kubectl: cube control', '      SQL: sequel', '      sql: squeal'])];
    const { config, diagnostics, shown } = await problems(lines);
    expect(shown).toEqual([`8:${col(lines, 8, 'Kubectl')} warning \`Kubectl\` is also matched by \`kubectl\` (line 7): a lowercase word matches its capitalised form too`]);
    expect(diagnostics[0]!.hint).toBe('remove `Kubectl`: `kubectl` already covers it');
    // A warning only: the config loads. SQL / sql differ only by case but match different spellings: no warning.
    expect(config!.items[0]!.pronunciations).toMatchObject({ SQL: 'sequel', sql: 'squeal' });
  });
});

describe('pronunciations: what the engine is given', () => {
  let cacheDir = '';
  beforeEach(async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), 'voiceover-pron-cache-'));
  });
  afterEach(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('the local pipeline speaks the mapped words (and only those); the draft keeps the written text for captions', async () => {
    await makeClip(path.join(repo.root, 'demos/short.mp4'), { duration: 4, width: 320, height: 240, fps: 10 });
    const file = await repo.config([
      'version: 1',
      'defaults: { voice: slt, pronunciations: { kubectl: cube control } }',
      'videos:',
      '  - name: one',
      '    video: demos/short.mp4',
      '    script: Deploy with kubectl.',
    ]);
    const { config, diagnostics } = await loadConfig(file, { root: repo.root });
    expect(diagnostics).toEqual([]);
    const built = await buildDraft(config!.items[0]!, { clipDir: path.join(cacheDir, 'clips'), cacheDir });
    const segments: { kind?: string; text?: string }[] = built.draft.t.flatMap((t) => t.sg as { kind?: string; text?: string }[]);
    expect(segments.filter((s) => s.kind === 'caption').map((c) => c.text)).toEqual(['Deploy with kubectl.']);
    // The speech cache is keyed by the exact text spoken: the pipeline filled it for the mapped sentence only.
    const request = (text: string) => ({ text, voice: 'slt', language: 'en', rate: 1 });
    expect((await synthesizeClip(request('Deploy with cube control.'), { cacheDir })).cached).toBe(true);
    expect((await synthesizeClip(request('Deploy with kubectl.'), { cacheDir })).cached).toBe(false);
  });
});
