// The input's decode check runs while the speech is synthesised (issue 10): a file that fails it still
// fails the item with its own error, and a script error is still the script's.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDraft } from '../../src/backends/local/build-draft.js';
import { loadConfig } from '../../src/config/load.js';
import { VoiceoverError } from '../../src/core/errors.js';
import { avClip, truncateTo } from '../media/generate.js';
import { makeTempRepo, type TempRepo } from '../config/temp-repo.js';

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
  await mkdir(path.join(repo.root, 'media'), { recursive: true });
});
afterEach(() => repo.remove());

const script = Array.from({ length: 24 }, (_, i) => `[00:${String(i).padStart(2, '0')}.5] Line ${i + 1} of a script long enough to be still speaking.`).join('\n');

async function item(video: string, text = script) {
  await repo.write('script.txt', `${text}\n`);
  const file = await repo.config(['version: 1', 'videos:', '  - name: demo', `    video: ${video}`, '    script: script.txt']);
  const { config, diagnostics } = await loadConfig(file, { root: repo.root });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return config!.items[0]!;
}

const failure = (promise: Promise<unknown>): Promise<VoiceoverError> => promise.then(() => { throw new Error('expected a failure'); }, (e: unknown) => e as VoiceoverError);

describe('buildDraft: the decode check beside the speech', () => {
  it('fails a file whose media data is cut with INPUT_CORRUPT, not with the synthesis it stopped', async () => {
    const video = await avClip(path.join(repo.root, 'media/cut.mp4'), 30, ['-movflags', '+faststart']);
    await truncateTo(video, 0.5);
    const cacheDir = path.join(repo.base, 'cache');
    const error = await failure(buildDraft(await item('media/cut.mp4'), { clipDir: path.join(cacheDir, 'clips'), cacheDir }));
    expect(error).toBeInstanceOf(VoiceoverError);
    expect(error.code).toBe('INPUT_CORRUPT');
    expect(error.message).toMatch(/cut\.mp4/);
  });

  it('still reports a script error as the script\'s when the video is sound', async () => {
    await avClip(path.join(repo.root, 'media/ok.mp4'), 4);
    const cacheDir = path.join(repo.base, 'cache');
    const error = await failure(buildDraft(await item('media/ok.mp4', '[00:03] Late.\n[00:01] Early.'), { clipDir: path.join(cacheDir, 'clips'), cacheDir }));
    expect(error.code).toMatch(/^SCRIPT_/);
  });

  it('builds the draft of a sound file, its lines spoken', async () => {
    await avClip(path.join(repo.root, 'media/ok.mp4'), 30);
    const cacheDir = path.join(repo.base, 'cache');
    const built = await buildDraft(await item('media/ok.mp4'), { clipDir: path.join(cacheDir, 'clips'), cacheDir });
    const voices = built.draft.t.flatMap((t) => t.sg as { kind?: string }[]).filter((s) => s.kind === 'voice');
    expect(voices).toHaveLength(24);
  });
});
