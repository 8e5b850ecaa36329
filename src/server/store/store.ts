// The server's persistent records: loaded once at start, kept in memory, saved atomically on change.

import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { LedgerEntry } from '../types.js';
import { JsonFileWriter, readJsonOr } from './atomic-json.js';
import type { DataPaths } from './data-paths.js';
import type { JobRecord, SessionRecord, TokenRecord, UserRecord } from './records.js';

/** Users, tokens, sessions, jobs and the ledger, with their files. */
export class Store {
  readonly users = new Map<string, UserRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly sessions = new Map<string, SessionRecord>();
  readonly jobs = new Map<string, JobRecord>();
  readonly ledger: LedgerEntry[] = [];
  private readonly writers = new Map<string, JsonFileWriter>();

  private constructor(readonly paths: DataPaths) {}

  /** Load every record of a data folder (missing files are empty collections). */
  static async open(paths: DataPaths): Promise<Store> {
    const store = new Store(paths);
    for (const user of await readJsonOr<UserRecord[]>(paths.users, [])) store.users.set(user.user_id, user);
    for (const token of await readJsonOr<TokenRecord[]>(paths.tokens, [])) store.tokens.set(token.token_sha256, token);
    for (const job of await readJsonOr<JobRecord[]>(paths.jobs, [])) store.jobs.set(job.id, job);
    store.ledger.push(...(await readJsonOr<LedgerEntry[]>(paths.ledger, [])));
    const names = await readdir(paths.sessions).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const session = await readJsonOr<SessionRecord | undefined>(join(paths.sessions, name), undefined);
      if (session) store.sessions.set(session.id, session);
    }
    return store;
  }

  saveUsers(): Promise<void> {
    return this.writer(this.paths.users).save([...this.users.values()]);
  }

  saveTokens(): Promise<void> {
    return this.writer(this.paths.tokens).save([...this.tokens.values()]);
  }

  saveJobs(): Promise<void> {
    return this.writer(this.paths.jobs).save([...this.jobs.values()]);
  }

  saveLedger(): Promise<void> {
    return this.writer(this.paths.ledger).save(this.ledger);
  }

  /** Save a session, unless it was deleted meanwhile (work finishing on a lost session). */
  async saveSession(session: SessionRecord): Promise<void> {
    if (this.sessions.get(session.id) !== session) return;
    await this.writer(this.sessionFile(session.id)).save(session);
  }

  /** Forget a session and remove its record file. */
  async deleteSession(id: string): Promise<void> {
    this.sessions.delete(id);
    const file = this.sessionFile(id);
    await this.writers.get(file)?.flush();
    this.writers.delete(file);
    await rm(file, { force: true });
  }

  /** Wait until every scheduled write is on disk. */
  async flush(): Promise<void> {
    await Promise.all([...this.writers.values()].map((w) => w.flush()));
  }

  private sessionFile(id: string): string {
    return join(this.paths.sessions, `${id}.json`);
  }

  private writer(file: string): JsonFileWriter {
    let writer = this.writers.get(file);
    if (!writer) {
      writer = new JsonFileWriter(file);
      this.writers.set(file, writer);
    }
    return writer;
  }
}
