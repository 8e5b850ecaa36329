// sherpa-onnx (Piper/Kokoro voices) in the action: its native addon (a .node plus .so files) cannot live in
// the ncc bundle, so when a run needs a natural voice, sherpa-onnx-node of the pinned version is installed with
// npm into the runner's tool cache (kept in the Actions cache per version, OS and CPU), and named to the engine
// in VOICEOVER_SHERPA_ONNX_DIR.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { VoiceoverError } from '../core/errors.js';
import { sherpaAvailability } from '../tts/sherpa-addon.js';
import { cacheAvailable, restoreFolder, saveFolder, type CacheLog } from './actions-cache.js';

const exec = promisify(execFile);

/** sherpa-onnx-node's version in package-lock.json (a test keeps them equal): the one the engine was tested with. */
export const SHERPA_ONNX_VERSION = '1.13.8';

/** Where sherpa-onnx came from. */
export type SherpaSource = 'VOICEOVER_SHERPA_ONNX_DIR' | 'node_modules' | 'tool cache' | 'Actions cache' | 'installed';

/** The tool-cache folder of a version (`<tool cache>/sherpa-onnx-node/<version>/<arch>`, with `<folder>.complete` once whole). */
export function sherpaToolDir(env: NodeJS.ProcessEnv, version = SHERPA_ONNX_VERSION): string {
  const base = env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || path.resolve('.voiceover-tool-cache');
  return path.join(base, 'sherpa-onnx-node', version, process.arch);
}

/** The Actions cache key of an installed addon: version, OS and CPU. */
export const sherpaCacheKey = (version = SHERPA_ONNX_VERSION): string => `voiceover-sherpa-onnx-node-${version}-${process.platform}-${process.arch}`;

const complete = (dir: string): boolean => existsSync(`${dir}.complete`) && existsSync(path.join(dir, 'node_modules', 'sherpa-onnx-node', 'sherpa-onnx.js'));

const firstLine = (error: unknown): string => {
  const e = error as { code?: string; stderr?: string; message?: string };
  if (e.code === 'ENOENT') return 'npm was not found on PATH';
  const stderr = (e.stderr ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  return stderr.slice(-3).join(' ') || (e.message ?? String(error)).split('\n')[0]!;
};

async function npmInstall(dir: string, version: string, env: NodeJS.ProcessEnv, log: CacheLog): Promise<void> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const spec = `sherpa-onnx-node@${version}`;
  log.info(`sherpa-onnx: installing ${spec} into ${dir} (npm)`);
  try {
    await exec(npm, ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', spec], {
      env: { ...env, npm_config_update_notifier: 'false' },
      maxBuffer: 16 * 1024 * 1024,
      shell: process.platform === 'win32',
    });
  } catch (error) {
    throw new VoiceoverError('SHERPA_SETUP_FAILED', { spec, detail: firstLine(error) }, { cause: error });
  }
  if (!existsSync(path.join(dir, 'node_modules', 'sherpa-onnx-node', 'sherpa-onnx.js'))) {
    throw new VoiceoverError('SHERPA_SETUP_FAILED', { spec, detail: `npm finished but ${dir} holds no sherpa-onnx-node` });
  }
  await writeFile(`${dir}.complete`, '');
}

/** Options of `setupSherpaOnnx`. */
export interface SherpaSetupOptions {
  log: CacheLog;
  /** Keep the installed addon in the Actions cache (the `voices-cache` input). */
  cache: boolean;
  version?: string;
  /** Use a sherpa-onnx-node found in node_modules (default true; the bundle has none). */
  useNodeModules?: boolean;
}

/**
 * Make sherpa-onnx-node loadable for the engine: a VOICEOVER_SHERPA_ONNX_DIR the workflow set or a package in
 * node_modules is used as it is; else the tool cache, the Actions cache, or `npm install` (which needs npm: it is
 * on GitHub-hosted runners). Sets VOICEOVER_SHERPA_ONNX_DIR in `env` (and the process: the engine reads it there).
 * Throws SHERPA_SETUP_FAILED, whose hint says how to provide it another way.
 */
export async function setupSherpaOnnx(env: NodeJS.ProcessEnv, options: SherpaSetupOptions): Promise<{ dir: string; source: SherpaSource }> {
  const { log } = options;
  const version = options.version ?? SHERPA_ONNX_VERSION;
  const named = env.VOICEOVER_SHERPA_ONNX_DIR?.trim();
  if (named) return { dir: named, source: 'VOICEOVER_SHERPA_ONNX_DIR' };
  if (options.useNodeModules !== false && sherpaAvailability().ok) return { dir: '', source: 'node_modules' };
  const dir = sherpaToolDir(env, version);
  const use = (source: SherpaSource) => {
    env.VOICEOVER_SHERPA_ONNX_DIR = dir;
    process.env.VOICEOVER_SHERPA_ONNX_DIR = dir;
    log.info(`sherpa-onnx: sherpa-onnx-node@${version} in ${dir} (${source})`);
    return { dir, source };
  };
  if (complete(dir)) return use('tool cache');
  const cached = options.cache && cacheAvailable();
  const key = sherpaCacheKey(version);
  if (cached && (await restoreFolder(path.dirname(dir), key, [], log, 'sherpa-onnx')) !== undefined && complete(dir)) return use('Actions cache');
  await npmInstall(dir, version, env, log);
  if (cached) await saveFolder(path.dirname(dir), key, log, 'sherpa-onnx');
  return use('installed');
}
