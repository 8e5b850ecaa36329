// The action checks scripts as the CLI does (a bad line is an error at the script's FILE:LINE:COL, before any
// work), and judges backend-dependent config checks by the effective backend: the `backend` input and nemo-token.

import { describe, expect, it } from 'vitest';
import { runStep } from './helpers/action-process.js';
import { annotationLine } from './helpers/escape.js';
import { initRepo } from './helpers/git-repo.js';

const URL_CONFIG = (backend: string): string =>
  ['version: 1', ...(backend ? ['defaults:', `  backend: ${backend}`] : []), 'videos:', '  - name: remote', '    url: https://example.com/remote.mp4', '    script: hello there', ''].join('\n');

describe('script checks', () => {
  it('annotates a bad line at the script file, line and column, and runs nothing', async () => {
    const repo = await initRepo();
    await repo.write('voiceover.config.yml', 'version: 1\nvideos:\n  - name: intro\n    video: clip.mp4\n    script: scripts/intro.txt\n');
    await repo.write('clip.mp4', '');
    await repo.write('scripts/intro.txt', '[00:00] Welcome to the demo.\n[00:02] {voice=nosuchvoice} This voice does not exist.\n[00:04]   {speed=2} A tag that is not one.\n');
    const step = await runStep({ cwd: repo.dir, inputs: { backend: 'local' } });
    expect(step.code).toBe(1);
    expect(step.commands).toEqual([
      annotationLine('error', '{voice=nosuchvoice}: unknown voice "nosuchvoice" (hint: voiceover voices lists the voices installed here)', { title: 'Invalid voiceover script', file: 'scripts/intro.txt', line: 2, col: 9 }),
      annotationLine('error', 'unknown tag {speed=2} (hint: the only tag is {voice=NAME} at the start of a line, e.g. {voice=rms}; `voiceover voices` lists the names)', { title: 'Invalid voiceover script', file: 'scripts/intro.txt', line: 3, col: 11 }),
      '::error::the script scripts/intro.txt is invalid: nothing was run',
    ]);
    expect(step.outputs).toMatchObject({ delivered: '0', failed: '0' });
  });

  it('does not check per-line voices of a video that runs on nemo', async () => {
    const repo = await initRepo();
    await repo.write('voiceover.config.yml', 'version: 1\nvideos:\n  - name: intro\n    video: clip.mp4\n    script: scripts/intro.txt\n');
    await repo.write('clip.mp4', '');
    await repo.write('scripts/intro.txt', '[00:00] Welcome to the demo.\n[00:02] {voice=nosuchvoice} A nemo voice.\n');
    const step = await runStep({ cwd: repo.dir, inputs: { mode: 'plan', 'nemo-token': 'nv_test' } });
    expect(step.commands).toEqual(['::add-mask::nv_test']);
    expect(step.code).toBe(0);
  });
});

describe('the effective backend', () => {
  it('accepts a `url:` video of a `backend: local` config when the backend input is nemo', async () => {
    const repo = await initRepo();
    await repo.write('voiceover.config.yml', URL_CONFIG('local'));
    const step = await runStep({ cwd: repo.dir, inputs: { mode: 'plan', backend: 'nemo', 'nemo-token': 'nv_test' } });
    expect(step.commands).toEqual(['::add-mask::nv_test']);
    expect(step.code).toBe(0);
    expect(JSON.parse(step.outputs.matrix!).include.flatMap((e: { items: string[] }) => e.items)).toEqual(['remote']);
  });

  it('refuses a `url:` video at its line when the backend input is local, and when auto has no nemo-token', async () => {
    const repo = await initRepo();
    const url = annotationLine('error', '`url:` videos need the nemo backend; this video runs on the local backend, which reads files in the repository (hint: commit the video and give its path in `video:`, or use the nemo backend (`backend: nemo`, or set NEMO_TOKEN with `backend: auto`))', {
      title: 'Invalid voiceover config',
      file: 'voiceover.config.yml',
      line: 4,
      col: 10,
    });
    await repo.write('voiceover.config.yml', URL_CONFIG(''));
    const auto = await runStep({ cwd: repo.dir, inputs: { mode: 'plan' } });
    expect(auto.code).toBe(1);
    expect(auto.commands).toEqual([url, '::error::voiceover.config.yml is invalid: nothing was run']);
    const withToken = await runStep({ cwd: repo.dir, inputs: { mode: 'plan', 'nemo-token': 'nv_test' } });
    expect(withToken.commands).toEqual(['::add-mask::nv_test']);
    expect(withToken.code).toBe(0);

    await repo.write('voiceover.config.yml', URL_CONFIG('nemo'));
    const local = await runStep({ cwd: repo.dir, inputs: { mode: 'plan', backend: 'local', 'nemo-token': 'nv_test' } });
    expect(local.code).toBe(1);
    expect(local.commands).toEqual(['::add-mask::nv_test', url.replace('line=4', 'line=6'), '::error::voiceover.config.yml is invalid: nothing was run']);
  });
});
