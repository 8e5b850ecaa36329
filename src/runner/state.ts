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
