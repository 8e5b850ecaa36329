// Before a run: the natural voices its items need, their store restored from the Actions cache, and
// sherpa-onnx made loadable; after it, the store saved when the run installed something.

import type { ItemConfig } from '../config/types.js';
import { VoiceoverError } from '../core/errors.js';
import type { CacheLog } from './actions-cache.js';
import { setupSherpaOnnx } from './sherpa-setup.js';
import { neededVoices, restoreVoices, type VoiceCacheSession } from './voice-cache.js';

/** Version of the voice catalogue in the cache key: a new catalogue never reuses another's voices. */
export { CATALOGUE_VERSION } from '../tts/catalogue.js';

/** What `setupVoices` needs. */
export interface VoiceSetupOptions {
  env: NodeJS.ProcessEnv;
  /** The voice catalogue's version: part of the cache key, so a new catalogue never reuses old voices. */
  catalogueVersion: string;
  /** The `voices-cache` input. */
  cache: boolean;
  log: CacheLog & { error: (message: string, title: string) => void };
  /** Whether an item runs on the local backend (the effective one: backend input, token). */
  isLocal: (item: ItemConfig) => boolean;
  /** Use a sherpa-onnx-node in node_modules when there is one (default true). */
  useNodeModules?: boolean;
}

/** The store session to save after the run, or undefined when no item needs a natural voice. Never throws. */
export async function setupVoices(items: readonly ItemConfig[], options: VoiceSetupOptions): Promise<VoiceCacheSession | undefined> {
  const ids = neededVoices(items, options.isLocal);
  if (ids.length === 0) return undefined;
  const { env, log } = options;
  const session = await restoreVoices(ids, { env, catalogueVersion: options.catalogueVersion, log, enabled: options.cache });
  try {
    await setupSherpaOnnx(env, { log, cache: options.cache, ...(options.useNodeModules === false ? { useNodeModules: false } : {}) });
  } catch (error) {
    // The videos with natural voices fail on their own (TTS_UNAVAILABLE); the others still run.
    if (!(error instanceof VoiceoverError)) throw error;
    log.error(`${error.message} (${error.hint})`, error.title);
  }
  return session;
}
