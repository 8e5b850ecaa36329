// Unpack a sherpa-onnx TTS archive (.tar.bz2) into a folder: regular files and folders only, every path
// kept inside the target (no absolute paths, no `..`, no links), so an archive cannot write elsewhere.

import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { extract } from 'tar-stream';
import bz2 from 'unbzip2-stream';
import { throwIfAborted } from '../core/progress.js';

/** Where an entry of the archive lands under `target`, or undefined when it would leave it. */
function safePath(target: string, name: string): string | undefined {
  const clean = normalize(name).replace(/^(\.\/)+/, '');
  if (clean === '' || clean === '.' || clean.startsWith('/') || clean.split(sep).includes('..')) return undefined;
  return join(target, clean);
}

/** Unpack `archive` (.tar.bz2) into `target` (created). Throws on a corrupt stream or an entry outside `target`. */
export async function unpackTarBz2(archive: string, target: string, signal?: AbortSignal): Promise<void> {
  throwIfAborted(signal);
  await mkdir(target, { recursive: true });
  const tar = extract();
  const source = createReadStream(archive).pipe(bz2());
  source.on('error', (error) => tar.destroy(error));
  source.pipe(tar);
  const onAbort = (): void => tar.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for await (const entry of tar) {
      const { name, type } = entry.header;
      const path = safePath(target, name);
      if (!path) throw new Error(`archive entry "${name}" points outside the archive`);
      if (type === 'directory') {
        await mkdir(path, { recursive: true });
        entry.resume();
      } else if (type === 'file' || type === 'contiguous-file') {
        await mkdir(dirname(path), { recursive: true });
        await pipeline(entry, createWriteStream(path, { mode: 0o644 }));
      } else {
        entry.resume(); // links, devices: skipped (sherpa-onnx's archives have none)
      }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  throwIfAborted(signal);
}
