// Config problems as annotations at FILE:LINE:COL, folded past GitHub's 10 errors per step (the step's own
// failure counts too) with the rest in the summary; `only` matching nothing; a bad input value.

import { beforeAll, describe, expect, it } from 'vitest';
import { runStep } from './helpers/action-process.js';
import { annotationLine } from './helpers/escape.js';
import { initRepo, type GitRepo } from './helpers/git-repo.js';
import { configAnnotations } from '../../src/github/annotations.js';
import { readEventContext } from '../../src/github/event-context.js';
import { prepare } from '../../src/github/prepare.js';
import { ERRORS } from '../../src/core/errors.js';

let repo: GitRepo;
const COUNT = 12;

beforeAll(async () => {
  repo = await initRepo();
  const videos = Array.from({ length: COUNT }, (_, i) => [`  - name: v${i + 1}`, `    video: media/missing-${i + 1}.mp4`, '    script: hi']).flat();
  await repo.write('voiceover.config.yml', `${['version: 1', 'videos:', ...videos].join('\n')}\n`);
});

const missing = (n: number): string =>
  `video file \`media/missing-${n}.mp4\` does not exist (${repo.dir}/media/missing-${n}.mp4) (hint: paths are relative to the config file's folder (${repo.dir}))`;
const lineOf = (n: number): number => 4 + 3 * (n - 1);

describe('an invalid config', () => {
  it('annotates 8 problems at their line and column, folds the other 4 into one, and fails the step', async () => {
    const step = await runStep({ cwd: repo.dir, inputs: { 'fail-on': 'never' } });
    expect(step.code).toBe(1);
    const expected = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => annotationLine('error', missing(n), { title: 'Invalid voiceover config', file: 'voiceover.config.yml', line: lineOf(n), col: 12 }));
    expected.push(
      annotationLine('error', `4 more errors are listed in the job summary: ${[9, 10, 11, 12].map((n) => `voiceover.config.yml:${lineOf(n)}`).join(', ')}`, { title: '4 more errors' }),
      '::error::voiceover.config.yml is invalid: nothing was run',
    );
    expect(step.commands).toEqual(expected);
    expect(step.outputs).toMatchObject({ delivered: '0', failed: '0', skipped: '0', results: '{"version":1,"backend":"","items":[]}' });
    expect(step.summary).toContain('> voiceover.config.yml is invalid: nothing was run.');
    for (let n = 1; n <= COUNT; n++) expect(step.summary).toContain(`\n- voiceover.config.yml:${lineOf(n)}:12 ${missing(n)}\n`);
  });
});

describe('inputs', () => {
  it('names the videos when `only` matches none', async () => {
    const fine = await initRepo();
    await fine.write('voiceover.config.yml', 'version: 1\nvideos:\n  - name: intro\n    video: clip.mp4\n    script: hi\n');
    await fine.write('clip.mp4', '');
    const step = await runStep({ cwd: fine.dir, inputs: { only: 'intor' } });
    expect(step.code).toBe(1);
    expect(step.commands[0]).toMatch(/^::error title=No video matches `only`,file=voiceover.config.yml,line=1,col=1::input only: no video matches `intor`; the config has: intro \(hint: `intor` → did you mean `intro`\?/);
  });
  it('refuses an unknown mode before doing anything', async () => {
    const step = await runStep({ cwd: repo.dir, inputs: { mode: 'deploy' } });
    expect(step.code).toBe(1);
    expect(step.commands).toEqual(['::error::input mode: "deploy" is not one of run, plan, report']);
  });
});

// Issue 7 item 7: YAML mistakes that used to throw from inside `yaml` are annotations at FILE:LINE:COL too. In
// process over src (the runStep cases above run dist/, which is rebuilt from src at release).
describe('YAML alias mistakes in the action', () => {
  it.each([
    ['an alias with no anchor', ['version: 1', 'videos:', '  - name: a', '    video: clip.mp4', '    script: *intro'], 5, 13, /^alias `\*intro` refers to no anchor/],
    [
      'an alias bomb',
      ['version: 1', 'x-a: &a [x, x, x, x, x, x, x, x, x, x]', 'x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'videos: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'],
      4, 10, /^aliases nested inside anchored values repeat each other too many times/,
    ],
  ])('%s: an error annotation at its line and column, nothing run', async (_name, lines, line, col, message) => {
    const dir = await initRepo();
    await dir.write('voiceover.config.yml', `${lines.join('\n')}\n`);
    await dir.write('clip.mp4', '');
    const ctx = readEventContext({ GITHUB_WORKSPACE: dir.dir });
    const prepared = await prepare({ config: 'voiceover.config.yml', only: [], changedOnly: false }, ctx, () => {});
    expect(prepared.ok).toBe(false);
    const annotations = configAnnotations(prepared.diagnostics, dir.dir, ERRORS.CONFIG_INVALID.title);
    expect(annotations).toEqual([expect.objectContaining({ level: 'error', title: 'Invalid voiceover config', file: 'voiceover.config.yml', line, col, message: expect.stringMatching(message) })]);
  });
});
