// One folder kept in the Actions cache (@actions/cache, service v2 on github.com): restore before, save after.
// A cache problem is never a failure of the run: it is a warning, and the run downloads what it needs instead.

import * as cache from '@actions/cache';

/** Where the messages of a cache step go. */
export interface CacheLog {
  info: (line: string) => void;
  warning: (line: string) => void;
}

const text = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Whether the runner offers the Actions cache (ACTIONS_RESULTS_URL, or ACTIONS_CACHE_URL for service v1). */
export function cacheAvailable(): boolean {
  try {
    return cache.isFeatureAvailable();
  } catch {
    return false;
  }
}

/** Restore `dir` from the entry `key` (else the newest one starting with a restore key); the key restored, or undefined. */
export async function restoreFolder(dir: string, key: string, restoreKeys: string[], log: CacheLog, what: string): Promise<string | undefined> {
  try {
    const hit = await cache.restoreCache([dir], key, restoreKeys);
    log.info(hit === undefined ? `${what}: nothing in the Actions cache under ${key}` : `${what}: restored from the Actions cache (${hit})`);
    return hit;
  } catch (error) {
    log.warning(`${what}: the Actions cache could not be read (${text(error)}); downloading instead`);
    return undefined;
  }
}

/** Save `dir` under `key`; true when an entry was written. */
export async function saveFolder(dir: string, key: string, log: CacheLog, what: string): Promise<boolean> {
  try {
    const id = await cache.saveCache([dir], key);
    // @actions/cache reports its own failures (reserve races as info, others as warnings) and returns -1.
    if (id === -1) return false;
    log.info(`${what}: saved to the Actions cache (${key})`);
    return true;
  } catch (error) {
    log.warning(`${what}: not saved to the Actions cache (${text(error)}); the next run downloads again`);
    return false;
  }
}
