// ffmpeg on runners: FFMPEG_PATH/PATH, else the runner's tool cache, else install it (apt-get, brew, choco);
// the one found is exported as FFMPEG_PATH/FFPROBE_PATH for the pipeline and named in the log.

import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { VoiceoverError } from '../core/errors.js';
import { resolveFfmpeg } from '../media/locate.js';

const exec = promisify(execFile);

/** Where ffmpeg came from, and which binaries. */
export interface FfmpegChoice {
  ffmpeg: string;
  ffprobe: string;
  source: 'FFMPEG_PATH' | 'PATH' | 'tool cache' | 'installed';
}

const arch = (): string => (process.arch === 'arm64' ? 'arm64' : 'x64');

/** ffmpeg + ffprobe in `$RUNNER_TOOL_CACHE/ffmpeg/<version>/<arch>` (the tool-cache layout, newest version first). */
export function toolCacheFfmpeg(toolCache: string | undefined): { ffmpeg: string; ffprobe: string } | undefined {
  if (!toolCache) return undefined;
  const root = path.join(toolCache, 'ffmpeg');
  let versions: string[];
  try {
    versions = readdirSync(root).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  } catch {
    return undefined;
  }
  const exe = process.platform === 'win32' ? '.exe' : '';
  for (const version of versions) {
    const dir = path.join(root, version, arch());
    if (!existsSync(`${dir}.complete`)) continue;
    for (const bin of [dir, path.join(dir, 'bin')]) {
      const ffmpeg = path.join(bin, `ffmpeg${exe}`);
      const ffprobe = path.join(bin, `ffprobe${exe}`);
      if (existsSync(ffmpeg) && existsSync(ffprobe)) return { ffmpeg, ffprobe };
    }
  }
  return undefined;
}

function found(env: NodeJS.ProcessEnv): { ffmpeg: string; ffprobe: string; fromEnv: boolean } | undefined {
  try {
    const location = resolveFfmpeg({ env, useNpm: false });
    return { ffmpeg: location.ffmpeg, ffprobe: location.ffprobe, fromEnv: location.sources.ffmpeg === 'env' };
  } catch {
    return undefined;
  }
}

async function install(log: (line: string) => void): Promise<void> {
  const run = async (cmd: string, args: string[]): Promise<void> => {
    log(`installing ffmpeg: ${cmd} ${args.join(' ')}`);
    await exec(cmd, args, { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  if (process.platform === 'linux') {
    const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
    const [cmd = 'apt-get', ...pre] = [...sudo, 'apt-get'];
    await run(cmd, [...pre, 'update', '-qq']);
    await run(cmd, [...pre, 'install', '-y', '-qq', '--no-install-recommends', 'ffmpeg']);
  } else if (process.platform === 'darwin') {
    await run('brew', ['install', 'ffmpeg']);
  } else if (process.platform === 'win32') {
    await run('choco', ['install', 'ffmpeg', '-y', '--no-progress']);
  } else {
    throw new Error(`no installer for ${process.platform}`);
  }
}

async function versionOf(ffmpeg: string): Promise<string> {
  try {
    const { stdout } = await exec(ffmpeg, ['-hide_banner', '-version']);
    return stdout.split('\n')[0]?.trim() ?? '';
  } catch {
    return 'unknown version';
  }
}

/** ffmpeg already here: FFMPEG_PATH/FFPROBE_PATH, PATH, or the tool cache (no process is started). */
export function locateFfmpeg(env: NodeJS.ProcessEnv): FfmpegChoice | undefined {
  const onPath = found(env);
  if (onPath) return { ffmpeg: onPath.ffmpeg, ffprobe: onPath.ffprobe, source: onPath.fromEnv ? 'FFMPEG_PATH' : 'PATH' };
  const cached = toolCacheFfmpeg(env.RUNNER_TOOL_CACHE);
  return cached ? { ...cached, source: 'tool cache' } : undefined;
}

/**
 * Use the located ffmpeg, else install it; export FFMPEG_PATH/FFPROBE_PATH into `env` and say which one
 * in the log. Its version is logged when known, without holding up the run.
 */
export async function setupFfmpeg(env: NodeJS.ProcessEnv, log: (line: string) => void, located = locateFfmpeg(env)): Promise<{ choice: FfmpegChoice; version: Promise<void> }> {
  let choice = located;
  if (!choice) {
    try {
      await install(log);
    } catch (error) {
      throw new VoiceoverError('FFMPEG_NOT_FOUND', { program: 'ffmpeg', env: 'FFMPEG_PATH' }, {
        cause: error,
        hint: `ffmpeg is not on PATH and installing it failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); add a step that installs it (sudo apt-get install -y ffmpeg) or set FFMPEG_PATH and FFPROBE_PATH`,
      });
    }
    const after = found(env);
    if (!after) throw new VoiceoverError('FFMPEG_NOT_FOUND', { program: 'ffmpeg', env: 'FFMPEG_PATH' });
    choice = { ffmpeg: after.ffmpeg, ffprobe: after.ffprobe, source: 'installed' };
  }
  env.FFMPEG_PATH = choice.ffmpeg;
  env.FFPROBE_PATH = choice.ffprobe;
  log(`ffmpeg: ${choice.ffmpeg} (${choice.source})`);
  return { choice, version: versionOf(choice.ffmpeg).then((v) => log(`ffmpeg version: ${v}`)) };
}

/** ffprobe without installing anything (the plan job only probes, and can estimate without it). */
export function findFfprobe(env: NodeJS.ProcessEnv): boolean {
  const choice = locateFfmpeg(env);
  if (!choice) return false;
  env.FFMPEG_PATH = choice.ffmpeg;
  env.FFPROBE_PATH = choice.ffprobe;
  return true;
}
