// Where everything lives under the server's data folder.

import { join } from 'node:path';

/** The folders and files of a data folder (all absolute). */
export interface DataPaths {
  root: string;
  db: string;
  users: string;
  tokens: string;
  /** Key that derives anonymous tokens from their records (so the same one can be handed out again). */
  tokenSecret: string;
  jobs: string;
  ledger: string;
  sessions: string;
  uploads: string;
  clips: string;
  outputs: string;
  cache: string;
  work: string;
}

/** The layout of `root` (an absolute, real path). */
export function dataPaths(root: string): DataPaths {
  const db = join(root, 'db');
  return {
    root,
    db,
    users: join(db, 'users.json'),
    tokens: join(db, 'tokens.json'),
    tokenSecret: join(db, 'token-secret'),
    jobs: join(db, 'jobs.json'),
    ledger: join(db, 'ledger.json'),
    sessions: join(db, 'sessions'),
    uploads: join(root, 'uploads'),
    clips: join(root, 'clips'),
    outputs: join(root, 'outputs'),
    cache: join(root, 'cache', 'tts'),
    work: join(root, 'work'),
  };
}

/** Folder of one session's uploads. */
export const sessionUploadDir = (paths: DataPaths, sessionId: string): string => join(paths.uploads, sessionId);

/** Folder of one session's fitted speech clips. */
export const sessionClipDir = (paths: DataPaths, sessionId: string): string => join(paths.clips, sessionId);
