// changed-only on push, in a real git repository: a video runs when its video, script or music file, or
// its config entry, changed; defaults touch every video; an all-zero `before` and an unfetchable commit
// run everything with a note; a shallow clone fetches the missing `before` commit.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeClip, makeTone } from '../helpers/media.js';
import { runStep } from './helpers/action-process.js';
import { initRepo, pushEvent, shallowClone, type GitRepo } from './helpers/git-repo.js';

const CONFIG = [
  'version: 1',
  'defaults:',
  '  output: { resolution: keep }',
  'videos:',
  '  - name: alpha',
  '    video: media/alpha.mp4',
  '    script: scripts/alpha.txt',
  '  - name: beta',
  '    video: media/beta.mp4',
  '    script: scripts/beta.txt',
  '  - name: gamma',
  '    video: media/gamma.mp4',
  '    script: scripts/gamma.txt',
  '    music: { file: music/bed.wav, volume: 0.2 }',
];

let repo: GitRepo;
const sha: string[] = [];

/** The videos a plan picks for a push from..to (one shard holds them all). */
async function planned(dir: string, from: string, to: string) {
  const step = await runStep({ cwd: dir, event: pushEvent(from, to), inputs: { mode: 'plan', shards: '1' } });
  expect(step.code).toBe(0);
  const matrix = JSON.parse(step.outputs.matrix!) as { include: { items: string[] }[] };
  return { items: matrix.include[0]?.items ?? [], step };
}

beforeAll(async () => {
  repo = await initRepo();
  for (const name of ['alpha', 'beta', 'gamma']) {
    await makeClip(join(repo.dir, `media/${name}.mp4`), { duration: 1, width: 160, height: 90 });
    await repo.write(`scripts/${name}.txt`, `[00:00.1] This is ${name}.\n`);
  }
  await makeTone(join(repo.dir, 'music/bed.wav'), 1);
  await repo.write('voiceover.config.yml', `${CONFIG.join('\n')}\n`);
  sha.push(await repo.commit('all videos'));
  await repo.write('scripts/alpha.txt', '[00:00.1] Alpha, reworded.\n');
  sha.push(await repo.commit('alpha script'));
  await repo.write('voiceover.config.yml', `${[...CONFIG.slice(0, 13), '    voice: rms', CONFIG[13]].join('\n')}\n`);
  sha.push(await repo.commit('gamma entry'));
  await makeTone(join(repo.dir, 'music/bed.wav'), 1, 330);
  sha.push(await repo.commit('music'));
  const config = await readFile(join(repo.dir, 'voiceover.config.yml'), 'utf8');
  await repo.write('voiceover.config.yml', config.replace('resolution: keep', 'resolution: keep, quality: medium'));
  sha.push(await repo.commit('defaults'));
  await makeClip(join(repo.dir, 'media/beta.mp4'), { duration: 1.2, width: 160, height: 90 });
  sha.push(await repo.commit('beta video'));
}, 120_000);

describe('changed-only on push (mode plan shows the selection)', () => {
  it('picks the video whose script changed', async () => {
    const { items, step } = await planned(repo.dir, sha[0]!, sha[1]!);
    expect(items).toEqual(['alpha']);
    expect(step.stdout).toContain('changed-only: alpha: scripts/alpha.txt changed');
    expect(step.stdout).toContain('changed-only: beta: unchanged');
    expect(step.summary).toContain('Not run: `beta` (unchanged in this push), `gamma` (unchanged in this push)');
  });
  it('picks the video whose config entry changed, and the one whose music changed', async () => {
    expect((await planned(repo.dir, sha[1]!, sha[2]!)).items).toEqual(['gamma']);
    const music = await planned(repo.dir, sha[2]!, sha[3]!);
    expect(music.items).toEqual(['gamma']);
    expect(music.step.stdout).toContain('changed-only: gamma: music/bed.wav changed');
  });
  it('picks every video when the defaults changed', async () => {
    const { items, step } = await planned(repo.dir, sha[3]!, sha[4]!);
    expect(items).toEqual(['alpha', 'beta', 'gamma']);
    expect(step.stdout).toContain('changed-only: beta: the defaults of voiceover.config.yml changed');
  });
  it('runs everything on a new branch (all-zero before), saying why', async () => {
    const { items, step } = await planned(repo.dir, '0'.repeat(40), sha[5]!);
    expect(items).toEqual(['alpha', 'beta', 'gamma']);
    expect(step.stdout).toContain('changed-only: the push created the branch (no previous commit to compare with), so every video counts as changed');
  });
  it('runs everything when `before` cannot be fetched (force push of a vanished commit)', async () => {
    const { items, step } = await planned(repo.dir, 'f'.repeat(40), sha[5]!);
    expect(items).toEqual(['alpha', 'beta', 'gamma']);
    expect(step.stdout).toContain(`changed-only: commit ffffffffffff could not be fetched (force push or missing history), so every video counts as changed`);
    // The log says why, with git's own last `fatal:` line (the repository has no `origin` to fetch from).
    expect(step.stdout).toContain('git fetch failed: fatal: Could not read from remote repository.');
  });
  it('in a shallow clone, fetches the missing `before` commit and diffs as usual', async () => {
    const clone = await shallowClone(repo);
    const { items, step } = await planned(clone, sha[4]!, sha[5]!);
    expect(step.stdout).toContain(`commit ${sha[4]!.slice(0, 12)} is not in the checkout (shallow clone or force push): fetching it`);
    expect(items).toEqual(['beta']);
  });
});

describe('changed-only on push (mode run)', () => {
  it('renders only the changed video and lists the others as not run', async () => {
    const step = await runStep({ cwd: repo.dir, event: pushEvent(sha[4]!, sha[5]!) });
    expect(step.code).toBe(0);
    expect(JSON.parse(step.outputs.results!).items.map((i: { name: string }) => i.name)).toEqual(['beta']);
    expect(step.outputs).toMatchObject({ delivered: '1', failed: '0', skipped: '2' });
    expect(step.summary).toContain('Not run (2): `alpha` (unchanged in this push), `gamma` (unchanged in this push)');
    expect(step.commands.filter((c) => c.startsWith('::error') || c.startsWith('::warning'))).toEqual([]);
  });
});

describe('changed-only reads the config by its parse tree', () => {
  const LATE = [
    'version: 1',
    'videos:',
    '  - name: alpha',
    '    video: media/alpha.mp4',
    '    script: scripts/alpha.txt',
    '    audio: &loud { loudness: -14 }',
    '  - name: beta',
    '    video: media/beta.mp4',
    '    script: scripts/beta.txt',
    '  - name: gamma',
    '    video: media/gamma.mp4',
    '    script: scripts/gamma.txt',
    '    audio: *loud',
    'defaults:',
    '  output: { resolution: keep }',
  ];
  it('a `defaults:` after the list picks every video; a changed anchor picks every video that uses it', async () => {
    const late = await initRepo();
    for (const name of ['alpha', 'beta', 'gamma']) {
      await late.write(`media/${name}.mp4`, '');
      await late.write(`scripts/${name}.txt`, `This is ${name}.\n`);
    }
    await late.write('voiceover.config.yml', `${LATE.join('\n')}\n`);
    const first = await late.commit('videos, then defaults');
    await late.write('voiceover.config.yml', `${LATE.join('\n').replace('resolution: keep', 'resolution: 720p')}\n`);
    const defaults = await late.commit('defaults after the list');
    await late.write('voiceover.config.yml', `${LATE.join('\n').replace('resolution: keep', 'resolution: 720p').replace('loudness: -14', 'loudness: -15')}\n`);
    const anchor = await late.commit('the anchored audio block');

    const all = await planned(late.dir, first, defaults);
    expect(all.items.sort()).toEqual(['alpha', 'beta', 'gamma']);
    expect(all.step.stdout).toContain('changed-only: alpha: the defaults of voiceover.config.yml changed');
    const shared = await planned(late.dir, defaults, anchor);
    expect(shared.items.sort()).toEqual(['alpha', 'gamma']);
    expect(shared.step.stdout).toContain('changed-only: gamma: an anchored block its entry uses changed (voiceover.config.yml:6)');
    expect(shared.step.stdout).toContain('changed-only: beta: unchanged');
  });
});
