// The voice store: installed neural voices, one folder per archive with a voice.json, and installing one.
// An install downloads to a temp folder inside the store, verifies it against its pin, unpacks (or converts)
// it, proves it speaks, and only then renames it into place: nothing half-installed is ever visible, and an
// abort leaves nothing behind. A lock per archive lets two runs install the same voice at once.

import { cp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { VoiceoverError } from '../core/errors.js';
import { throwIfAborted } from '../core/progress.js';
import { findCatalogueEntryByFile, findCatalogueVoice, urlFileName } from './catalogue.js';
import type { CatalogueEntry, InstallProgress, InstalledVoice } from './neural-types.js';
import { convertPiperPair } from './voice-convert.js';
import { downloadFile } from './voice-download.js';
import { espeakDataFor } from './voice-espeak.js';
import { archiveVoiceName, describeVoiceFolder, sha256OfFile, type StoredVoice } from './voice-layout.js';
import { checkConfigPin, checkPin, checkTrusted, md5OfFile, recordTrusted } from './voice-pins.js';
import { downloadUrl, tempInStore, unpackInto, voiceStoreDir, withLock } from './voice-store-fs.js';

export { downloadUrl, voiceStoreDir } from './voice-store-fs.js';


/** What voice.json records about one installed archive. */
interface Manifest {
  format: 1;
  /** Catalogue entry id, or undefined for a custom voice. */
  entry?: string;
  /** The downloaded (or brought) file: its size and sha256; for a trust-on-first-use entry, what was trusted. */
  file?: { name: string; size: number; sha256: string; pinned: 'published' | 'tofu' | 'none' };
  installedAt: string;
  voices: StoredVoice[];
}

/** Options of every install. */
export interface InstallOptions {
  signal?: AbortSignal;
  onProgress?: (progress: InstallProgress) => void;
  /** Prove a voice before it enters the store (default: sherpa-prove.ts's proveVoice). */
  prove?: (voice: InstalledVoice, signal?: AbortSignal) => Promise<unknown>;
  env?: NodeJS.ProcessEnv;
  /** Where the system's espeak-ng-data may be (default: Debian's, Homebrew's …); tests pass none. */
  systemEspeakData?: readonly string[];
}

function resolveVoice(dir: string, voice: StoredVoice): InstalledVoice {
  const at = (file: string): string => resolve(dir, file);
  return {
    ...voice,
    dir,
    model: at(voice.model),
    tokens: at(voice.tokens),
    dataDir: at(voice.dataDir),
    ...(voice.voices ? { voices: at(voice.voices) } : {}),
    ...(voice.lexicon ? { lexicon: voice.lexicon.split(',').map(at).join(',') } : {}),
  };
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, 'voice.json'), 'utf8')) as Manifest | StoredVoice | StoredVoice[];
    // A bare voice (or list) placed by hand, paths absolute or relative to the folder, is listed too.
    if (Array.isArray(parsed)) return { format: 1, installedAt: '', voices: parsed };
    if ('id' in parsed && 'model' in parsed) return { format: 1, installedAt: '', voices: [parsed] };
    return 'format' in parsed && parsed.format === 1 && Array.isArray(parsed.voices) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Every voice installed in the store (folders being installed start with a dot and are never listed). */
export async function listInstalledVoices(env: NodeJS.ProcessEnv = process.env): Promise<InstalledVoice[]> {
  const store = voiceStoreDir(env);
  const names = await readdir(store).catch(() => [] as string[]);
  const voices: InstalledVoice[] = [];
  for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
    const manifest = await readManifest(join(store, name));
    if (manifest) voices.push(...manifest.voices.map((voice) => resolveVoice(join(store, name), voice)));
  }
  return voices;
}

/** The installed voice `id` (case-insensitive), or undefined. */
export async function findInstalledVoice(id: string, env: NodeJS.ProcessEnv = process.env): Promise<InstalledVoice | undefined> {
  const wanted = id.trim().toLowerCase();
  return (await listInstalledVoices(env)).find((voice) => voice.id.toLowerCase() === wanted);
}

/** The espeak-ng-data folders installed voices brought (a raw Piper voice may copy one). */
async function installedDataDirs(env: NodeJS.ProcessEnv): Promise<string[]> {
  return [...new Set((await listInstalledVoices(env)).map((voice) => voice.dataDir))];
}

/** The store folder a catalogue entry unpacks into. */
function entryDirName(entry: CatalogueEntry): string {
  const file = urlFileName(entry.url);
  return entry.format === 'piper-onnx' ? `piper-${file.replace(/\.onnx$/, '')}` : file.replace(/\.tar\.bz2$/, '');
}




/** Prove, write voice.json, and rename `built` into `<store>/<name>`, replacing what was there. */
async function commit(store: string, temp: string, built: string, name: string, manifest: Omit<Manifest, 'voices' | 'format' | 'installedAt'>, label: string, options: InstallOptions, progressId: string): Promise<InstalledVoice[]> {
  const { signal } = options;
  const voices = await describeVoiceFolder(built, manifest.entry ? findCatalogueVoice(manifest.entry)?.entry : undefined, label);
  options.onProgress?.({ id: progressId, receivedBytes: 0, totalBytes: 0, bytesPerSecond: 0, stage: 'probe' });
  const prove = options.prove ?? (await import('./sherpa-prove.js')).proveVoice;
  await prove(resolveVoice(built, voices[0]!), signal);
  throwIfAborted(signal);
  const full: Manifest = { format: 1, ...manifest, installedAt: new Date().toISOString(), voices };
  await writeFile(join(built, 'voice.json'), `${JSON.stringify(full, null, 2)}\n`);
  const target = join(store, name);
  if (await stat(target).catch(() => undefined)) await rename(target, join(temp, 'replaced'));
  await rename(built, target);
  options.onProgress?.({ id: progressId, receivedBytes: 0, totalBytes: 0, bytesPerSecond: 0, stage: 'done' });
  return voices.map((voice) => resolveVoice(target, voice));
}

/** Download, verify, unpack and prove one catalogue entry (under its lock); its voices. */
async function installEntry(entry: CatalogueEntry, progressId: string, options: InstallOptions): Promise<InstalledVoice[]> {
  const env = options.env ?? process.env;
  const store = voiceStoreDir(env);
  const name = entryDirName(entry);
  return withLock(store, name, async () => {
    const existing = await readManifest(join(store, name));
    if (existing) return existing.voices.map((voice) => resolveVoice(join(store, name), voice));
    const temp = await tempInStore(store);
    try {
      const file = urlFileName(entry.url);
      const url = downloadUrl(entry.url, env);
      const progress = (receivedBytes: number, totalBytes: number, bytesPerSecond: number): void =>
        options.onProgress?.({ id: progressId, receivedBytes, totalBytes, bytesPerSecond, stage: 'download' });
      const downloaded = join(temp, file);
      const got = await downloadFile(progressId, url, downloaded, { ...(options.signal ? { signal: options.signal } : {}), ...(entry.size ? { expectedSize: entry.size } : {}), onProgress: progress });
      options.onProgress?.({ id: progressId, receivedBytes: got.size, totalBytes: got.size, bytesPerSecond: 0, stage: 'verify' });
      const pinned = checkPin(progressId, entry, file, got, url);
      if (pinned === 'tofu') await checkTrusted(store, progressId, file, got, url);
      const built = join(temp, name);
      if (entry.format === 'piper-onnx') {
        const configUrl = downloadUrl(`${entry.url}.json`, env);
        const config = `${downloaded}.json`;
        await downloadFile(progressId, configUrl, config, options.signal ? { signal: options.signal } : {});
        checkConfigPin(progressId, entry, `${file}.json`, await readFile(config), configUrl);
        options.onProgress?.({ id: progressId, receivedBytes: got.size, totalBytes: got.size, bytesPerSecond: 0, stage: 'unpack' });
        await convertPiperPair(downloaded, config, file.replace(/\.onnx$/, ''), built, await espeakDataFor(progressId, options, await installedDataDirs(env)), file);
      } else {
        options.onProgress?.({ id: progressId, receivedBytes: got.size, totalBytes: got.size, bytesPerSecond: 0, stage: 'unpack' });
        await unpackInto(downloaded, built, file, options.signal);
      }
      const voices = await commit(store, temp, built, name, { entry: entry.id, file: { name: file, size: got.size, sha256: got.sha256, pinned } }, file, options, progressId);
      if (pinned === 'tofu') await recordTrusted(store, file, got);
      return voices;
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });
}


/**
 * Make `id` installed: an installed voice is returned as it is; a catalogued one is downloaded (once, under a
 * lock) and installed. Throws TTS_UNAVAILABLE for a voice the catalogue lacks, VOICE_DOWNLOAD when it cannot be had.
 */
export async function ensureVoiceInstalled(id: string, options: InstallOptions = {}): Promise<InstalledVoice> {
  const env = options.env ?? process.env;
  const found = await findInstalledVoice(id, env);
  if (found) return found;
  const catalogued = findCatalogueVoice(id);
  if (!catalogued) {
    throw new VoiceoverError('TTS_UNAVAILABLE', {
      detail: `voice "${id}" is neither installed in ${voiceStoreDir(env)} nor in the voice catalogue`,
      hint: 'see the voices there are: voiceover voices; bring your own with: voiceover voices install --from FILE',
    });
  }
  const voices = await installEntry(catalogued.entry, catalogued.id, options);
  const voice = voices.find((v) => v.id.toLowerCase() === catalogued.id.toLowerCase());
  if (!voice) throw new VoiceoverError('TTS_UNAVAILABLE', { detail: `the archive of ${catalogued.entry.id} has no voice "${catalogued.id}"`, hint: 'remove it (voiceover voices remove) and install it again' });
  return voice;
}

/** Install several voices, one after another (each archive once). */
export async function installVoices(ids: string[], options: InstallOptions = {}): Promise<InstalledVoice[]> {
  const out: InstalledVoice[] = [];
  for (const id of ids) out.push(await ensureVoiceInstalled(id, options));
  return out;
}

/**
 * Install what someone downloaded by hand: a sherpa-onnx TTS archive (.tar.bz2 or its folder) or a raw Piper
 * `NAME.onnx` (+ `NAME.onnx.json`). A file the catalogue names is checked against its pin; anything else is
 * a custom voice named after it. Every voice is proven before it enters the store.
 */
export async function installVoiceFrom(path: string, options: InstallOptions = {}): Promise<InstalledVoice[]> {
  const env = options.env ?? process.env;
  const store = voiceStoreDir(env);
  const source = resolve(path);
  const info = await stat(source).catch(() => undefined);
  if (!info) throw new VoiceoverError('VOICE_ARCHIVE_INVALID', { file: path, detail: 'does not exist' });
  const file = basename(source);
  const entry = info.isFile() ? findCatalogueEntryByFile(file) : undefined;
  const isPair = info.isFile() && file.endsWith('.onnx');
  if (info.isFile() && !isPair && !file.endsWith('.tar.bz2')) throw new VoiceoverError('VOICE_ARCHIVE_INVALID', { file: path, detail: 'is neither a .tar.bz2 archive, a folder, nor a .onnx model' });
  const name = entry ? entryDirName(entry) : isPair ? `piper-${file.replace(/\.onnx$/, '')}` : file.replace(/\.tar\.bz2$/, '');
  const progressId = entry?.id ?? archiveVoiceName(file);
  return withLock(store, name, async () => {
    const temp = await tempInStore(store);
    try {
      const built = join(temp, name);
      let record: Manifest['file'];
      if (info.isFile()) {
        const sha256 = await sha256OfFile(source);
        record = { name: file, size: info.size, sha256, pinned: 'none' };
        if (entry) {
          const md5 = await md5OfFile(source);
          record.pinned = checkPin(progressId, entry, file, { size: info.size, sha256, md5 }, entry.url);
          if (record.pinned === 'tofu') await checkTrusted(store, progressId, file, record, entry.url);
        }
      }
      if (isPair) {
        const config = `${source}.json`;
        if (!(await stat(config).catch(() => undefined))) throw new VoiceoverError('VOICE_ARCHIVE_INVALID', { file: path, detail: `has no ${basename(config)} beside it (a Piper voice is NAME.onnx + NAME.onnx.json)` });
        if (entry) checkConfigPin(progressId, entry, basename(config), await readFile(config), `${entry.url}.json`);
        await convertPiperPair(source, config, file.replace(/\.onnx$/, ''), built, await espeakDataFor(progressId, options, await installedDataDirs(env)), path);
      } else if (info.isFile()) {
        await unpackInto(source, built, path, options.signal);
      } else {
        await cp(source, built, { recursive: true });
      }
      const voices = await commit(store, temp, built, name, { ...(entry ? { entry: entry.id } : {}), ...(record ? { file: record } : {}) }, path, options, progressId);
      if (record?.pinned === 'tofu') await recordTrusted(store, file, record);
      return voices;
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });
}


/** Remove the archive that holds voice `id` (for Kokoro: all its speakers). Returns the voice ids removed. */
export async function removeVoice(id: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const voice = await findInstalledVoice(id, env);
  if (!voice) {
    throw new VoiceoverError('TTS_UNAVAILABLE', { detail: `voice "${id}" is not installed in ${voiceStoreDir(env)}`, hint: 'see the installed voices: voiceover voices' });
  }
  const store = dirname(voice.dir);
  const name = basename(voice.dir);
  return withLock(store, name, async () => {
    const removed = (await listInstalledVoices(env)).filter((v) => v.dir === voice.dir).map((v) => v.id);
    const temp = await tempInStore(store);
    try {
      await rename(voice.dir, join(temp, name));
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
    return removed;
  });
}
