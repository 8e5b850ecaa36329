// The voice store's folder and its mechanics: where it is, the mirror, a temp folder inside it (so the final
// rename is atomic), stale temp folders of killed installs, the lock per archive, unpacking into a temp folder.

import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { VoiceoverError } from '../core/errors.js';
import { throwIfAborted } from '../core/progress.js';
import { urlFileName } from './catalogue.js';

/** `$VOICEOVER_VOICES_DIR`, else `$XDG_CACHE_HOME/voiceover/voices`, else `~/.cache/voiceover/voices`. */
export function voiceStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  const named = env.VOICEOVER_VOICES_DIR?.trim();
  if (named) return resolve(named);
  const cache = env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache');
  return join(cache, 'voiceover', 'voices');
}

/** The URL a file is fetched from: the catalogue's, or the mirror's (`VOICEOVER_VOICES_URL`/<file name>). */
export function downloadUrl(url: string, env: NodeJS.ProcessEnv = process.env): string {
  const mirror = env.VOICEOVER_VOICES_URL?.trim();
  return mirror ? `${mirror.replace(/\/+$/, '')}/${encodeURIComponent(urlFileName(url))}` : url;
}

/** VOICE_STORE_UNWRITABLE for `dir`, with the system's reason. */
export function unwritable(dir: string, error: unknown): VoiceoverError {
  const code = (error as NodeJS.ErrnoException).code;
  return new VoiceoverError('VOICE_STORE_UNWRITABLE', { dir, detail: code ?? (error as Error).message }, { cause: error });
}

/** A temp folder older than this was left by a killed process (a live install renews nothing, but none lasts a day). */
const STALE_TEMP_MS = 24 * 3600 * 1000;

async function removeStaleTemps(store: string): Promise<void> {
  for (const name of (await readdir(store).catch(() => [] as string[])).filter((n) => n.startsWith('.tmp-'))) {
    const info = await stat(join(store, name)).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await rm(join(store, name), { recursive: true, force: true });
  }
}

/** Create the store and a temp folder inside it (the same file system, so the final rename is atomic). */
export async function tempInStore(store: string): Promise<string> {
  try {
    await mkdir(store, { recursive: true });
    await access(store, constants.W_OK);
    await removeStaleTemps(store);
    return await mkdtemp(join(store, '.tmp-'));
  } catch (error) {
    throw unwritable(store, error);
  }
}

/** Hold the store's lock for `name` while `work` runs (another run waits, then finds the voice installed). */
export async function withLock<T>(store: string, name: string, work: () => Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  try {
    await mkdir(store, { recursive: true });
    // The lock and unpack modules load on use: listing the store's voices (every command) needs neither.
    const { default: lockfile } = await import('proper-lockfile');
    release = await lockfile.lock(store, {
      lockfilePath: join(store, `.${name}.lock`),
      realpath: false,
      // A killed run's lock is taken over once it has not been renewed for 20 s.
      stale: 20_000,
      update: 5_000,
      retries: { retries: 2000, minTimeout: 100, maxTimeout: 1000 },
      // A lock found stale by another run (this one stalled past `stale`) must not crash this process: the
      // final rename replaces a folder atomically either way.
      onCompromised: () => undefined,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw error;
    throw unwritable(store, error);
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}

/** Unpack a .tar.bz2 into `built`: its single top folder's content (sherpa-onnx archives have one), else all of it. */
export async function unpackInto(archive: string, built: string, label: string, signal?: AbortSignal): Promise<void> {
  const raw = `${built}.unpacked`;
  try {
    const { unpackTarBz2 } = await import('./voice-unpack.js');
    await unpackTarBz2(archive, raw, signal);
  } catch (error) {
    throwIfAborted(signal);
    throw new VoiceoverError('VOICE_ARCHIVE_INVALID', { file: label, detail: `cannot be unpacked as .tar.bz2: ${(error as Error).message}` }, { cause: error });
  }
  const top = await readdir(raw);
  const only = top.length === 1 ? join(raw, top[0]!) : undefined;
  await rename(only && (await stat(only)).isDirectory() ? only : raw, built);
}
