// dist/ is what a runner executes: it must be exactly the ncc bundle of the current sources
// (rebuilt here into a temp folder), carrying flite.wasm and the DejaVu fonts beside index.js.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/action-process.js';

const exec = promisify(execFile);
const NCC = join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

describe('dist/', () => {
  it('matches a fresh build of src/github/main.ts, file for file and byte for byte (run `npm run build:action`)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'voiceover-dist-'));
    // The same command as the build:action script, into a temp folder.
    await exec(process.execPath, [NCC, 'build', 'src/github/main.ts', '-o', out, '-t', '--license', 'licenses.txt', '-q'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const committed = (await readdir(join(ROOT, 'dist'))).sort();
    const fresh = (await readdir(out)).sort();
    expect(committed).toEqual(fresh);
    const differing: string[] = [];
    for (const file of fresh) {
      const [a, b] = await Promise.all([readFile(join(ROOT, 'dist', file)), readFile(join(out, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
    expect(fresh).toEqual(expect.arrayContaining(['index.js', 'package.json', 'flite.wasm', 'DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'licenses.txt']));
    expect(JSON.parse(await readFile(join(out, 'package.json'), 'utf8'))).toEqual({ type: 'module' });
  }, 300_000);

  it('declares a node24 action whose main is the bundle, with every input and output', async () => {
    const yml = await readFile(join(ROOT, 'action.yml'), 'utf8');
    expect(yml).toMatch(/^runs:\n {2}using: 'node24'\n {2}main: 'dist\/index\.js'$/m);
    const inputs = ['config', 'backend', 'nemo-token', 'nemo-api-url', 'openai-api-key', 'openai-base-url', 'elevenlabs-api-key', 'elevenlabs-base-url', 'only', 'changed-only', 'force', 'artifact-prefix', 'retention-days', 'comment', 'github-token', 'concurrency', 'fail-on', 'mode', 'shard', 'shards', 'run-id'];
    const outputs = ['results', 'delivered', 'failed', 'skipped', 'artifact-urls', 'credits-available', 'matrix'];
    for (const name of [...inputs, ...outputs]) expect(yml).toMatch(new RegExp(`^ {2}${name}:\\n {4}description: '.+'$`, 'm'));
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## GitHub Action'));
    for (const name of [...inputs, ...outputs]) expect(section).toContain(`| \`${name}\` |`);
  });
});
