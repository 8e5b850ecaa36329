// Config mistakes through the real CLI process (issue 7 item 7): an alias with no anchor and an alias bomb used to end
// in a stack trace from inside `yaml` and exit 1; a binary script file was read as text. Now: FILE:LINE:COL, exit 2.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { tempRepo, writeText } from '../helpers/media.js';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/voiceover.js');

async function voiceover(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NEMO_TOKEN: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** No stack frame, no error class name from a throw: only diagnostics. */
const noStackTrace = (stderr: string): void => {
  expect(stderr).not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(stderr).not.toMatch(/ReferenceError|TypeError|Error: Merge sources|node:internal/);
};

beforeAll(async () => {
  // The launcher runs the compiled CLI; build it from the current sources.
  await exec('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
}, 120_000);

const CASES: { name: string; lines: string[]; where: string; says: RegExp; files?: Record<string, Buffer> }[] = [
  {
    name: 'an alias whose anchor is missing',
    lines: ['version: 1', 'videos:', '  - name: a', '    video: clip.mp4', '    script: *intro'],
    where: 'voiceover.config.yml:5:13 ',
    says: /alias `\*intro` refers to no anchor: there is no `&intro` \(this file sets no anchors\) \(hint: set the anchor/,
  },
  {
    name: 'a misspelt anchor',
    lines: ['version: 1', 'x-intro: &intro Hello there.', 'videos:', '  - name: a', '    video: clip.mp4', '    script: *itnro'],
    where: 'voiceover.config.yml:6:13 ',
    says: /there is no `&itnro`; did you mean `intro`\?/,
  },
  {
    name: 'an alias bomb',
    lines: [
      'version: 1',
      'x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      'x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'videos:',
      '  - name: a',
      '    video: clip.mp4',
      '    script: hi',
      '    x: *e',
    ],
    where: 'voiceover.config.yml:4:10 ',
    says: /aliases nested inside anchored values repeat each other too many times/,
  },
  {
    name: 'a binary script file',
    lines: ['version: 1', 'videos:', '  - name: a', '    video: clip.mp4', '    script: scripts/intro.txt'],
    files: { 'scripts/intro.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
    where: 'voiceover.config.yml:5:13 ',
    says: /script file `scripts\/intro\.txt` is not (UTF-8 text|a text file)/,
  },
];

describe('a config mistake never crashes the CLI', () => {
  it.each(CASES)('$name: check and run print FILE:LINE:COL and exit 2', async (c) => {
    const repo = await tempRepo();
    await writeText(join(repo, 'clip.mp4'), 'checked for existence only');
    await writeText(join(repo, 'voiceover.config.yml'), `${c.lines.join('\n')}\n`);
    for (const [name, bytes] of Object.entries(c.files ?? {})) await writeFile(await writeText(join(repo, name), ''), bytes);
    for (const command of ['check', 'run']) {
      const { code, stderr } = await voiceover([command, '--backend', 'local'], repo);
      expect(code, `${command}: ${stderr}`).toBe(2);
      const line = stderr.split('\n').find((l) => l.startsWith(c.where));
      expect(line, `${command}: ${stderr}`).toMatch(c.says);
      noStackTrace(stderr);
    }
  });
});
