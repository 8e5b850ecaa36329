// JSON files written atomically (temp file + rename), so a crash never leaves half a file.

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Write `value` as JSON at `file` through a temp file in the same folder and a rename. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(value, null, 1));
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Read a JSON file, or `fallback` when it does not exist. */
export async function readJsonOr<T>(file: string, fallback: T): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  return JSON.parse(text) as T;
}

/** Coalesces saves of one file: at most one write in flight, the latest value always written last. */
export class JsonFileWriter {
  private value: unknown;
  private dirty = false;
  private running: Promise<void> | undefined;

  constructor(readonly file: string) {}

  /** Schedule a write of `value`; resolves once a write that includes it has finished. */
  save(value: unknown): Promise<void> {
    this.value = value;
    this.dirty = true;
    this.running ??= this.loop();
    return this.running;
  }

  /** Wait for pending writes. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false;
        await writeJsonAtomic(this.file, this.value);
      }
    } finally {
      this.running = undefined;
    }
  }
}
