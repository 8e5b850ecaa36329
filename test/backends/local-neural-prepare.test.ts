// Before an item speaks, every voice it names is prepared: a catalogued neural voice not installed yet is
// installed (its progress becomes `tts` progress events); an installed one, `auto` and Flite need nothing;
// a voice that cannot be had fails the item before any line is spoken.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installDetail, prepareVoices } from '../../src/backends/local/speech.js';
import { VoiceoverError } from '../../src/core/errors.js';
import type { ProgressEvent } from '../../src/core/progress.js';
import type { InstalledVoice } from '../../src/tts/neural-types.js';
import { ENGINES, type EngineEntry } from '../../src/tts/registry.js';
import { createSherpaEngine } from '../../src/tts/sherpa-engine.js';
import { closeSherpaPool } from '../../src/tts/sherpa-pool.js';
import { makeTinyPiperArchive, tinyPiperVoice } from '../helpers/tiny-voice.js';
import { testItem } from '../helpers/item.js';

describe('prepareVoices', () => {
  let installed: InstalledVoice[];
  let catalogued: InstalledVoice;
  let ensured: string[];
  let engines: EngineEntry[];
  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'neural-prepare-'));
    const present = await tinyPiperVoice(await makeTinyPiperArchive(join(root, 'a')));
    catalogued = await tinyPiperVoice(await makeTinyPiperArchive(join(root, 'b'), { name: 'en_US-tiny-medium' }));
    installed = [present];
    ensured = [];
    const piper = createSherpaEngine('piper', {
      list: async () => [...installed],
      ensure: async (id, options) => {
        ensured.push(id);
        if (id !== catalogued.id) throw new VoiceoverError('TTS_UNAVAILABLE', { detail: `voice "${id}" is not in the catalogue`, hint: 'voiceover voices install --from FILE' });
        options.onProgress?.({ id, receivedBytes: 5e6, totalBytes: 20e6, bytesPerSecond: 2.5e6, stage: 'download' });
        options.onProgress?.({ id, receivedBytes: 20e6, totalBytes: 20e6, bytesPerSecond: 2.5e6, stage: 'unpack' });
        installed.push(catalogued);
        return catalogued;
      },
    });
    engines = [{ id: 'piper', languages: 'en', neural: true, load: async () => piper }, ...ENGINES.filter((e) => !e.neural)];
  });
  afterAll(() => closeSherpaPool());

  it('installs a catalogued voice named by the item or by a line, with progress as tts events; installed ones are left alone', async () => {
    const events: ProgressEvent[] = [];
    const cues = [{ voice: catalogued.id }, { voice: 'slt' }, { voice: undefined }] as never[];
    await prepareVoices(testItem({ voice: installed[0]!.id }), cues, { registry: { engines }, onProgress: (e) => events.push(e) });
    expect(ensured).toEqual([catalogued.id]);
    expect(events).toEqual([
      { stage: 'tts', detail: 'installing piper:en_US-tiny-medium: 5.0/20.0 MB (25 %, 2.5 MB/s)' },
      { stage: 'tts', detail: 'installing piper:en_US-tiny-medium: unpack' },
    ]);
    await prepareVoices(testItem({ voice: catalogued.id }), [], { registry: { engines } });
    expect(ensured).toEqual([catalogued.id]);
  });

  it('auto and engine ids need nothing; a voice that cannot be had throws what to do', async () => {
    await prepareVoices(testItem({ voice: 'auto' }), [], { registry: { engines } });
    await prepareVoices(testItem({ voice: 'piper' }), [], { registry: { engines } });
    expect(ensured).not.toContain('auto');
    await expect(prepareVoices(testItem({ voice: 'piper:xx_XX-nobody-low' }), [], { registry: { engines } })).rejects.toMatchObject({
      code: 'TTS_UNAVAILABLE', hint: 'voiceover voices install --from FILE',
    });
  });

  it('installDetail words a download without a known size too', () => {
    expect(installDetail({ id: 'kokoro:af_heart', receivedBytes: 1e6, totalBytes: 0, bytesPerSecond: 5e5, stage: 'download' })).toBe('installing kokoro:af_heart: 1.0 MB (0.5 MB/s)');
  });
});
