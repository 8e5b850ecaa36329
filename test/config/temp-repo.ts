// Test helper: a throw-away repository (a folder with `.git`) with files written into it.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { VoiceCatalogue } from '../../src/config/voice-catalogue.js';

/** A temp folder `base` holding the repository `root` (with `.git`) and room outside it. */
export interface TempRepo {
  base: string;
  root: string;
  /** Write a file (folders created) at a path relative to the root; returns its absolute path. */
  write(rel: string, text?: string): Promise<string>;
  /** Write a config from lines (line 1 is the first element); returns its absolute path. */
  config(lines: string[], rel?: string): Promise<string>;
  link(rel: string, target: string): Promise<void>;
  remove(): Promise<void>;
}

/** Make a temp repository; `git` false leaves out the `.git` folder. */
export async function makeTempRepo(git = true): Promise<TempRepo> {
  const base = await mkdtemp(path.join(tmpdir(), 'voiceover-config-'));
  const root = path.join(base, 'repo');
  await mkdir(git ? path.join(root, '.git') : root, { recursive: true });
  const write = async (rel: string, text = 'x') => {
    const abs = path.resolve(root, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, text);
    return abs;
  };
  return {
    base,
    root,
    write,
    config: (lines, rel = 'voiceover.config.yml') => write(rel, `${lines.join('\n')}\n`),
    link: async (rel, target) => {
      await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
      await symlink(target, path.join(root, rel));
    },
    remove: () => rm(base, { recursive: true, force: true }),
  };
}

/** A small catalogue: English voices installed, espeak-ng missing. */
export const CATALOGUE: VoiceCatalogue = {
  voices: [
    { id: 'slt', language: 'en-US', engine: 'flite' },
    { id: 'rms', language: 'en-US', engine: 'flite' },
    { id: 'awb', language: 'en-GB', engine: 'flite' },
    { id: 'fr-fr', language: 'fr', engine: 'espeak-lite' },
  ],
  missing: [{ engine: 'espeak-ng', languages: 'de, es, it, pt and 100 more', install: 'apt-get install espeak-ng' }],
};

/** A temp repo holding one video (`demos/demo.mp4`) and its script (`scripts/demo.txt`, "Hello."). */
export async function makeDemoRepo(): Promise<TempRepo> {
  const repo = await makeTempRepo();
  await repo.write('demos/demo.mp4');
  await repo.write('scripts/demo.txt', 'Hello.');
  return repo;
}

/** Config lines of a video entry named `name` using makeDemoRepo's video and script. */
export const demoVideo = (name: string): string[] => [`  - name: ${name}`, '    video: demos/demo.mp4', '    script: scripts/demo.txt'];
