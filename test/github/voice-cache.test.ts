// The voice store in the action, through a local stand-in of the Actions cache service (v2 Twirp + azurite):
// the first run restores nothing and saves what it installed, a second run restores the same files and saves
// nothing; cache trouble never fails a run. And sherpa-onnx-node installed with npm into the tool cache.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError, readInputs } from '../../src/github/inputs.js';
import { SHERPA_ONNX_VERSION, setupSherpaOnnx, sherpaCacheKey } from '../../src/github/sherpa-setup.js';
import { folderSignature, neededVoices, restoreVoices, voicesCacheKey } from '../../src/github/voice-cache.js';
import { setupVoices } from '../../src/github/voice-setup.js';
import { sherpaAvailability } from '../../src/tts/sherpa-addon.js';
import { testItem } from '../helpers/item.js';
import { startAzurite, type Azurite } from './helpers/azurite.js';
import { startCacheService, type CacheService } from './helpers/cache-service.js';

let azurite: Azurite;
let service: CacheService;
beforeAll(async () => {
  azurite = await startAzurite();
  service = await startCacheService(azurite);
}, 60_000);
afterAll(async () => {
  await service?.stop();
  await azurite?.stop();
});

let base = '';
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'voiceover-voice-cache-'));
  await mkdir(path.join(base, 'workspace'));
  // @actions/cache reads the process environment: the service, the workspace (tar's folder), RUNNER_TEMP.
  for (const [name, value] of Object.entries(service.env())) vi.stubEnv(name, value);
  vi.stubEnv('GITHUB_WORKSPACE', path.join(base, 'workspace'));
  vi.stubEnv('RUNNER_TEMP', path.join(base, 'temp'));
  vi.stubEnv('VOICEOVER_SHERPA_ONNX_DIR', undefined);
  vi.stubEnv('VOICEOVER_VOICES_DIR', undefined);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  service.entries.length = 0;
  service.calls.length = 0;
  await rm(base, { recursive: true, force: true });
});

/** A fresh runner: an empty tool cache at the same path as every runner's (the cache's version hashes the paths). */
async function runner(): Promise<NodeJS.ProcessEnv> {
  await rm(path.join(base, 'runner'), { recursive: true, force: true });
  return { RUNNER_TOOL_CACHE: path.join(base, 'runner', 'toolcache'), RUNNER_TEMP: path.join(base, 'runner', 'temp') };
}
const log = () => {
  const lines: string[] = [];
  return { lines, info: (l: string) => void lines.push(l), warning: (l: string) => void lines.push(`warning: ${l}`), error: (m: string, t: string) => void lines.push(`error: ${t}: ${m}`) };
};

/** What an install leaves in the store: an unpacked voice folder (the store's installer stands in as files). */
async function install(dir: string, folder: string): Promise<Buffer> {
  const model = randomBytes(300_000);
  await mkdir(path.join(dir, folder, 'espeak-ng-data'), { recursive: true });
  await writeFile(path.join(dir, folder, 'model.onnx'), model);
  await writeFile(path.join(dir, folder, 'tokens.txt'), '_ 0\na 1\n');
  await writeFile(path.join(dir, folder, 'espeak-ng-data', 'phontab'), randomBytes(1000));
  return model;
}

const AMY = 'piper:en_US-amy-medium';

describe('voices a run needs', () => {
  it('the local items’ voices and {voice=…} tags from the store engines only; auto, Flite and nemo items need none', () => {
    const items = [
      testItem({ name: 'a', voice: AMY }),
      testItem({ name: 'b', voice: 'slt', script: { text: '[00:01] {voice=kokoro:af_heart} Hi.\n[00:03] {voice=rms} Bye.', format: 'text', rel: 'c.yml', lineOffset: 0 } }),
      testItem({ name: 'c', voice: 'auto' }),
      testItem({ name: 'd', voice: 'piper:de_DE-thorsten-medium', backend: 'nemo' }),
      testItem({ name: 'e', voice: 'kokoro' }),
    ];
    expect(neededVoices(items, (item) => item.backend !== 'nemo')).toEqual(['kokoro', 'kokoro:af_heart', AMY]);
    expect(neededVoices([testItem({ voice: 'auto' }), testItem({ voice: 'rms' })], () => true)).toEqual([]);
  });

  it('the voices-cache input: true unless set to false', () => {
    const read = (values: Record<string, string>) => readInputs((n) => values[n] ?? '');
    expect(read({}).voicesCache).toBe(true);
    expect(read({ 'voices-cache': 'false' }).voicesCache).toBe(false);
    expect(() => read({ 'voices-cache': 'sometimes' })).toThrow(new InputError('input voices-cache: "sometimes" is not a boolean (use true or false)'));
  });

  it('one key per set of voices and catalogue version, whatever the order', () => {
    expect(voicesCacheKey([AMY, 'kokoro:af_heart'], '3')).toBe(voicesCacheKey(['kokoro:af_heart', AMY], '3'));
    expect(voicesCacheKey([AMY], '3')).toMatch(/^voiceover-voices-3-[0-9a-f]{16}$/);
    expect(voicesCacheKey([AMY], '4')).not.toBe(voicesCacheKey([AMY], '3'));
    expect(voicesCacheKey([AMY, 'kokoro:af_heart'], '3')).not.toBe(voicesCacheKey([AMY], '3'));
  });
});

describe('the voice store through the Actions cache', () => {
  it('first run: restores nothing, installs, saves; second run on a fresh runner: restores the same files, installs and saves nothing', async () => {
    const first = await runner();
    const session = await restoreVoices([AMY], { env: first, catalogueVersion: '1', log: log(), enabled: true });
    expect(session.restored).toBeUndefined();
    expect(first.VOICEOVER_VOICES_DIR).toBe(path.join(first.RUNNER_TOOL_CACHE!, 'voiceover', 'voices'));
    const model = await install(session.dir, 'vits-piper-en_US-amy-medium');
    const installed = await folderSignature(session.dir);
    expect(installed.split('\n')).toHaveLength(3);
    expect(await session.save()).toBe('saved');
    expect(service.entries).toMatchObject([{ key: voicesCacheKey([AMY], '1'), finalized: true }]);
    expect(service.entries[0]!.size).toBeGreaterThan(0);

    service.calls.length = 0;
    const second = await runner();
    expect(existsSync(session.dir)).toBe(false);
    const again = await restoreVoices([AMY], { env: second, catalogueVersion: '1', log: log(), enabled: true });
    expect(again.restored).toBe(voicesCacheKey([AMY], '1'));
    expect(await readFile(path.join(again.dir, 'vits-piper-en_US-amy-medium', 'model.onnx'))).toEqual(model);
    expect(await folderSignature(again.dir)).toBe(installed);
    expect(await again.save()).toBe('unchanged');
    expect(service.calls.map((c) => c.method)).toEqual(['GetCacheEntryDownloadURL']);
    expect(service.entries).toHaveLength(1);
  }, 60_000);

  it('a new set of voices starts from the newest store of the catalogue and saves under its own key; a new catalogue starts empty', async () => {
    const first = await restoreVoices([AMY], { env: await runner(), catalogueVersion: '1', log: log(), enabled: true });
    await install(first.dir, 'vits-piper-en_US-amy-medium');
    await first.save();
    const both = [AMY, 'kokoro:af_heart'];
    const second = await restoreVoices(both, { env: await runner(), catalogueVersion: '1', log: log(), enabled: true });
    expect(second.restored).toBe(voicesCacheKey([AMY], '1'));
    expect(existsSync(path.join(second.dir, 'vits-piper-en_US-amy-medium', 'model.onnx'))).toBe(true);
    await install(second.dir, 'kokoro-multi-lang-v1_0');
    expect(await second.save()).toBe('saved');
    expect(service.entries.map((e) => e.key)).toEqual([voicesCacheKey([AMY], '1'), voicesCacheKey(both, '1')]);
    // Nothing installed on top of a restored store: nothing saved.
    const third = await restoreVoices(['kokoro:af_heart'], { env: await runner(), catalogueVersion: '1', log: log(), enabled: true });
    expect(third.restored).toBe(voicesCacheKey(both, '1'));
    expect(await third.save()).toBe('unchanged');
    const fresh = await restoreVoices([AMY], { env: await runner(), catalogueVersion: '2', log: log(), enabled: true });
    expect(fresh.restored).toBeUndefined();
    expect(existsSync(fresh.dir)).toBe(false);
  }, 60_000);

  it('voices-cache: false and a runner without the cache service leave the cache alone; a VOICEOVER_VOICES_DIR set by the workflow is kept', async () => {
    const env = { ...await runner(), VOICEOVER_VOICES_DIR: path.join(base, 'my-voices') };
    const off = await restoreVoices([AMY], { env, catalogueVersion: '1', log: log(), enabled: false });
    expect(off.dir).toBe(path.join(base, 'my-voices'));
    await install(off.dir, 'vits-piper-en_US-amy-medium');
    expect(await off.save()).toBe('off');
    vi.stubEnv('ACTIONS_RESULTS_URL', undefined);
    const logged = log();
    const none = await restoreVoices([AMY], { env: await runner(), catalogueVersion: '1', log: logged, enabled: true });
    expect(await none.save()).toBe('off');
    expect(logged.lines.join('\n')).toContain('no Actions cache service here');
    expect(service.calls).toEqual([]);
  });

  it('a cache service that refuses every call is no failure: nothing restored, the save reports failed, nothing thrown', async () => {
    const refusing: Server = createServer((_req, res) => res.writeHead(400, { 'content-type': 'application/json' }).end('{"code":"malformed","msg":"no"}'));
    await new Promise<void>((r) => refusing.listen(0, '127.0.0.1', r));
    try {
      vi.stubEnv('ACTIONS_RESULTS_URL', `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/`);
      const session = await restoreVoices([AMY], { env: await runner(), catalogueVersion: '1', log: log(), enabled: true });
      expect(session.restored).toBeUndefined();
      await install(session.dir, 'vits-piper-en_US-amy-medium');
      expect(await session.save()).toBe('failed');
    } finally {
      await new Promise((r) => refusing.close(r));
    }
  });
});

describe('sherpa-onnx-node in the action', () => {
  it('the version the action installs is the one package-lock.json pins', async () => {
    const lock = JSON.parse(await readFile(new URL('../../package-lock.json', import.meta.url), 'utf8'));
    expect(SHERPA_ONNX_VERSION).toBe(lock.packages['node_modules/sherpa-onnx-node'].version);
  });

  it('installed with npm into the tool cache and kept in the Actions cache; the next runner restores it without npm', async () => {
    // npm offline: the registry's tarballs from npm's own cache (the repository's npm ci filled it).
    const env: NodeJS.ProcessEnv = { ...await runner(), PATH: process.env.PATH, HOME: process.env.HOME, npm_config_offline: 'true' };
    const first = await setupSherpaOnnx(env, { log: log(), cache: true, useNodeModules: false });
    expect(first.source).toBe('installed');
    expect(env.VOICEOVER_SHERPA_ONNX_DIR).toBe(first.dir);
    expect(first.dir).toBe(path.join(env.RUNNER_TOOL_CACHE!, 'sherpa-onnx-node', SHERPA_ONNX_VERSION, process.arch));
    // The engine finds the package and its native binaries there.
    expect(process.env.VOICEOVER_SHERPA_ONNX_DIR).toBe(first.dir);
    expect(sherpaAvailability()).toEqual({ ok: true });
    expect(service.entries).toMatchObject([{ key: sherpaCacheKey(), finalized: true }]);
    // Same runner, a later step: the tool cache. A fresh runner with no npm at all: the Actions cache.
    delete env.VOICEOVER_SHERPA_ONNX_DIR;
    expect((await setupSherpaOnnx(env, { log: log(), cache: true, useNodeModules: false })).source).toBe('tool cache');
    const second = { ...await runner(), PATH: path.join(base, 'no-bin') };
    const restored = await setupSherpaOnnx(second, { log: log(), cache: true, useNodeModules: false });
    expect(restored.source).toBe('Actions cache');
    expect(existsSync(path.join(restored.dir, 'node_modules', `sherpa-onnx-${process.platform}-${process.arch}`))).toBe(true);
  }, 120_000);

  it('without npm: SHERPA_SETUP_FAILED with the fix, reported as an error while the run goes on', async () => {
    const env: NodeJS.ProcessEnv = { ...await runner(), PATH: path.join(base, 'no-bin') };
    const error = await setupSherpaOnnx(env, { log: log(), cache: false, useNodeModules: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SHERPA_SETUP_FAILED', message: `natural voices need sherpa-onnx-node@${SHERPA_ONNX_VERSION}, and installing it failed: npm was not found on PATH` });
    expect((error as { hint: string }).hint).toContain('VOICEOVER_SHERPA_ONNX_DIR');
    const logged = log();
    const session = await setupVoices([testItem({ voice: AMY })], { env, catalogueVersion: '1', cache: false, log: logged, isLocal: () => true, useNodeModules: false });
    expect(session?.dir).toBe(env.VOICEOVER_VOICES_DIR);
    expect(logged.lines.filter((l) => l.startsWith('error: '))).toEqual([expect.stringMatching(/^error: sherpa-onnx not installed: natural voices need .*npm was not found on PATH \(the action installs it with npm/)]);
    // No natural voice: nothing to set up.
    expect(await setupVoices([testItem({ voice: 'slt' })], { env: await runner(), catalogueVersion: '1', cache: true, log: log(), isLocal: () => true })).toBeUndefined();
  });
});
