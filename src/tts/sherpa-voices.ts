// The installed neural voices the sherpa-onnx engines speak with, and installing a catalogued one on
// first use. The voice store (voice-store.ts) owns the store; until it is in the tree this reads
// `<store>/*/voice.json` (an InstalledVoice, or a list of them for a Kokoro archive) itself.

import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { VoiceoverError } from '../core/errors.js';
import type { InstallProgress, InstalledVoice, NeuralEngineId } from './neural-types.js';

/** Where installed voices are, and how to install one (tests pass their own). */
export interface NeuralVoiceSource {
  list(): Promise<InstalledVoice[]>;
  /** Voices of the catalogue (one per Kokoro speaker), installed or not: those not installed are valid config. */
  catalogued?(): Promise<CataloguedVoice[]>;
  /** Install a catalogued voice not yet installed; throws naming what to do when it cannot be had. */
  ensure(id: string, options: { signal?: AbortSignal; onProgress?: (progress: InstallProgress) => void }): Promise<InstalledVoice>;
}

/** A voice the catalogue offers, as `voiceover voices` and the config check see it. */
export interface CataloguedVoice {
  id: string;
  engine: NeuralEngineId;
  language: string;
  description: string;
}

/** `$VOICEOVER_VOICES_DIR`, else `$XDG_CACHE_HOME/voiceover/voices`, else `~/.cache/voiceover/voices`. */
function storeDir(): string {
  const named = process.env.VOICEOVER_VOICES_DIR?.trim();
  if (named) return named;
  const cache = process.env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache');
  return join(cache, 'voiceover', 'voices');
}

async function listFromStore(): Promise<InstalledVoice[]> {
  const dir = storeDir();
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return [];
  }
  const voices: InstalledVoice[] = [];
  for (const entry of entries.sort()) {
    try {
      const parsed = JSON.parse(await readFile(join(dir, entry, 'voice.json'), 'utf8')) as InstalledVoice | InstalledVoice[];
      voices.push(...(Array.isArray(parsed) ? parsed : [parsed]));
    } catch {
      // not a voice folder (or one being installed)
    }
  }
  return voices;
}

/** The store in this machine (VOICEOVER_VOICES_DIR …). */
export const storeVoiceSource: NeuralVoiceSource = {
  list: listFromStore,
  async ensure(id) {
    const found = (await listFromStore()).find((voice) => voice.id.toLowerCase() === id.toLowerCase());
    if (found) return found;
    throw new VoiceoverError('TTS_UNAVAILABLE', {
      detail: `voice "${id}" is not installed in ${storeDir()}`,
      hint: `install it: voiceover voices install ${id} (or voiceover voices install --from FILE)`,
    });
  },
};
