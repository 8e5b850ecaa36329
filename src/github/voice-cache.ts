// The voice store in the action: which natural voices a run needs, the store restored from the Actions cache
// before the run and saved after it when something new was installed, so a second run downloads nothing.
//
// One cache entry holds the store for the run's set of voices (`voiceover-voices-<catalogue>-<ids hash>`), not
// one entry per voice: a Kokoro archive carries every speaker, so per-speaker entries would store it once per
// speaker; one entry is one download and one extraction; and it needs nothing of the store's layout. A
// different set first restores the newest entry of the same catalogue (restore key), so only the voices it
// adds are downloaded, and it is saved under its own key.

import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ItemConfig } from '../config/types.js';
import { parseScript } from '../script/parse.js';
import { NEURAL_ENGINES } from '../tts/neural-types.js';
import { cacheAvailable, restoreFolder, saveFolder, type CacheLog } from './actions-cache.js';


/** Whether a voice (an id `piper:…`, or an engine id `kokoro`: its best voice) comes from the voice store. */
export function isStoreVoice(voice: string): boolean {
  const engine = voice.includes(':') ? voice.slice(0, voice.indexOf(':')) : voice;
  return (NEURAL_ENGINES as readonly string[]).includes(engine.toLowerCase());
}

/**
 * The store voices `items` need, sorted: each item's `voice` and its script's `{voice=…}` tags, for the items
 * `isLocal` says run on the local backend (nemo has its own voices). `auto` and Flite/espeak-ng need none.
 */
export function neededVoices(items: readonly ItemConfig[], isLocal: (item: ItemConfig) => boolean): string[] {
  const ids = new Set<string>();
  for (const item of items.filter(isLocal)) {
    ids.add(item.voice);
    // Not strict: a broken script fails its own item later, with its own message.
    const { script } = parseScript(item.script.text, { format: item.script.format, file: item.script.rel, lineOffset: item.script.lineOffset, language: item.language });
    for (const cue of script.cues) if (cue.voice) ids.add(cue.voice);
  }
  return [...ids].filter(isStoreVoice).sort();
}

/** Cache key prefix of a catalogue version (every set of voices of that catalogue starts with it). */
export const voicesKeyPrefix = (catalogueVersion: string): string => `voiceover-voices-${catalogueVersion}-`;

/** `voiceover-voices-<catalogue version>-<hash of the sorted ids>`. */
export function voicesCacheKey(ids: readonly string[], catalogueVersion: string): string {
  const hash = createHash('sha256').update([...ids].sort().join('\n')).digest('hex').slice(0, 16);
  return `${voicesKeyPrefix(catalogueVersion)}${hash}`;
}

/** The store folder in the action: VOICEOVER_VOICES_DIR when the workflow sets it, else one in the runner's tool cache. */
export function actionVoicesDir(env: NodeJS.ProcessEnv): string {
  const named = env.VOICEOVER_VOICES_DIR?.trim();
  if (named) return path.resolve(named);
  const base = env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || path.resolve('.voiceover-tool-cache');
  return path.join(base, 'voiceover', 'voices');
}

/** Every file of a folder with its size, sorted: tells whether a run added or changed voices. */
export async function folderSignature(dir: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).map(String);
  } catch {
    return '';
  }
  const files = await Promise.all(names.sort().map(async (name) => {
    const info = await stat(path.join(dir, name)).catch(() => undefined);
    return info?.isFile() ? `${name}\t${info.size}` : '';
  }));
  return files.filter(Boolean).join('\n');
}

/** What the action does with the store: restored before the run, `save` after it. */
export interface VoiceCacheSession {
  dir: string;
  key: string;
  /** The key restored (this set's, or an older set's through the restore key), or undefined. */
  restored: string | undefined;
  /** Save the store if the run installed something (never throws): what happened. */
  save(): Promise<'saved' | 'unchanged' | 'off' | 'failed'>;
}

/** Options of `restoreVoices`. */
export interface VoiceCacheOptions {
  env: NodeJS.ProcessEnv;
  catalogueVersion: string;
  log: CacheLog;
  /** The `voices-cache` input: false keeps the store out of the Actions cache. */
  enabled: boolean;
}

/** Point VOICEOVER_VOICES_DIR at the action's store and restore it for `ids` (non-empty) from the Actions cache. */
export async function restoreVoices(ids: readonly string[], options: VoiceCacheOptions): Promise<VoiceCacheSession> {
  const { env, log } = options;
  const dir = actionVoicesDir(env);
  env.VOICEOVER_VOICES_DIR = dir;
  const key = voicesCacheKey(ids, options.catalogueVersion);
  const off = async () => 'off' as const;
  if (!options.enabled) {
    log.info(`voices: ${ids.join(', ')} in ${dir} (voices-cache: false, not cached between runs)`);
    return { dir, key, restored: undefined, save: off };
  }
  if (!cacheAvailable()) {
    log.info(`voices: ${ids.join(', ')} in ${dir} (no Actions cache service here: ACTIONS_RESULTS_URL is not set)`);
    return { dir, key, restored: undefined, save: off };
  }
  const restored = await restoreFolder(dir, key, [voicesKeyPrefix(options.catalogueVersion)], log, 'voices');
  const before = await folderSignature(dir);
  const save = async (): Promise<'saved' | 'unchanged' | 'failed'> => {
    // An entry is never overwritten: this set's own key restored means there is nothing to add.
    if (restored === key) return 'unchanged';
    const after = await folderSignature(dir);
    if (after === '' || after === before) return 'unchanged';
    return (await saveFolder(dir, key, log, 'voices')) ? 'saved' : 'failed';
  };
  return { dir, key, restored, save };
}
