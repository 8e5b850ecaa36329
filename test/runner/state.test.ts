// Two runs sharing an output folder (`voiceover run --only a` beside `--only b`, or two shards in one
// checkout) each read the run state at their start: saving must not drop what the other saved meanwhile.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportItem } from '../../src/runner/report.js';
import { readState, saveRunState, statePath } from '../../src/runner/state.js';

const entry = (name: string, fingerprint: string) => ({
  fingerprint,
  size: 1234,
  report: { name, status: 'delivered', output: `out/${name}.mp4`, captions: [], duration_s: 2, timings_s: { tts: 0, plan: 0, render: 0, total: 0 }, loudness: null, lines: [] } as ReportItem,
});

describe('run state shared by two runs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'voiceover-state-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps the other run's items and hashes, and drops only this run's failed item", async () => {
    const file = statePath(dir);
    const first = await readState(file);
    const second = await readState(file);
    first.items.a = entry('a', 'fa');
    first.hashes['/repo/a.mp4'] = { size: 1, mtimeMs: 1, sha256: 'ha' };
    second.items.b = entry('b', 'fb');
    second.hashes['/repo/b.mp4'] = { size: 2, mtimeMs: 2, sha256: 'hb' };
    await saveRunState(file, second, ['b']);
    await saveRunState(file, first, ['a']);
    const saved = await readState(file);
    expect(Object.keys(saved.items).sort()).toEqual(['a', 'b']);
    expect(saved.items.b!.fingerprint).toBe('fb');
    expect(Object.keys(saved.hashes).sort()).toEqual(['/repo/a.mp4', '/repo/b.mp4']);

    // b fails on its next run: its entry goes (it is redone next time), a's stays.
    const again = await readState(file);
    delete again.items.b;
    await saveRunState(file, again, ['b']);
    expect(Object.keys((await readState(file)).items)).toEqual(['a']);
  });
});
