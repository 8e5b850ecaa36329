// Broken configs, one problem type each: every problem is a diagnostic at the exact FILE:LINE:COL.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../src/core/diagnostics.js';
import type { BackendResolver } from '../../src/config/check-backend.js';
import { loadConfig } from '../../src/config/load.js';
import { CATALOGUE, demoVideo, makeDemoRepo, type TempRepo } from './temp-repo.js';

/** One expected diagnostic: its line, a token whose first occurrence on that line is the column, a message part. */
interface Expected {
  line: number;
  at: string;
  text: string;
  severity?: 'error' | 'warning';
  hint?: string;
}

interface Case {
  name: string;
  lines: (repo: TempRepo) => string[];
  voices?: boolean;
  /** The effective backend, as the CLI passes it. */
  backend?: BackendResolver;
  setup?: (repo: TempRepo) => Promise<void>;
  expect: (repo: TempRepo) => Expected[];
}

const video = demoVideo;

const cases: Case[] = [
  {
    name: 'YAML syntax error',
    lines: () => ['version: 1', 'videos:', '  - name: demo', '    video: demos: demo.mp4', '    script: scripts/demo.txt'],
    expect: () => [{ line: 4, at: 'demos', text: 'YAML syntax error: Nested mappings are not allowed in compact mappings' }],
  },
  {
    name: 'YAML tab indentation',
    lines: () => ['version: 1', 'videos:', '  - name: demo', '\tvideo: demos/demo.mp4'],
    expect: () => [{ line: 4, at: '\t', text: 'YAML syntax error: Tabs are not allowed as indentation' }],
  },
  {
    name: 'duplicate YAML key',
    lines: () => ['version: 1', 'version: 1', 'videos:', ...video('demo')],
    expect: () => [{ line: 2, at: 'version', text: 'YAML syntax error: Map keys must be unique' }],
  },
  {
    name: 'missing version',
    lines: () => ['videos:', ...video('demo')],
    expect: () => [{ line: 1, at: 'videos', text: 'missing `version: 1`', hint: 'put `version: 1` at the top' }],
  },
  {
    name: 'wrong version',
    lines: () => ['version: 2', 'videos:', ...video('demo')],
    expect: () => [{ line: 1, at: '2', text: 'unsupported config version `2`', hint: '`version: 1`' }],
  },
  {
    name: 'unknown keys, with and without a suggestion',
    lines: () => ['version: 1', 'defaults:', '  outptu: { dir: out }', '  colour: red', '  audio: { loudnes: -16 }', 'videos:', ...video('demo'), '    voise: rms'],
    expect: () => [
      { line: 3, at: 'outptu', text: 'unknown key `outptu` in `defaults`; did you mean `output`?' },
      { line: 4, at: 'colour', text: 'unknown key `colour` in `defaults`', hint: 'allowed keys here: backend, language, voice' },
      { line: 5, at: 'loudnes', text: 'unknown key `loudnes` in `defaults.audio`; did you mean `loudness`?' },
      { line: 10, at: 'voise', text: 'unknown key `voise` in `videos[0]`; did you mean `voice`?' },
    ],
  },
  {
    name: 'wrong types',
    lines: () => ['version: 1', 'defaults:', '  audio:', '    loudness: quiet', '    duck_db: "12"', '  captions: { burn: yes }', '  music: bed.mp3', 'videos:', ...video('demo'), '    nemo: { poll_limit: 2.5 }'],
    expect: () => [
      { line: 4, at: 'quiet', text: '`defaults.audio.loudness`: expected a number, got string' },
      { line: 5, at: '"12"', text: '`defaults.audio.duck_db`: expected a number, got string' },
      { line: 6, at: 'yes', text: '`defaults.captions.burn`: expected true or false, got string' },
      { line: 7, at: 'bed.mp3', text: '`defaults.music`: expected a mapping, got string' },
      { line: 12, at: '2.5', text: '`videos[0].nemo.poll_limit`: expected a whole number, got 2.5' },
    ],
  },
  {
    name: 'enum values and ranges',
    lines: () => [
      'version: 1',
      'defaults:',
      '  backend: cloud',
      '  output: { resolution: 4k, aspect: "4:3" }',
      '  audio: { loudness: -60, max_stretch: 3, overflow: extnd }',
      '  captions: { sidecar: [srt, txt] }',
      'videos:',
      ...video('demo'),
    ],
    expect: () => [
      { line: 3, at: 'cloud', text: '`defaults.backend` must be one of auto, local, nemo; got `cloud`' },
      { line: 4, at: '4k', text: '`defaults.output.resolution` must be one of 1080p, 720p, keep; got `4k`' },
      { line: 4, at: '"4:3"', text: '`defaults.output.aspect` must be one of keep, 16:9, 9:16, 1:1; got `4:3`' },
      { line: 5, at: '-60', text: '`defaults.audio.loudness` must be at least -40; got `-60`' },
      { line: 5, at: '3,', text: '`defaults.audio.max_stretch` must be at most 2; got `3`' },
      { line: 5, at: 'extnd', text: 'must be one of extend, shift, error; got `extnd`; did you mean `extend`?' },
      { line: 6, at: 'txt', text: '`defaults.captions.sidecar[1]` must be one of srt, vtt; got `txt`' },
    ],
  },
  {
    name: 'duplicate video names',
    lines: () => ['version: 1', 'videos:', ...video('demo'), ...video('demo')],
    expect: () => [{ line: 6, at: 'demo', text: 'duplicate video name `demo` (first used on line 3)', hint: 'unique' }],
  },
  {
    name: 'video and url: neither, both, not http(s)',
    lines: () => [
      'version: 1',
      'videos:',
      '  - name: nothing',
      '    script: scripts/demo.txt',
      '  - name: both',
      '    video: demos/demo.mp4',
      '    url: https://example.com/v.mp4',
      '    script: scripts/demo.txt',
      '  - name: ftp',
      '    url: ftp://example.com/v.mp4',
      '    script: scripts/demo.txt',
    ],
    expect: () => [
      { line: 3, at: 'name', text: 'video `nothing` needs `video` (a file in the repository) or `url`' },
      { line: 7, at: 'url', text: 'video `both` has both `video` and `url`; give only one' },
      { line: 10, at: 'ftp:', text: '`videos[2].url` must be an http:// or https:// address; got `ftp://example.com/v.mp4`' },
    ],
  },
  {
    name: 'paths escaping the repository',
    setup: async (repo) => {
      await repo.link('demos/link.mp4', path.join(repo.base, 'outside.mp4'));
      await repo.write('../outside.mp4');
    },
    lines: (repo) => [
      'version: 1',
      'defaults:',
      '  music: { file: ../bed.mp3 }',
      'videos:',
      '  - name: up',
      '    video: ../outside.mp4',
      '    script: ../notes.txt',
      '  - name: absolute',
      `    video: ${path.join(repo.base, 'outside.mp4')}`,
      '    script: scripts/demo.txt',
      '  - name: symlink',
      '    video: demos/link.mp4',
      '    script: scripts/demo.txt',
    ],
    expect: (repo) => [
      { line: 3, at: '../', text: `music path \`../bed.mp3\` is outside the repository (${path.join(repo.base, 'bed.mp3')})` },
      { line: 6, at: '../', text: 'video path `../outside.mp4` is outside the repository', hint: `inputs must be inside the repository (${repo.root})` },
      { line: 7, at: '../', text: 'script path `../notes.txt` is outside the repository' },
      { line: 9, at: '/', text: 'is outside the repository' },
      { line: 12, at: 'demos', text: `video path \`demos/link.mp4\` is a symlink to ${path.join(repo.base, 'outside.mp4')}, outside the repository` },
    ],
  },
  {
    name: 'files that do not exist (a bad default is reported once)',
    lines: () => [
      'version: 1',
      'defaults:',
      '  music: { file: music/none.mp3 }',
      'videos:',
      '  - name: a',
      '    video: demos/none.mp4',
      '    script: scripts/none.txt',
      ...video('b'),
      '  - name: folder',
      '    video: demos',
      '    script: scripts/demo.txt',
    ],
    expect: (repo) => [
      { line: 3, at: 'music/', text: `music file \`music/none.mp3\` does not exist (${path.join(repo.root, 'music/none.mp3')})` },
      { line: 6, at: 'demos', text: `video file \`demos/none.mp4\` does not exist (${path.join(repo.root, 'demos/none.mp4')})` },
      { line: 7, at: 'scripts', text: `script file \`scripts/none.txt\` does not exist`, hint: "paths are relative to the config file's folder" },
      { line: 12, at: 'demos', text: 'video path `demos` is a folder, not a file' },
    ],
  },
  {
    name: 'voices: unknown, no voice for the language, language mismatch',
    voices: true,
    lines: () => [
      'version: 1',
      'defaults:',
      '  voice: sl',
      'videos:',
      ...video('a'),
      ...video('german'),
      '    language: de',
      '    voice: rms',
      ...video('french'),
      '    language: fr',
      '    voice: awb',
      ...video('unknown'),
      '    voice: zzzzzz',
    ],
    expect: () => [
      { line: 3, at: 'sl', text: 'unknown voice `sl`; did you mean `slt`?', hint: 'run `voiceover voices` to list the installed voices; voices for en: slt, rms, awb' },
      { line: 11, at: 'de', text: "no voice for language 'de': install espeak-ng (apt-get install espeak-ng)" },
      { line: 17, at: 'awb', text: 'voice `awb` speaks en-GB, but the language is fr', severity: 'warning', hint: 'pick a fr voice (fr-fr)' },
      { line: 21, at: 'zzzzzz', text: 'unknown voice `zzzzzz`', hint: 'voiceover voices' },
    ],
  },
  {
    name: 'voices given as engine ids, auto, or in another case',
    voices: true,
    lines: () => [
      'version: 1',
      'videos:',
      ...video('engine'),
      '    voice: espeak-ng',
      ...video('french-flite'),
      '    language: fr',
      '    voice: flite',
      ...video('auto'),
      '    voice: auto',
      '    language: fr',
      ...video('upper'),
      '    voice: RMS',
    ],
    expect: () => [
      { line: 6, at: 'espeak-ng', text: 'engine `espeak-ng` is not installed: install it (apt-get install espeak-ng)' },
      { line: 11, at: 'flite', text: 'engine `flite` has no voice for fr', severity: 'warning', hint: 'pick a fr voice (fr-fr)' },
    ],
  },
  {
    name: 'name pattern, missing script, script with a wrong extension, empty values, infinity',
    lines: () => [
      'version: 1',
      'videos:',
      '  - name: Product Demo',
      '    video: demos/demo.mp4',
      '  - name: b',
      '    video: demos/demo.mp4',
      '    script: scripts/demo.doc',
      '    voice: ""',
      '  - name: blank',
      '    video: demos/demo.mp4',
      '    script: "   "',
      '    audio: { loudness: .inf }',
    ],
    expect: () => [
      { line: 3, at: 'name', text: 'missing required key `script` in `videos[0]`' },
      { line: 3, at: 'Product', text: '`videos[0].name` must be lowercase letters, digits' },
      { line: 7, at: 'scripts', text: 'script `scripts/demo.doc` looks like a path but is not a script file', hint: 'script: |' },
      { line: 8, at: '""', text: '`videos[1].voice` must not be empty' },
      { line: 11, at: '"', text: '`script` is empty' },
      { line: 12, at: '.inf', text: '`videos[2].audio.loudness`: expected a number, got Infinity' },
    ],
  },
  {
    name: 'output.dir outside the repository (absolute, or ../ out of it)',
    lines: () => ['version: 1', 'defaults:', '  output: { dir: /tmp/x }', 'videos:', ...video('a'), ...video('b'), '    output: { dir: ../../x, quality: draft }'],
    expect: (repo) => [
      { line: 3, at: '/tmp/x', text: 'output.dir `/tmp/x` is outside the repository (/tmp/x)', hint: 'voiceover run --out DIR' },
      { line: 11, at: '../../x', text: `output.dir \`../../x\` is outside the repository (${path.resolve(repo.root, '../../x')})`, hint: 'inside the repository' },
    ],
  },
  {
    name: 'url: video on the local backend (explicit local; auto stays unknown without a resolver)',
    lines: () => [
      'version: 1',
      'videos:',
      '  - name: a',
      '    url: https://example.com/a.mp4',
      '    script: Hello.',
      '    backend: local',
      '  - name: b',
      '    url: https://example.com/b.mp4',
      '    script: Hello.',
    ],
    expect: () => [{ line: 4, at: 'https', text: '`url:` videos need the nemo backend', hint: 'give its path in `video:`' }],
  },
  {
    name: 'url: video with auto resolving to local (no token)',
    backend: (name) => (name === 'auto' ? 'local' : name),
    lines: () => ['version: 1', 'videos:', '  - name: b', '    url: https://example.com/b.mp4', '    script: Hello.'],
    expect: () => [{ line: 4, at: 'https', text: '`url:` videos need the nemo backend' }],
  },
  {
    name: 'no local voice checks for an item that runs on nemo (auto with a token)',
    voices: true,
    backend: (name) => (name === 'auto' ? 'nemo' : name),
    lines: () => ['version: 1', 'videos:', ...video('german'), '    language: de', '    voice: narrator-9', '  - name: b', '    url: https://example.com/b.mp4', '    script: Hallo.'],
    expect: () => [],
  },
  {
    name: 'a language without an installed voice and no voice written names what to install',
    voices: true,
    lines: () => ['version: 1', 'videos:', ...video('german'), '    language: de'],
    expect: () => [{ line: 6, at: 'de', text: "no voice for language 'de': install espeak-ng (apt-get install espeak-ng)" }],
  },
  {
    name: 'YAML merge keys: problems in a shared anchor land on its own lines',
    lines: () => [
      'version: 1',
      'videos:',
      '  - &base',
      '    name: a',
      '    video: demos/demo.mp4',
      '    script: scripts/demo.txt',
      '    voise: rms',
      '  - <<: *base',
      '    name: b',
      '    output: { dir: ../x }',
    ],
    expect: () => [
      { line: 7, at: 'voise', text: 'unknown key `voise` in `videos[0]`; did you mean `voice`?' },
      { line: 7, at: 'voise', text: 'unknown key `voise` in `videos[1]`; did you mean `voice`?' },
      { line: 10, at: '../x', text: 'output.dir `../x` is outside the repository' },
    ],
  },
  {
    name: 'a one-word script path that does not exist says how to write inline text',
    lines: () => ['version: 1', 'videos:', '  - name: a', '    video: demos/demo.mp4', '    script: notes.txt'],
    expect: (repo) => [{ line: 5, at: 'notes', text: `script file \`notes.txt\` does not exist (${path.join(repo.root, 'notes.txt')})`, hint: 'write them under `script: |`' }],
  },
  {
    name: 'a config that is not a mapping',
    lines: () => ['- version: 1'],
    expect: () => [{ line: 1, at: '-', text: 'the config must be a mapping with `version: 1` and `videos:`' }],
  },
  {
    name: 'videos empty, defaults of the wrong shape',
    lines: () => ['version: 1', 'defaults: 5', 'videos: []'],
    expect: () => [
      { line: 2, at: '5', text: '`defaults`: expected a mapping, got number' },
      { line: 3, at: '[]', text: '`videos` must list at least 1 entry' },
    ],
  },
  // Issue 7 item 7: each of these used to throw from inside `yaml` (a stack trace, exit 1).
  {
    name: 'an alias with no anchor names the anchors there are',
    lines: () => ['version: 1', 'x-shared: &intro_text Hello.', 'videos:', '  - name: a', '    video: demos/demo.mp4', '    script: *intro'],
    expect: () => [{ line: 6, at: '*intro', text: 'alias `*intro` refers to no anchor: there is no `&intro`', hint: 'set the anchor on the value first' }],
  },
  {
    name: 'a misspelt alias suggests the anchor',
    lines: () => ['version: 1', 'x-shared: &intro Hello.', 'videos:', '  - name: a', '    video: demos/demo.mp4', '    script: *intor'],
    expect: () => [{ line: 6, at: '*intor', text: 'there is no `&intor`; did you mean `intro`? (this file\'s anchors: &intro)' }],
  },
  {
    name: 'an alias before its anchor',
    lines: () => ['version: 1', 'videos:', '  - name: a', '    video: demos/demo.mp4', '    script: *intro', '  - name: b', '    video: demos/demo.mp4', '    script: &intro Hello.'],
    expect: () => [{ line: 5, at: '*intro', text: 'alias `*intro` comes before its anchor `&intro` (line 8)', hint: 'move the anchored value above' }],
  },
  {
    name: 'a merge key over a missing anchor, a scalar and a list of scalars',
    lines: () => ['version: 1', 'x-name: &name demo', 'videos:', '  - <<: *nope', '    name: a', '  - <<: *name', '    name: b', '  - <<: [*name]', '    name: c'],
    expect: () => [
      { line: 4, at: '*nope', text: 'alias `*nope` refers to no anchor' },
      { line: 6, at: '*name', text: '`<<:` merges mappings only, and this is the value `demo`' },
      { line: 8, at: '*name', text: '`<<:` merges mappings only, and this is the value `demo`' },
    ],
  },
  {
    name: 'an alias bomb (nested aliases) is a diagnostic, not "Excessive alias count"',
    lines: () => [
      'version: 1',
      'x-a: &a [x, x, x, x, x, x, x, x, x, x]',
      'x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'videos: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ],
    expect: () => [{ line: 4, at: '*b', text: 'aliases nested inside anchored values repeat each other too many times', hint: 'write the repeated values out' }],
  },
  {
    name: 'a binary script file is not spoken',
    lines: () => ['version: 1', 'videos:', '  - name: a', '    video: demos/demo.mp4', '    script: scripts/bin.txt'],
    setup: async (repo) => void (await repo.write('scripts/bin.txt', 'PK\u0003\u0004\u0000\u0000rest')),
    expect: () => [{ line: 5, at: 'scripts', text: 'script file `scripts/bin.txt` is not a text file: it has a NUL byte at line 1, column 5', hint: 'point at the right file' }],
  },
  {
    name: 'a Latin-1 script file names the byte, its line and column',
    lines: () => ['version: 1', 'videos:', '  - name: a', '    video: demos/demo.mp4', '    script: scripts/latin1.txt'],
    setup: async (repo) => {
      await writeFile(path.join(repo.root, 'scripts/latin1.txt'), Buffer.concat([Buffer.from('Hello.\nCaf'), Buffer.from([0xe9]), Buffer.from(' time.\n')]));
    },
    expect: () => [{ line: 5, at: 'scripts', text: 'script file `scripts/latin1.txt` is not UTF-8 text: byte 0xE9 at line 2, column 4', hint: 'save it as plain UTF-8 text' }],
  },
  {
    name: 'a UTF-16 script file',
    lines: () => ['version: 1', 'videos:', '  - name: a', '    video: demos/demo.mp4', '    script: scripts/utf16.txt'],
    setup: async (repo) => {
      await writeFile(path.join(repo.root, 'scripts/utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello.', 'utf16le')]));
    },
    expect: () => [{ line: 5, at: 'scripts', text: 'script file `scripts/utf16.txt` is UTF-16 text, not UTF-8' }],
  },
];

describe('loadConfig diagnostics', () => {
  let repo: TempRepo;
  beforeEach(async () => {
    repo = await makeDemoRepo();
  });
  afterEach(() => repo.remove());

  it.each(cases)('$name', async (c) => {
    await c.setup?.(repo);
    const lines = c.lines(repo);
    const abs = await repo.config(lines);
    const file = path.relative(process.cwd(), abs);
    const result = await loadConfig(file, { ...(c.voices ? { voices: CATALOGUE } : {}), ...(c.backend ? { backend: c.backend } : {}) });
    const expected = c.expect(repo).map((e) => {
      const col = (lines[e.line - 1] ?? '').indexOf(e.at) + 1;
      expect(col, `token ${e.at} on line ${e.line}`).toBeGreaterThan(0);
      return { ...e, where: `${file}:${e.line}:${col} ` };
    });
    const shown = result.diagnostics.map(formatDiagnostic);
    expect(shown, shown.join('\n')).toHaveLength(expected.length);
    for (const e of expected) {
      const match = result.diagnostics.find(
        (d: Diagnostic) => formatDiagnostic(d).startsWith(e.where) && d.message.includes(e.text) && d.severity === (e.severity ?? 'error'),
      );
      expect(match, `${e.where}${e.text}\n--- got:\n${shown.join('\n')}`).toBeDefined();
      if (e.hint) expect(match?.hint).toContain(e.hint);
    }
    const errors = expected.filter((e) => (e.severity ?? 'error') === 'error');
    expect(result.config === undefined).toBe(errors.length > 0);
  });

  it('names the missing config file at 1:1', async () => {
    const file = path.join(repo.root, 'nope.yml');
    const result = await loadConfig(file);
    expect(result.config).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1 config file .* does not exist`)),
    ]);
  });

  it('names the line and column of a config file that is not UTF-8 text', async () => {
    const abs = path.join(repo.root, 'voiceover.config.yml');
    await writeFile(abs, Buffer.concat([Buffer.from('version: 1\n# caf'), Buffer.from([0xe9]), Buffer.from('\nvideos: []\n')]));
    const { config, diagnostics } = await loadConfig(abs);
    expect(config).toBeUndefined();
    expect(diagnostics).toMatchObject([{ line: 2, col: 6, severity: 'error', message: expect.stringContaining('is not UTF-8 text: byte 0xE9 at line 2, column 6') }]);
  });

  it('keeps every position on its own line when the YAML reader recovers from an open flow map', async () => {
    // The parser's line counter missed the newlines it skipped here ("4:20" on a 10-character line).
    const lines = ['*{# note', 'version: 1', 'defaults:', '  language: en', 'videos:', '  - name: a'];
    const abs = await repo.config(lines);
    const { diagnostics } = await loadConfig(abs);
    expect(diagnostics.length).toBeGreaterThan(3);
    for (const d of diagnostics) expect(d.col, formatDiagnostic(d)).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
    expect(diagnostics.map((d) => `${d.line}:${d.col}`)).toContain('3:9');
  });

  it('suggests nothing for a far-off key and lists the allowed keys', async () => {
    const abs = await repo.config(['version: 1', 'colour: red', 'videos:', ...video('demo')]);
    const { diagnostics } = await loadConfig(abs);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toBe('unknown key `colour`');
    expect(diagnostics[0]?.hint).toBe('allowed keys here: version, defaults, videos');
  });
});
