// Where sherpa-onnx-node is (the action installs it at start-up and names it in VOICEOVER_SHERPA_ONNX_DIR;
// else the package in node_modules), and the sherpa-onnx config an installed voice loads with.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Availability } from './types.js';
import type { InstalledVoice } from './neural-types.js';

/** What to install when sherpa-onnx-node is missing. */
export const SHERPA_INSTALL_HINT =
  'npm install sherpa-onnx-node (Apache-2.0; brings sherpa-onnx-linux-x64), or set VOICEOVER_SHERPA_ONNX_DIR to its folder';

/** The sherpa-onnx-node package folder, or why there is none. */
export function locateSherpaAddon(): { dir: string } | { missing: string } {
  const named = process.env.VOICEOVER_SHERPA_ONNX_DIR?.trim();
  if (named) {
    // The package folder itself, or a folder holding it (a prefix with node_modules/, or node_modules itself).
    for (const dir of [named, join(named, 'node_modules', 'sherpa-onnx-node'), join(named, 'sherpa-onnx-node')]) {
      if (existsSync(join(dir, 'sherpa-onnx.js'))) return { dir };
    }
    return { missing: `VOICEOVER_SHERPA_ONNX_DIR=${named} holds no sherpa-onnx-node package (no sherpa-onnx.js)` };
  }
  try {
    return { dir: dirname(createRequire(import.meta.url).resolve('sherpa-onnx-node')) };
  } catch {
    return { missing: 'sherpa-onnx-node is not installed' };
  }
}

/** Whether sherpa-onnx can run here (package and its native binaries present), without loading it. */
export function sherpaAvailability(): Availability {
  const found = locateSherpaAddon();
  if ('missing' in found) return { ok: false, reason: found.missing, install: SHERPA_INSTALL_HINT };
  const binaries = `sherpa-onnx-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  const candidates = [join(found.dir, '..', binaries, 'sherpa-onnx.node'), join(found.dir, 'node_modules', binaries, 'sherpa-onnx.node')];
  if (!candidates.some((file) => existsSync(file))) {
    return { ok: false, reason: `${binaries} (the native binaries of sherpa-onnx-node) is missing beside ${found.dir}`, install: SHERPA_INSTALL_HINT };
  }
  return { ok: true };
}

/** `sherpa-onnx-node@1.13.8`, or `sherpa-onnx-node@missing`: part of the clip cache key. */
export function sherpaVersion(): string {
  const found = locateSherpaAddon();
  if ('missing' in found) return 'sherpa-onnx-node@missing';
  try {
    const { version } = JSON.parse(readFileSync(join(found.dir, 'package.json'), 'utf8')) as { version?: string };
    return `sherpa-onnx-node@${version ?? 'unknown'}`;
  } catch {
    return 'sherpa-onnx-node@unknown';
  }
}

/** The OfflineTts config (sherpa-onnx-node's shape) that loads an installed voice: one thread, one sentence at a time. */
export function sherpaConfig(voice: InstalledVoice): object {
  const common = { tokens: voice.tokens, dataDir: voice.dataDir, lexicon: voice.lexicon ?? '' };
  const model = voice.engine === 'kokoro'
    ? { kokoro: { model: voice.model, voices: voice.voices ?? '', ...common } }
    : { vits: { model: voice.model, ...common } };
  return { model: { ...model, numThreads: 1, provider: 'cpu', debug: 0 }, maxNumSentences: 1 };
}

/** What tells two loaded models apart: a process holds one, and espeak-ng keeps the first data dir it saw. */
export function modelKey(voice: InstalledVoice): string {
  return JSON.stringify([voice.engine, voice.model, voice.voices ?? '', voice.tokens, voice.dataDir, voice.lexicon ?? '', voice.modelSha256]);
}
