// Cloud voices through the real launcher: a missing key fails only its video (the flite one delivers),
// `check` warns at the voice's line, and a key never shows in stdout, stderr, report.json or any output file.

import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAIStandIn, type StandIn } from '../helpers/cloud-stand-ins.js';
import { makeClip, tempRepo, writeText } from '../helpers/media.js';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/voiceover.js');

async function voiceover(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const clean = { ...process.env, NEMO_TOKEN: '', OPENAI_API_KEY: '', ELEVENLABS_API_KEY: '', ...env };
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd, env: clean });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every file under a folder, as bytes. */
async function allFiles(dir: string): Promise<{ file: string; bytes: Buffer }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((e) => e.isFile()).map(async (e) => ({ file: join(e.parentPath, e.name), bytes: await readFile(join(e.parentPath, e.name)) })));
}

let server: StandIn;
let repo = '';

beforeAll(async () => {
  // The launcher runs the compiled CLI; build it from the current sources (a type error elsewhere still emits).
  await exec('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT }).catch(() => undefined);
  server = await startOpenAIStandIn();
  repo = await tempRepo('voiceover-cloud-cli-');
  await makeClip(join(repo, 'clip.mp4'), { duration: 3, width: 320, height: 240 });
  await writeText(
    join(repo, 'voiceover.config.yml'),
    [
      'version: 1',
      'defaults:',
      '  output: { resolution: keep }',
      'videos:',
      '  - name: local',
      '    video: clip.mp4',
      '    script: "[00:00.2] Spoken here."',
      '  - name: cloud',
      '    video: clip.mp4',
      '    voice: openai:alloy',
      '    script: "[00:00.2] Spoken there."',
      '  - name: tagged',
      '    video: clip.mp4',
      '    script: "[00:00.2] {voice=elevenlabs:abc} Tagged."',
      '',
    ].join('\n'),
  );
}, 180_000);
afterAll(async () => {
  await server.close();
});

describe('voiceover with a cloud voice', () => {
  it('check warns at the voice line when the key is missing; run fails only that video, naming the variable and input', async () => {
    const check = await voiceover(['check'], repo, {});
    expect(check.code).toBe(0);
    expect(check.stderr).toContain('voiceover.config.yml:10:12 warning: voice `openai:alloy` needs OPENAI_API_KEY, which is not set');
    expect(check.stderr).toContain('action input openai-api-key');
    expect(check.stderr).toContain('voiceover.config.yml:14:24 warning: {voice=elevenlabs:abc}: voice "elevenlabs:abc" needs ELEVENLABS_API_KEY, which is not set');

    const voices = await voiceover(['voices'], repo, { ELEVENLABS_API_KEY: 'el-set' });
    expect(voices.stdout).toContain('openai (cloud): any voice openai:<id> of the service; OPENAI_API_KEY is not set (in a workflow: the action input openai-api-key)');
    expect(voices.stdout).toContain('elevenlabs (cloud): any voice elevenlabs:<id> of the service; ELEVENLABS_API_KEY is set');
    expect(voices.stdout).toMatch(/^openai:alloy +en +openai$/m);

    const run = await voiceover(['run', '--out', 'out-nokey'], repo, { OPENAI_BASE_URL: server.baseUrl });
    expect(run.code).toBe(1);
    const report = JSON.parse(await readFile(join(repo, 'out-nokey/report.json'), 'utf8'));
    expect(report.items.map((i: { name: string; status: string }) => [i.name, i.status])).toEqual([['local', 'delivered'], ['cloud', 'failed'], ['tagged', 'failed']]);
    expect(report.items[1].error).toMatchObject({ code: 'TTS_KEY_MISSING', message: 'voice openai:alloy needs an API key: OPENAI_API_KEY is not set' });
    expect(run.stderr).toContain('hint: set OPENAI_API_KEY (in a workflow: a repository secret passed as the action input openai-api-key)');
    expect(server.requests).toHaveLength(0);
  });

  it('a key, right or refused, is in no output: stdout, stderr, report.json, or any file of the output folder', async () => {
    const wrong = 'sk-this-key-is-wrong-and-secret-42';
    const refused = await voiceover(['run', '--out', 'out-wrong', '--only', 'cloud', '--json'], repo, { OPENAI_API_KEY: wrong, OPENAI_BASE_URL: server.baseUrl });
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).items[0].error.code).toBe('TTS_AUTH');
    const right = await voiceover(['run', '--out', 'out-right', '--only', 'local', 'cloud'], repo, { OPENAI_API_KEY: server.key, OPENAI_BASE_URL: server.baseUrl });
    expect(right.code).toBe(0);
    expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${server.key}`);
    const texts = [refused.stdout, refused.stderr, right.stdout, right.stderr];
    for (const text of texts) {
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(server.key);
    }
    const files = [...(await allFiles(join(repo, 'out-wrong'))), ...(await allFiles(join(repo, 'out-right')))];
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining([join(repo, 'out-wrong/report.json'), join(repo, 'out-right/cloud.mp4')]));
    for (const { file, bytes } of files) {
      expect(bytes.includes(wrong), file).toBe(false);
      expect(bytes.includes(server.key), file).toBe(false);
    }
  });
});
