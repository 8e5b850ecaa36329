// A valid config resolves defaults, deep merges, paths, scripts and the repository root.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { loadConfig, loadConfigOrThrow } from '../../src/config/load.js';
import type { ItemConfig } from '../../src/config/types.js';
import { CATALOGUE, makeTempRepo, type TempRepo } from './temp-repo.js';

const SRT = '1\n00:00:01,000 --> 00:00:02,000\nHello.\n';

describe('loadConfig on a valid config', () => {
  let repo: TempRepo;
  beforeEach(async () => {
    repo = await makeTempRepo();
    await repo.write('demos/product-demo.mp4');
    await repo.write('configs/scripts/product-demo.srt', `\uFEFF${SRT}`);
    await repo.write('configs/music/bed.mp3');
    await repo.write('configs/scripts/notes.md', '# Notes\nSay this.\n');
  });
  afterEach(() => repo.remove());

  const lines = [
    'version: 1',
    'defaults:',
    '  voice: rms',
    '  output: { dir: build/out, quality: medium }',
    '  audio: { loudness: -20 }',
    '  music: { file: music/bed.mp3 }',
    '  captions: { sidecar: [srt] }',
    'videos:',
    '  - name: product-demo',
    '    video: ../demos/product-demo.mp4',
    '    script: scripts/product-demo.srt',
    '    output: { resolution: 720p }',
    '    music: { volume: 0.2 }',
    '  - name: inline.take_2',
    '    url: https://example.com/v.mp4',
    '    script: |',
    '      [00:01] Hello there.',
    '      [00:03] Second line.',
    '    music: null',
    '    backend: nemo',
    '    nemo: { poll_limit: 5 }',
    '  - name: one-liner',
    '    video: ../demos/product-demo.mp4',
    '    script: Just one sentence.',
    '    captions: { sidecar: [], burn: true }',
    '  - name: markdown',
    '    video: ../demos/product-demo.mp4',
    '    script: scripts/notes.md',
    '    language: en-GB',
  ];

  async function load(): Promise<ItemConfig[]> {
    const file = await repo.config(lines, 'configs/voiceover.yml');
    const result = await loadConfig(file, { voices: CATALOGUE });
    expect(result.diagnostics).toEqual([]);
    expect(result.config?.root).toBe(repo.root);
    expect(result.config?.file).toBe(file);
    expect(result.config?.version).toBe(1);
    return result.config?.items ?? [];
  }

  it('merges a video over defaults over the built-ins and resolves paths against the config folder', async () => {
    const [first] = await load();
    const configs = path.join(repo.root, 'configs');
    expect(first).toEqual({
      name: 'product-demo',
      index: 0,
      line: 9,
      video: { kind: 'file', path: path.join(repo.root, 'demos/product-demo.mp4'), rel: '../demos/product-demo.mp4' },
      script: {
        text: SRT,
        format: 'srt',
        path: path.join(configs, 'scripts/product-demo.srt'),
        rel: 'scripts/product-demo.srt',
        lineOffset: 0,
      },
      backend: 'auto',
      language: 'en',
      voice: 'rms',
      instruction: 'add a natural AI voiceover in English',
      output: { dir: path.join(configs, 'build/out'), resolution: '720p', aspect: 'keep', quality: 'medium' },
      audio: { loudness: -20, duck_db: 12, max_stretch: 1.15, overflow: 'extend' },
      music: { file: path.join(configs, 'music/bed.mp3'), rel: 'music/bed.mp3', volume: 0.2 },
      captions: { sidecar: ['srt'], burn: false, words: false, max_chars: 42, max_lines: 2 },
      nemo: { poll_interval_s: 10, poll_limit: 30, sse_timeout_s: 900, keepalive_timeout_s: 600, on_session_lost: 'redo', compatible_copy: false },
      openai: { model: 'gpt-4o-mini-tts' },
      elevenlabs: { model: 'eleven_multilingual_v2' },
    } satisfies ItemConfig);
  });

  it('reads inline scripts with the line offset of their first text line, and url videos', async () => {
    const [, inline, oneLiner] = await load();
    const file = path.join(repo.root, 'configs/voiceover.yml');
    expect(inline?.video).toEqual({ kind: 'url', url: 'https://example.com/v.mp4' });
    expect(inline?.script).toEqual({ text: '[00:01] Hello there.\n[00:03] Second line.\n', format: 'text', rel: file, lineOffset: 16, column: 6 });
    // Line 1 of the text is config line 17, the first line under `script: |`.
    expect((inline?.script.lineOffset ?? 0) + 1).toBe(lines.indexOf('      [00:01] Hello there.') + 1);
    expect(inline?.line).toBe(14);
    expect(inline?.music).toBeUndefined();
    expect(inline?.backend).toBe('nemo');
    expect(inline?.nemo).toEqual({ poll_interval_s: 10, poll_limit: 5, sse_timeout_s: 900, keepalive_timeout_s: 600, on_session_lost: 'redo', compatible_copy: false });
    expect(oneLiner?.script).toMatchObject({ text: 'Just one sentence.', format: 'text', lineOffset: 23, column: 12 });
    expect(oneLiner?.captions).toEqual({ sidecar: [], burn: true, words: false, max_chars: 42, max_lines: 2 });
    expect(oneLiner?.music?.volume).toBe(0.35);
  });

  it('reads .md scripts as text', async () => {
    const items = await load();
    expect(items[3]?.script).toMatchObject({ text: '# Notes\nSay this.\n', format: 'text', rel: 'scripts/notes.md' });
    expect(items[3]?.language).toBe('en-GB');
  });

  it('fills every built-in default for a minimal config', async () => {
    const file = await repo.config(['version: 1', 'videos:', '  - name: a', '    video: demos/product-demo.mp4', '    script: Hello.']);
    const { config, diagnostics } = await loadConfig(file);
    expect(diagnostics).toEqual([]);
    expect(config?.items[0]).toMatchObject({
      backend: 'auto',
      language: 'en',
      voice: 'auto',
      instruction: 'add a natural AI voiceover in English',
      output: { dir: path.join(repo.root, 'out'), resolution: '1080p', aspect: 'keep', quality: 'high' },
      audio: { loudness: -16, duck_db: 12, max_stretch: 1.15, overflow: 'extend' },
      captions: { sidecar: ['srt', 'vtt'], burn: false },
      nemo: { poll_interval_s: 10, poll_limit: 30, sse_timeout_s: 900, keepalive_timeout_s: 600, on_session_lost: 'redo', compatible_copy: false },
    });
    expect(config?.items[0]?.music).toBeUndefined();
  });

  it('returns the config with warnings, and loadConfigOrThrow hands the warnings back', async () => {
    // An explicitly chosen voice of another language is kept, with a warning at its line.
    const file = await repo.config(['version: 1', 'videos:', '  - name: a', '    video: demos/product-demo.mp4', '    script: Bonjour.', '    language: fr', '    voice: slt']);
    const result = await loadConfig(file, { voices: CATALOGUE });
    expect(result.config?.items[0]?.language).toBe('fr');
    expect(result.config?.items[0]?.voice).toBe('slt');
    expect(result.diagnostics.map((d) => [d.line, d.col, d.severity, d.message])).toEqual([
      [7, 12, 'warning', 'voice `slt` speaks en-US, but the language is fr'],
    ]);
    const loaded = await loadConfigOrThrow(file, { voices: CATALOGUE });
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.config.items).toHaveLength(1);
  });

  it('lets the language pick the voice when no voice is written (not the English default)', async () => {
    const file = await repo.config(['version: 1', 'videos:', '  - name: a', '    video: demos/product-demo.mp4', '    script: Bonjour.', '    language: fr', '  - name: b', '    video: demos/product-demo.mp4', '    script: Hello.']);
    const result = await loadConfig(file, { voices: CATALOGUE });
    expect(result.diagnostics).toEqual([]);
    expect(result.config?.items.map((i) => i.voice)).toEqual(['auto', 'auto']);
  });

  it('shares settings between videos through a YAML anchor and merge key (`<<: *base`)', async () => {
    const file = await repo.config([
      'version: 1',
      'videos:',
      '  - &base',
      '    name: a',
      '    video: demos/product-demo.mp4',
      '    script: |',
      '      Hello.',
      '    voice: rms',
      '    audio: { duck_db: 6 }',
      '  - <<: *base',
      '    name: b',
      '    voice: awb',
    ]);
    const result = await loadConfig(file, { voices: CATALOGUE });
    expect(result.diagnostics).toEqual([]);
    const [a, b] = result.config?.items ?? [];
    expect(b).toMatchObject({ name: 'b', voice: 'awb', audio: { duck_db: 6, loudness: -16 }, video: { kind: 'file', rel: 'demos/product-demo.mp4' } });
    expect(a?.voice).toBe('rms');
    // The merged script keeps the anchor's real line: text line 1 is config line 7.
    expect(b?.script).toMatchObject({ text: 'Hello.\n', lineOffset: 6, column: 6 });
    expect(b?.line).toBe(10);
  });

  it('reads a one-line sentence ending in .txt/.md as inline text when no such file exists', async () => {
    await repo.write('notes two.txt', 'From the file.');
    const file = await repo.config([
      'version: 1',
      'videos:',
      '  - name: a',
      '    video: demos/product-demo.mp4',
      '    script: See the release notes.md',
      '  - name: b',
      '    video: demos/product-demo.mp4',
      '    script: notes two.txt',
    ]);
    const result = await loadConfig(file);
    expect(result.diagnostics).toEqual([]);
    expect(result.config?.items[0]?.script).toMatchObject({ text: 'See the release notes.md', format: 'text', lineOffset: 4, column: 12 });
    expect(result.config?.items[0]?.script.path).toBeUndefined();
    expect(result.config?.items[1]?.script).toMatchObject({ text: 'From the file.', rel: 'notes two.txt' });
  });

  it('skips voice checks for the nemo backend', async () => {
    const file = await repo.config(['version: 1', 'defaults: { backend: nemo, voice: narrator-9 }', 'videos:', '  - name: a', '    video: demos/product-demo.mp4', '    script: Hallo.', '    language: de']);
    const result = await loadConfig(file, { voices: CATALOGUE });
    expect(result.diagnostics).toEqual([]);
    expect(result.config?.items[0]?.voice).toBe('narrator-9');
  });
});

describe('repository root', () => {
  let repo: TempRepo;
  afterEach(() => repo.remove());

  it('is the config folder when no .git is above it, so ../ leaves it', async () => {
    repo = await makeTempRepo(false);
    await repo.write('demo.mp4');
    const file = await repo.config(['version: 1', 'videos:', '  - name: a', '    video: ../demo.mp4', '    script: Hi.'], 'sub/voiceover.yml');
    const { diagnostics } = await loadConfig(file);
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      `4:12 video path \`../demo.mp4\` is outside the repository (${path.join(repo.root, 'demo.mp4')})`,
    ]);
  });

  it('is options.root when given', async () => {
    repo = await makeTempRepo(false);
    await repo.write('demo.mp4');
    const file = await repo.config(['version: 1', 'videos:', '  - name: a', '    video: ../demo.mp4', '    script: Hi.'], 'sub/voiceover.yml');
    const { config, diagnostics } = await loadConfig(file, { root: repo.root });
    expect(diagnostics).toEqual([]);
    expect(config?.root).toBe(repo.root);
    expect(config?.items[0]?.video).toEqual({ kind: 'file', path: path.join(repo.root, 'demo.mp4'), rel: '../demo.mp4' });
  });
});

describe('loadConfigOrThrow', () => {
  let repo: TempRepo;
  beforeEach(async () => {
    repo = await makeTempRepo();
  });
  afterEach(() => repo.remove());

  it('throws CONFIG_INVALID carrying every diagnostic', async () => {
    const file = await repo.config(['version: 1', 'videos:', '  - name: a', '    script: Hi.', '    voise: x']);
    const error = await loadConfigOrThrow(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.code).toBe('CONFIG_INVALID');
    expect(configError.exitCode).toBe(2);
    expect(configError.diagnostics).toHaveLength(2);
    expect(configError.message).toContain('2 problems in');
    expect(configError.message).toContain(':5:5 unknown key `voise` in `videos[0]`');
    expect(configError.location).toEqual({ file, line: 3, col: 5 });
  });

  it('throws CONFIG_NOT_FOUND for a missing file', async () => {
    const error = await loadConfigOrThrow(path.join(repo.root, 'missing.yml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe('CONFIG_NOT_FOUND');
    expect((error as ConfigError).message).toContain('missing.yml does not exist');
  });
});
