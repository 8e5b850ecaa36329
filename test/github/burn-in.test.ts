// Burned-in captions from the bundle: the DejaVu fonts dist/ carries (VOICEOVER_FONTS_DIR, set by the
// action) reach the renderer, with no node_modules above the action. Passes once render-video.ts's
// bundledFontsDir() reads VOICEOVER_FONTS_DIR (see the hand-off).

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ffprobeJson, makeClip } from '../helpers/media.js';
import { runStep } from './helpers/action-process.js';
import { initRepo, type GitRepo } from './helpers/git-repo.js';

let repo: GitRepo;

beforeAll(async () => {
  repo = await initRepo();
  await makeClip(join(repo.dir, 'media/clip.mp4'), { duration: 2, width: 320, height: 180 });
  await repo.write('voiceover.config.yml', 'version: 1\ndefaults:\n  output: { resolution: keep }\nvideos:\n  - name: burned\n    video: media/clip.mp4\n    script: "[00:00.2] Captions on screen."\n    captions: { burn: true }\n');
});

describe('burn-in inside the bundle', () => {
  it('renders burned-in captions with the bundled fonts', async () => {
    const step = await runStep({ cwd: repo.dir });
    expect(step.code, step.stdout).toBe(0);
    expect(step.outputs.delivered).toBe('1');
    const probe = await ffprobeJson(['-show_streams', join(repo.dir, 'out/burned.mp4')]);
    expect(probe.streams.map((s: { codec_name: string }) => s.codec_name).sort()).toEqual(['aac', 'h264']);
  });
});
