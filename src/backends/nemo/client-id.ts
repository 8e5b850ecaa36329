// The stable client id sent with the anonymous-token call (protocol §1): NEMO_CLIENT_ID, else one
// derived from the repository id inside a workflow run, else a UUID persisted in the config folder.

import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The RFC 4122 URL namespace: names below are URLs of this tool. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A name-based (version 5, SHA-1) UUID: the same name always gives the same id. */
export function uuidV5(name: string, namespace = URL_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether a string is a UUID. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The folder holding this tool's per-user files: VOICEOVER_CONFIG_DIR, else $XDG_CONFIG_HOME/voiceover, else ~/.config/voiceover. */
export function userConfigDir(env: NodeJS.ProcessEnv): string {
  if (env.VOICEOVER_CONFIG_DIR) return env.VOICEOVER_CONFIG_DIR;
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'voiceover');
}

/** Where the client id comes from and what it is. */
export interface ClientId {
  id: string;
  source: 'env' | 'repository' | 'file';
}

/** Resolve the client id; only the last rule touches the disk (creating the file once). */
export async function resolveClientId(env: NodeJS.ProcessEnv, configDir = userConfigDir(env)): Promise<ClientId> {
  const given = env.NEMO_CLIENT_ID?.trim();
  // A client id that is not a UUID still names one stable client: map it to a UUID.
  if (given) return { id: isUuid(given) ? given.toLowerCase() : uuidV5(`voiceover:client:${given}`), source: 'env' };
  if (env.GITHUB_ACTIONS === 'true') {
    const repo = env.GITHUB_REPOSITORY_ID || env.GITHUB_REPOSITORY;
    if (repo) return { id: uuidV5(`https://github.com/voiceover/repository/${repo}`), source: 'repository' };
  }
  return { id: await persistedId(configDir), source: 'file' };
}

async function persistedId(dir: string): Promise<string> {
  const file = join(dir, 'client-id');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const existing = text === undefined ? undefined : asId(text);
  if (existing) return existing;
  await mkdir(dir, { recursive: true });
  const id = randomUUID();
  try {
    // A damaged file is replaced; a missing one is created only if nobody else just did.
    await writeFile(file, `${id}\n`, { flag: text === undefined ? 'wx' : 'w', mode: 0o600 });
    return id;
  } catch (error) {
    // Another process wrote it first: use theirs, so both stay one client.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return asId(await readFile(file, 'utf8')) ?? id;
  }
}

function asId(text: string): string | undefined {
  const id = text.trim();
  return isUuid(id) ? id.toLowerCase() : undefined;
}
