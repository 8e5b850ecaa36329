// What the last run delivered, kept beside the outputs so unchanged items can be skipped.

import { mkdir, readFile, writeFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { HashMemo } from './fingerprint.js';
import type { ReportItem } from './report.js';

/** The state file's content. */
export interface RunState {
  version: 1;
  hashes: HashMemo;
  items: Record<string, { fingerprint: string; report: ReportItem; size: number }>;
}

/** Where the state of an output folder lives. */
export function statePath(outDir: string): string {
  return join(outDir, '.voiceover', 'state.json');
}

/** Read the state, or an empty one when missing or unreadable (then everything is redone). */
export async function readState(file: string): Promise<RunState> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as RunState;
    if (parsed.version === 1 && parsed.items && parsed.hashes) return parsed;
  } catch {
    // Missing or damaged: start afresh.
  }
  return { version: 1, hashes: {}, items: {} };
}

/** Write the state atomically. */
export async function writeState(file: string, state: RunState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(state));
  await rename(tmp, file);
}

/**
 * Save what this run did to the items it ran (`names`) into the state as it is now on disk, so two runs
 * sharing an output folder (`--only a` beside `--only b`) don't drop each other's items: each keeps the
 * other's entries and hashes. The window between this read and the rename is the only one left.
 */
export async function saveRunState(file: string, state: RunState, names: readonly string[]): Promise<void> {
  const latest = await readState(file);
  for (const name of names) {
    const mine = state.items[name];
    if (mine) latest.items[name] = mine;
    else delete latest.items[name];
  }
  latest.hashes = { ...latest.hashes, ...state.hashes };
  await writeState(file, latest);
}
