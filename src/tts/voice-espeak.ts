// The espeak-ng-data a raw Piper voice is converted with (rhasspy's pairs ship none).

import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VoiceoverError } from '../core/errors.js';
import { espeakDataArchive, urlFileName } from './catalogue.js';
import type { InstallProgress } from './neural-types.js';
import { espeakDataSource } from './voice-convert.js';
import { downloadFile } from './voice-download.js';
import { downloadUrl, tempInStore, unpackInto, voiceStoreDir, withLock } from './voice-store-fs.js';

/** What fetching espeak-ng-data needs of an install's options. */
export interface EspeakOptions {
  signal?: AbortSignal;
  onProgress?: (progress: InstallProgress) => void;
  env?: NodeJS.ProcessEnv;
  systemEspeakData?: readonly string[];
}

const ESPEAK_DIR = '.espeak-ng-data';

/**
 * The espeak-ng-data a raw Piper voice copies: VOICEOVER_ESPEAK_DATA, the store's own, one an installed archive
 * brought, the system's; else sherpa-onnx's espeak-ng-data archive is fetched once (mirror too) into the store.
 */
export async function espeakDataFor(progressId: string, options: EspeakOptions, installed: string[]): Promise<string> {
  const env = options.env ?? process.env;
  const store = voiceStoreDir(env);
  const own = join(store, ESPEAK_DIR);
  const others = [own, ...installed];
  const found = espeakDataSource(others, env, options.systemEspeakData);
  if (found) return found;
  return withLock(store, ESPEAK_DIR, async () => {
    if (espeakDataSource([own], {}, [])) return own;
    const archive = espeakDataArchive();
    const temp = await tempInStore(store);
    try {
      const url = downloadUrl(archive.url, env);
      const file = join(temp, urlFileName(archive.url));
      const got = await downloadFile(progressId, url, file, {
        ...(options.signal ? { signal: options.signal } : {}),
        onProgress: (receivedBytes, totalBytes, bytesPerSecond) => options.onProgress?.({ id: `${progressId} (espeak-ng-data)`, receivedBytes, totalBytes, bytesPerSecond, stage: 'download' }),
      }).catch((error: unknown) => {
        if (!(error instanceof VoiceoverError)) throw error;
        const hint = `a raw Piper voice needs espeak-ng-data: apt-get install espeak-ng-data, or download ${url}, unpack it and set VOICEOVER_ESPEAK_DATA=/path/to/espeak-ng-data`;
        throw new VoiceoverError(error.code, { voice: progressId, url, detail: error.message.replace(/^.*?: /, '') }, { cause: error, hint });
      });
      const built = join(temp, 'espeak-ng-data');
      await unpackInto(file, built, urlFileName(archive.url), options.signal);
      if (!espeakDataSource([built], {}, [])) throw new VoiceoverError('VOICE_ARCHIVE_INVALID', { file: url, detail: 'has no espeak-ng-data (phontab) inside' });
      await writeFile(join(built, '.download.json'), `${JSON.stringify({ url: archive.url, size: got.size, sha256: got.sha256, pinned: archive.checksum.source })}\n`);
      await rename(built, own);
      return own;
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });
}
