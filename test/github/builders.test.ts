// The pure builders of the action: matrix, diff hunks, changed items, folding, summary limit, inputs, names.

import { describe, expect, it } from 'vitest';
import type { ItemConfig, ResolvedConfig } from '../../src/config/types.js';
import type { ReportItem } from '../../src/runner/report.js';
import { foldAnnotations, type Annotation } from '../../src/github/annotations.js';
import { missingShards, pickResultsArtifacts, resultsArtifactName, videoArtifactName } from '../../src/github/artifact-names.js';
import { changedItems } from '../../src/github/changed-items.js';
import { configLines } from '../../src/github/config-entries.js';
import { commentBody } from '../../src/github/comment-body.js';
import { changedLines } from '../../src/github/diff-hunks.js';
import { eventDetails } from '../../src/github/event-context.js';
import { codeSpan } from '../../src/github/format.js';
import { gitFailure } from '../../src/github/git.js';
import { resultsOutput } from '../../src/github/outputs.js';
import { InputError, parseShard, readInputs } from '../../src/github/inputs.js';
import { planShards } from '../../src/github/matrix.js';
import { shouldComment } from '../../src/github/publish.js';
import { mergeResults, type RunResults } from '../../src/github/results.js';
import { parseRunResults } from '../../src/github/results-schema.js';
import { summaryMarkdown } from '../../src/github/summary-markdown.js';

const item = (name: string, line: number, extra: Partial<ItemConfig> = {}): ItemConfig =>
  ({ name, line, video: { kind: 'file', path: `/repo/media/${name}.mp4`, rel: `media/${name}.mp4` }, script: { text: 'x', format: 'text', path: `/repo/scripts/${name}.txt`, rel: `scripts/${name}.txt`, lineOffset: 0 }, ...extra }) as ItemConfig;

const reportItem = (name: string, status: ReportItem['status']): ReportItem => ({
  name, status, output: status === 'failed' ? null : `out/${name}.mp4`, captions: [], duration_s: status === 'failed' ? null : 12.34,
  timings_s: { tts: 0, plan: 0, render: 0, total: 0 }, loudness: null,
  lines: status === 'failed' ? [] : [{ index: 0, text: 'a', cue_s: 1, start_s: 1.02, end_s: 2, stretch: 1.08, overflow_ms: 0 }],
  ...(status === 'failed' ? { error: { code: 'INPUT_CORRUPT', message: 'bad', hint: 'fix it', file: 'voiceover.config.yml', line: 9 } } : {}),
});

const results = (items: ReportItem[], extra: Partial<RunResults> = {}): RunResults => ({
  version: 1, shard: null, report: { version: 1, backend: 'local', items }, videos: {}, notRun: [], config: 'voiceover.config.yml', notes: [], problems: [], ...extra,
});

describe('planShards', () => {
  it('balances longest first onto the least-loaded shard and keeps config order inside a shard', () => {
    const m = planShards([{ name: 'a', duration_s: 5 }, { name: 'b', duration_s: 30 }, { name: 'c', duration_s: 20 }, { name: 'd', duration_s: 12 }, { name: 'e', duration_s: 10 }], 2);
    expect(m.include).toEqual([
      { shard: '1/2', items: ['b', 'e'], duration_s: 40 },
      { shard: '2/2', items: ['a', 'c', 'd'], duration_s: 37 },
    ]);
  });
  it('never makes more shards than videos, nor more than 256; none for no video', () => {
    expect(planShards([{ name: 'a', duration_s: 1 }], 4).include).toHaveLength(1);
    const many = Array.from({ length: 300 }, (_, i) => ({ name: `v${i}`, duration_s: 1 }));
    expect(planShards(many, 999).include).toHaveLength(256);
    expect(planShards([], 4)).toEqual({ include: [] });
  });
});

describe('changed lines and items', () => {
  it('reads the new-side lines of a zero-context diff, pure deletions touching both neighbours', () => {
    expect(changedLines('@@ -3 +3 @@\n-a\n+b\n@@ -10,0 +11,2 @@\n+x\n+y\n@@ -20,2 +21,0 @@\n-p\n-q\n')).toEqual([3, 11, 12, 21, 22]);
  });
  it('maps config lines to entries; lines of defaults touch every item', () => {
    const items = [item('a', 5), item('b', 8), item('c', 11)];
    const text = ['version: 1', 'defaults:', '  voice: slt', 'videos:', ...['a', 'b', 'c'].flatMap((n) => [`  - name: ${n}`, `    video: media/${n}.mp4`, `    script: scripts/${n}.txt`])].join('\n');
    expect([...configLines(text)!.entries[1]!.own]).toEqual([8, 9, 10]);
    const config = { version: 1, file: '/repo/voiceover.config.yml', root: '/repo', items } as ResolvedConfig;
    const byEntry = changedItems(config, items, { files: ['voiceover.config.yml'], configLines: [9] }, text);
    expect(byEntry.changed.map((i) => i.name)).toEqual(['b']);
    const byFile = changedItems(config, items, { files: ['scripts/c.txt'], configLines: [] }, text);
    expect([...byFile.reasons]).toEqual([['c', 'scripts/c.txt changed']]);
    expect(changedItems(config, items, { files: ['voiceover.config.yml'], configLines: [2] }, text).changed).toHaveLength(3);
  });
  it('finds entries by the parse tree: defaults after the list, top-level keys after it, blank lines and comments between entries', () => {
    const items = [item('a', 3), item('b', 7)];
    const config = { version: 1, file: '/repo/voiceover.config.yml', root: '/repo', items } as ResolvedConfig;
    const text = [
      'videos:', //                     1
      '  # the first one', //           2
      '  - name: a', //                 3
      '    video: media/a.mp4', //      4
      '    script: scripts/a.txt', //   5
      '', //                            6
      '  - name: b', //                 7
      '    video: media/b.mp4', //      8
      '    script: scripts/b.txt', //   9
      '', //                            10
      '# settings for all', //          11
      'defaults:', //                   12
      '  voice: slt', //                13
      'version: 1', //                  14
    ].join('\n');
    const changed = (...configLines: number[]) => changedItems(config, items, { files: ['voiceover.config.yml'], configLines }, text);
    expect([...changed(13).reasons]).toEqual([['a', 'the defaults of voiceover.config.yml changed'], ['b', 'the defaults of voiceover.config.yml changed']]);
    expect([...changed(9).reasons]).toEqual([['b', 'its entry in voiceover.config.yml changed']]);
    expect(changed(2, 6, 10, 11).changed).toEqual([]);
    expect(changed(14).changed).toHaveLength(2);
    expect(changed(4).changed.map((i) => i.name)).toEqual(['a']);
  });
  it('a changed anchored block changes every entry that uses it, through merge keys and aliases of aliases', () => {
    const items = [item('a', 8), item('b', 11), item('c', 14), item('d', 18)];
    const config = { version: 1, file: '/repo/voiceover.config.yml', root: '/repo', items } as ResolvedConfig;
    const text = [
      'version: 1', //                          1
      'defaults:', //                           2
      '  voice: slt', //                        3
      '  captions: &caps', //                   4
      '    sidecar: [srt]', //                  5
      '  output: { dir: out }', //              6
      'videos:', //                             7
      '  - name: a', //                         8
      '    video: media/a.mp4', //              9
      '    audio: &loud { loudness: -14 }', //  10
      '  - name: b', //                         11
      '    video: media/b.mp4', //              12
      '    audio: *loud', //                    13
      '  - &base', //                           14
      '    name: c', //                         15
      '    video: media/c.mp4', //              16
      '    music: &bed { file: music/bed.wav, volume: 0.2 }', // 17
      '  - <<: *base', //                       18
      '    name: d', //                         19
    ].join('\n');
    const changed = (...configLines: number[]) => [...changedItems(config, items, { files: ['voiceover.config.yml'], configLines }, text).reasons];
    expect(changed(10)).toEqual([['a', 'its entry in voiceover.config.yml changed'], ['b', 'an anchored block its entry uses changed (voiceover.config.yml:10)']]);
    expect(changed(12)).toEqual([['b', 'its entry in voiceover.config.yml changed']]);
    expect(changed(17)).toEqual([['c', 'its entry in voiceover.config.yml changed'], ['d', 'an anchored block its entry uses changed (voiceover.config.yml:17)']]);
    expect(changed(5).map(([name]) => name)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('annotations', () => {
  const errors = (n: number): Annotation[] => Array.from({ length: n }, (_, i) => ({ level: 'error', title: 'T', message: `e${i}`, file: 'c.yml', line: i + 1 }));
  it('shows up to 10 errors as they are', () => {
    expect(foldAnnotations(errors(10)).shown).toHaveLength(10);
  });
  it('folds past 10 (9 when the step will fail too) into one annotation, and keeps warnings apart', () => {
    const warnings: Annotation[] = [{ level: 'warning', title: 'W', message: 'w' }];
    const { shown, folded } = foldAnnotations([...errors(12), ...warnings], { reserveError: true });
    expect(shown.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(shown.at(-2)).toMatchObject({ title: '4 more errors', message: '4 more errors are listed in the job summary: c.yml:9, c.yml:10, c.yml:11, c.yml:12' });
    expect(shown.at(-1)).toMatchObject({ level: 'warning' });
    expect(folded.map((a) => a.message)).toEqual(['e8', 'e9', 'e10', 'e11']);
  });
});

describe('summary and comment', () => {
  it('formats one row per video with sync figures, and the failures with hints', () => {
    const md = summaryMarkdown(results([reportItem('a', 'delivered'), reportItem('b', 'failed')], { videos: { a: { backend: 'nemo', size_bytes: 2_500_000, artifact: { name: 'voiceover-a', id: 5, url: 'https://x/5' } } } }));
    // The loudness column is new (deliberately): not measured here, so "—". The onset error is no longer the
    // plan's start − cue (20 ms here): without a measurement of the delivered file it is "—" (changed deliberately).
    expect(md).toContain('| a | ✅ delivered | 0:12.3 | 2.4 MB | nemo | — | — | 1.08× | — | [artifact](https://x/5) |');
    // Message and hint are code spans now (they may come from an untrusted run): changed deliberately.
    expect(md).toContain('- **b** · Unreadable input (`INPUT_CORRUPT`) at `voiceover.config.yml:9`: `bad`\n  - Hint: `fix it`');
  });
  it('says which voice spoke which lines of each delivered video, with the model file', () => {
    const line = (index: number, voice?: string, model?: string): ReportItem['lines'][number] => ({
      index, text: 't', cue_s: index, start_s: index, end_s: index + 1, stretch: 1, overflow_ms: 0, ...(voice ? { voice } : {}), ...(model ? { model } : {}),
    });
    const kokoro = 'kokoro-multi-lang-v1_0/model.onnx sha256:abc';
    const md = summaryMarkdown(results([
      { ...reportItem('mixed', 'delivered'), lines: [line(0, 'kokoro:af_heart', kokoro), line(1, 'kokoro:af_heart', kokoro), line(2, 'rms'), line(3, 'kokoro:af_heart', kokoro)] },
      { ...reportItem('old', 'delivered'), lines: [line(0)] },
      reportItem('b', 'failed'),
    ]));
    const section = md.slice(md.indexOf('### Voices'), md.indexOf('### Failures'));
    expect(section).toBe('### Voices\n\n- **mixed**: `kokoro:af_heart (kokoro-multi-lang-v1_0/model.onnx)` lines 1–2, 4; `rms` line 3\n\n');
  });
  it('shows loudness when measured and "—" when not: null (a nemo measurement that failed after delivery), NaN, null figures', () => {
    const withLoudness = (name: string, loudness: unknown): ReportItem => ({ ...reportItem(name, 'delivered'), loudness: loudness as ReportItem['loudness'] });
    const md = summaryMarkdown(results([
      withLoudness('a', { integrated_lufs: -16.04, true_peak_dbtp: -1.52 }),
      withLoudness('b', null),
      withLoudness('c', { integrated_lufs: Number.NaN, true_peak_dbtp: Number.NaN }),
      withLoudness('d', { integrated_lufs: null, true_peak_dbtp: null }),
      withLoudness('e', { integrated_lufs: -15.96, true_peak_dbtp: Number.NaN }),
    ]));
    const loudnessOf = (name: string): string | undefined => md.split('\n').find((l) => l.startsWith(`| ${name} |`))?.split(' | ')[8];
    expect(['a', 'b', 'c', 'd', 'e'].map(loudnessOf)).toEqual(['-16.0 LUFS, -1.5 dBTP', '—', '—', '—', '-16.0 LUFS']);
    expect(md).not.toMatch(/NaN|null/);
  });
  it('reads results whose loudness was not measured (null, or null figures from NaN) as null, and measured loudness as is', () => {
    const json = JSON.parse(JSON.stringify(results([
      { ...reportItem('a', 'delivered'), loudness: { integrated_lufs: Number.NaN, true_peak_dbtp: Number.NaN } },
      { ...reportItem('b', 'delivered'), loudness: null },
      { ...reportItem('c', 'delivered'), loudness: { integrated_lufs: -16, true_peak_dbtp: -1.5 } },
    ])));
    expect(parseRunResults(json).report.items.map((i) => i.loudness)).toEqual([null, null, { integrated_lufs: -16, true_peak_dbtp: -1.5 }]);
  });
  it('shows the free text of another run\'s results as code in the summary', () => {
    const md = summaryMarkdown(results([], { untrusted: true, notes: ['@team see [here](https://evil.example)'], problems: ['<img src=x>'], notRun: [{ name: 'z', reason: '@x' }] }));
    expect(md).toContain('> `@team see [here](https://evil.example)`');
    expect(md).toContain('- `<img src=x>`');
    expect(md).toContain('`z` (`@x`)');
    expect(summaryMarkdown(results([], { notes: ['plain *note*'] }))).toContain('> plain *note*');
  });
  it('stays within the byte limit, saying how many rows were left out', () => {
    const many = Array.from({ length: 400 }, (_, i) => reportItem(`video-${i}`, 'delivered'));
    const md = summaryMarkdown(results(many), { limitBytes: 20_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000);
    expect(md).toMatch(/… \d+ more videos not shown \(the summary is limited to 1 MiB\)/);
  });
  it('shows the figures measured on the delivered file, not the plan\'s: onset error, lines off, loudness, clipping', () => {
    const measured = (name: string, qa: ReportItem['qa']): ReportItem => ({ ...reportItem(name, 'delivered'), loudness: { integrated_lufs: -16.02, true_peak_dbtp: -5.04 }, qa });
    const items = [
      // The plan puts the line 20 ms after its cue; the file has it 200 ms after the plan.
      measured('late', { onset_error_ms: { max: 200, mean: 200 }, lines_off: 1, integrated_lufs: -16.02, true_peak_dbtp: -5.04, clipped_samples: 0 }),
      measured('good', { onset_error_ms: { max: -4, mean: -3 }, lines_off: 0, integrated_lufs: -15.9, true_peak_dbtp: 0.3, clipped_samples: 1944 }),
      measured('mute', { onset_error_ms: null, lines_off: 1, integrated_lufs: null, true_peak_dbtp: null, clipped_samples: 0 }),
      measured('nemo', { onset_error_ms: null, lines_off: null, integrated_lufs: -16, true_peak_dbtp: -1.5, clipped_samples: 0 }),
      reportItem('old', 'delivered'),
    ];
    const md = summaryMarkdown(results(items));
    const cells = (name: string): string[] => md.split('\n').find((l) => l.startsWith(`| ${name} |`))!.split(' | ');
    expect(items.map((i) => cells(i.name)[6])).toEqual(['+200 ms (1 of 1 line off)', '-4 ms', 'not found (1 of 1 line off)', '—', '—']);
    expect(items.map((i) => cells(i.name)[8])).toEqual(['-16.0 LUFS, -5.0 dBTP, 0 clipped', '-15.9 LUFS, 0.3 dBTP, 1944 clipped', 'silent, 0 clipped', '-16.0 LUFS, -1.5 dBTP, 0 clipped', '—']);
    const comment = commentBody(results(items));
    expect(comment).toContain('| Video | Status | Duration | Measured | Links |');
    expect(comment).toContain('| late | ✅ delivered | 0:12.3 | onset +200 ms (1 of 1 line off) · -16.0 LUFS, -5.0 dBTP, 0 clipped | — |');
    expect(comment).toContain('| good | ✅ delivered | 0:12.3 | onset -4 ms · -15.9 LUFS, 0.3 dBTP, 1944 clipped | — |');
    expect(comment).toContain('| nemo | ✅ delivered | 0:12.3 | -16.0 LUFS, -1.5 dBTP, 0 clipped | — |');
    expect(comment).toContain('| old | ✅ delivered | 0:12.3 | — | — |');
    // results.json carries qa through the check; results of older versions (no qa) still parse.
    const parsed = parseRunResults(JSON.parse(JSON.stringify(results(items))));
    expect(parsed.report.items.map((i) => i.qa)).toEqual(items.map((i) => i.qa));
    expect(() => parseRunResults(JSON.parse(JSON.stringify(results([{ ...items[0]!, qa: { ...items[0]!.qa!, clipped_samples: -1 } }]))))).toThrow(/qa\.clipped_samples/);
  });
  it('starts the comment with the hidden marker', () => {
    // The marker existing comments carry (the default prefix): changing it would orphan them.
    expect(commentBody(results([reportItem('a', 'delivered')])).split('\n')[0]).toBe('<!-- voiceover-action prefix=voiceover -->');
  });
  it('comments on pull requests only, never on forks, and with auto only when something ran', () => {
    const inputs = { comment: 'auto' as const, githubToken: 't' };
    expect(shouldComment(inputs, results([reportItem('a', 'delivered')]), { number: 1 }, false).yes).toBe(true);
    // Nothing ran: an existing comment is still updated, but none is created (behaviour changed deliberately).
    expect(shouldComment(inputs, results([]), { number: 1 }, false)).toEqual({ yes: true, create: false, why: 'no video ran (comment: auto): only an existing comment is updated' });
    expect(shouldComment(inputs, results([], { failure: 'voiceover.config.yml is invalid: nothing was run' }), { number: 1 }, false)).toMatchObject({ yes: true, create: true });
    expect(shouldComment(inputs, results([], { missing: ['shard 2/2 has no results artifact'] }), { number: 1 }, false)).toMatchObject({ yes: true, create: true });
    expect(shouldComment({ ...inputs, comment: 'always' }, results([]), { number: 1 }, false).yes).toBe(true);
    expect(shouldComment(inputs, results([reportItem('a', 'delivered')]), { number: 1 }, true).why).toBe('pull request from a fork (read-only token)');
    expect(shouldComment(inputs, results([reportItem('a', 'delivered')]), undefined, false).yes).toBe(false);
  });
});

describe('inputs, names, events, merging', () => {
  it('reads defaults and refuses bad values with the input named', () => {
    const read = (values: Record<string, string>) => readInputs((n) => values[n] ?? '');
    expect(read({})).toMatchObject({ config: 'voiceover.config.yml', mode: 'run', comment: 'auto', failOn: 'error', changedOnly: undefined, shards: 4, artifactPrefix: 'voiceover' });
    expect(read({ only: 'a, b\nc*', 'changed-only': 'false' })).toMatchObject({ only: ['a', 'b', 'c*'], changedOnly: false });
    // Up to 400 (the toolkit clamps to the repository's maximum).
    expect(read({ 'retention-days': '400' }).retentionDays).toBe(400);
    expect(() => read({ 'retention-days': '401' })).toThrow(new InputError('input retention-days: "401" must be a whole number from 1 to 400'));
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(() => parseShard('5/4')).toThrow(/input shard/);
  });
  it('names artifacts per shard and attempt, and picks the latest results of each shard', () => {
    expect(videoArtifactName('voiceover', 'demo', '2/4', 1)).toBe('voiceover-demo-2of4');
    expect(resultsArtifactName('voiceover', null, 2)).toBe('voiceover~results-attempt2');
    const picked = pickResultsArtifacts(
      [{ name: 'voiceover~results-1of2', id: 1 }, { name: 'voiceover~results-1of2-attempt2', id: 4 }, { name: 'voiceover~results-2of2', id: 2 }, { name: 'voiceover-demo-1of2', id: 3 }, { name: 'other~results', id: 5 }],
      'voiceover',
    );
    expect(picked.map((a) => [a.id, a.shard])).toEqual([[4, '1/2'], [2, '2/2']]);
  });
  it('never gives a video (even one named `results`) a results artifact\'s name, nor picks it as results', () => {
    const videos = ['results', 'results-1of2', 'results-attempt2'].flatMap((v) => [null, '1/2'].flatMap((shard) => [1, 2].map((a) => videoArtifactName('voiceover', v, shard, a))));
    const results = [null, '1/2', '2/2'].flatMap((shard) => [1, 2].map((a) => resultsArtifactName('voiceover', shard, a)));
    expect(videos.filter((v) => results.includes(v))).toEqual([]);
    expect(pickResultsArtifacts(videos.map((name, id) => ({ name, id })), 'voiceover')).toEqual([]);
  });
  it('names the shards whose results are missing', () => {
    expect(missingShards([{ shard: '1/3' }, { shard: '3/3' }])).toEqual(['shard 2/3 has no results artifact']);
    expect(missingShards([{ shard: '1/2' }, { shard: '2/2' }])).toEqual([]);
    expect(missingShards([{ shard: null }])).toEqual([]);
    expect(missingShards([])).toEqual(['no results artifact was found']);
    expect(missingShards([{ shard: '1/2' }, { shard: '1/3' }])).toEqual(['the shards disagree on their number (of 2, of 3)', 'shard 2/3 has no results artifact', 'shard 3/3 has no results artifact']);
  });
  it('shows free text as a code span that no backtick, pipe or newline breaks out of', () => {
    expect(codeSpan('@team <b>hi</b>')).toBe('`@team <b>hi</b>`');
    expect(codeSpan('a `b` c')).toBe('`` a `b` c ``');
    expect(codeSpan('x | y\nz', { inTable: true })).toBe('`x \\| y z`');
    expect(codeSpan('')).toBe('');
  });
  it('keeps the results output under its budget by leaving out per-line timings', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...reportItem(`v${i}`, 'delivered'), lines: Array.from({ length: 40 }, () => reportItem('x', 'delivered').lines[0]!) }));
    const report = { version: 1 as const, backend: 'local', items: many };
    expect(resultsOutput(report).trimmed).toBe(false);
    const cut = resultsOutput(report, 20_000);
    expect(cut.trimmed).toBe(true);
    expect(Buffer.byteLength(cut.json)).toBeLessThanOrEqual(20_000);
    expect(JSON.parse(cut.json)).toMatchObject({ lines_omitted: true, items: expect.arrayContaining([expect.objectContaining({ name: 'v0', lines: [] })]) });
    expect(JSON.parse(resultsOutput(report, 3000).json).items[0]).toEqual({ name: 'v0', status: 'delivered' });
  });
  it('takes a failed git\'s last fatal line of stderr as the reason', () => {
    expect(gitFailure(Object.assign(new Error('Command failed'), { stderr: 'remote: counting\nfatal: could not read from remote repository\n' }))).toBe('fatal: could not read from remote repository');
    expect(gitFailure(Object.assign(new Error('x'), { stderr: "fatal: 'origin' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n" }))).toBe('fatal: Could not read from remote repository.');
    expect(gitFailure(new Error('spawn git ENOENT'))).toBe('spawn git ENOENT');
  });
  it('tells a fork pull request from one of the same repository', () => {
    const pr = (head: string) => eventDetails('pull_request', { pull_request: { number: 2, head: { sha: 's', repo: { full_name: head } }, base: { repo: { full_name: 'o/r' } } } });
    expect(pr('o/r').pullRequest).toEqual({ number: 2, headSha: 's', fork: false });
    expect(pr('x/r').pullRequest?.fork).toBe(true);
    // A deleted fork (head.repo null) and Dependabot's pull requests also get a read-only token.
    expect(eventDetails('pull_request', { pull_request: { number: 2, head: { sha: 's', repo: null }, base: { repo: { full_name: 'o/r' } } } }).pullRequest?.fork).toBe(true);
    expect(eventDetails('pull_request', { sender: { login: 'dependabot[bot]' }, pull_request: { number: 2, head: { sha: 's', repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }).pullRequest?.fork).toBe(true);
    expect(eventDetails('push', { before: 'a', after: 'b' }).push).toEqual({ before: 'a', after: 'b', forced: false });
  });
  it('merges shard results in shard order; a video is "not run" only when no shard ran it', () => {
    const merged = mergeResults([
      results([reportItem('c', 'delivered')], { shard: '2/2', notRun: [{ name: 'a', reason: 'not in this shard' }, { name: 'z', reason: 'unchanged in this push' }] }),
      results([reportItem('a', 'delivered')], { shard: '1/2', notRun: [{ name: 'c', reason: 'not in this shard' }, { name: 'z', reason: 'unchanged in this push' }] }),
    ]);
    expect(merged.report.items.map((i) => i.name)).toEqual(['a', 'c']);
    expect(merged.notRun).toEqual([{ name: 'z', reason: 'unchanged in this push' }]);
  });
});

describe('version', () => {
  it('ACTION_VERSION is package.json’s version (the bundle cannot read package.json)', async () => {
    const { ACTION_VERSION } = await import('../../src/github/version.js');
    const { readFile } = await import('node:fs/promises');
    expect(ACTION_VERSION).toBe(JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });
});
