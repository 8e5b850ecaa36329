// ffmpeg on a runner without it on PATH: the plan job takes ffprobe from the runner's tool cache
// (`$RUNNER_TOOL_CACHE/ffmpeg/<version>/<arch>`), else estimates durations from file sizes; it never
// runs more than a few ffprobe processes at once.

import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeClip } from '../helpers/media.js';
import { runStep } from './helpers/action-process.js';
import { initRepo, type GitRepo } from './helpers/git-repo.js';

const which = (program: string): string => execFileSync('which', [program], { encoding: 'utf8' }).trim();

let repo: GitRepo;
let bin: string;

beforeAll(async () => {
  repo = await initRepo();
  await makeClip(join(repo.dir, 'media/a.mp4'), { duration: 2, width: 160, height: 90 });
  await repo.write('voiceover.config.yml', 'version: 1\nvideos:\n  - name: a\n    video: media/a.mp4\n    script: hi\n');
  // A PATH with git and nothing of ffmpeg's.
  bin = await mkdtemp(join(tmpdir(), 'voiceover-bin-'));
  await symlink(which('git'), join(bin, 'git'));
});

const plan = (toolCache: string) =>
  runStep({ cwd: repo.dir, inputs: { mode: 'plan', shards: '1' }, env: { PATH: bin, RUNNER_TOOL_CACHE: toolCache } });

describe('ffmpeg lookup', () => {
  it('uses ffprobe from the tool cache when PATH has none', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'voiceover-toolcache-'));
    const dir = join(cache, 'ffmpeg', '5.1.0', process.arch === 'arm64' ? 'arm64' : 'x64');
    await mkdir(dir, { recursive: true });
    await symlink(which('ffmpeg'), join(dir, 'ffmpeg'));
    await symlink(which('ffprobe'), join(dir, 'ffprobe'));
    await writeFile(`${dir}.complete`, '');
    const step = await plan(cache);
    expect(step.code).toBe(0);
    expect(JSON.parse(step.outputs.matrix!)).toEqual({ include: [{ shard: '1/1', items: ['a'], duration_s: 2 }] });
  });
  it('without any ffprobe, estimates the duration from the file size and says so', async () => {
    // Files of known sizes (nothing probes them): at about 4 Mbit/s, 3 MiB is 6 s and 1.5 MiB is 3 s.
    const sized = await initRepo();
    await sized.write('media/big.mp4', Buffer.alloc(3 * 1024 * 1024));
    await sized.write('media/small.mp4', Buffer.alloc(1.5 * 1024 * 1024));
    await sized.write('voiceover.config.yml', 'version: 1\nvideos:\n  - name: big\n    video: media/big.mp4\n    script: hi\n  - name: small\n    video: media/small.mp4\n    script: hi\n');
    const toolCache = await mkdtemp(join(tmpdir(), 'voiceover-toolcache-empty-'));
    const step = await runStep({ cwd: sized.dir, inputs: { mode: 'plan', shards: '2' }, env: { PATH: bin, RUNNER_TOOL_CACHE: toolCache } });
    expect(step.code).toBe(0);
    expect(step.stdout).toContain('plan: ffprobe is not available, so durations are estimated from file sizes');
    expect(JSON.parse(step.outputs.matrix!).include).toEqual([
      { shard: '1/2', items: ['big'], duration_s: 6 },
      { shard: '2/2', items: ['small'], duration_s: 3 },
    ]);
  });
  it('probes a plan of many videos a few at a time (at most 8 ffprobe processes)', async () => {
    const many = await initRepo();
    await makeClip(join(many.dir, 'media/v.mp4'), { duration: 1, width: 160, height: 90 });
    const names = Array.from({ length: 24 }, (_, i) => `v${i}`);
    await many.write('voiceover.config.yml', `version: 1\nvideos:\n${names.map((n) => `  - name: ${n}\n    video: media/v.mp4\n    script: hi\n`).join('')}`);
    // An ffprobe that records how many copies of itself are running, and lingers so that overlaps show.
    const dir = await mkdtemp(join(tmpdir(), 'voiceover-probe-count-'));
    const wrapper = join(dir, 'ffprobe');
    await mkdir(join(dir, 'running'));
    await writeFile(wrapper, `#!/bin/sh\ntouch "${dir}/running/$$"\nls "${dir}/running" | wc -l >> "${dir}/counts"\nsleep 0.3\n"${which('ffprobe')}" "$@"\nrc=$?\nrm -f "${dir}/running/$$"\nexit $rc\n`);
    await chmod(wrapper, 0o755);
    const step = await runStep({ cwd: many.dir, inputs: { mode: 'plan', shards: '2' }, env: { FFMPEG_PATH: which('ffmpeg'), FFPROBE_PATH: wrapper } });
    expect(step.code).toBe(0);
    const counts = (await readFile(join(dir, 'counts'), 'utf8')).trim().split('\n').map(Number);
    expect(counts).toHaveLength(24);
    expect(Math.max(...counts)).toBeLessThanOrEqual(8);
    expect(JSON.parse(step.outputs.matrix!).include.map((e: { duration_s: number }) => e.duration_s)).toEqual([12, 12]);
  });
});
