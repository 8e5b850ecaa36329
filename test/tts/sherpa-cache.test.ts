// The clip cache key includes the model's checksum: a voice whose model was replaced never reuses the old clips.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstalledVoice } from '../../src/tts/neural-types.js';
import type { EngineEntry } from '../../src/tts/registry.js';
import { createSherpaEngine } from '../../src/tts/sherpa-engine.js';
import { closeSherpaPool } from '../../src/tts/sherpa-pool.js';
import { synthesizeClip } from '../../src/tts/synthesize.js';
import { makeTinyPiperArchive, tinyPiperVoice } from '../helpers/tiny-voice.js';

describe('clip cache with a sherpa-onnx voice', () => {
  let root: string;
  let current: InstalledVoice;
  let replacement: InstalledVoice;
  let engines: EngineEntry[];
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sherpa-cache-'));
    current = await tinyPiperVoice(await makeTinyPiperArchive(join(root, 'a')));
    // The same voice id, reinstalled with another model (another sample rate, so another checksum).
    replacement = await tinyPiperVoice(await makeTinyPiperArchive(join(root, 'b'), { sampleRate: 16000 }));
    const engine = createSherpaEngine('piper', { list: async () => [current], ensure: async () => current });
    engines = [{ id: 'piper', languages: 'en', neural: true, load: async () => engine }];
  });
  afterAll(() => closeSherpaPool());

  it('reuses a clip of the same model, and makes it again when the model changed', async () => {
    const request = { text: 'Ship it today.', voice: current.id, rate: 1 };
    const cacheDir = join(root, 'cache');
    const first = await synthesizeClip(request, { cacheDir, engines });
    expect(first).toMatchObject({ cached: false, engine: 'piper', voice: current.id, sampleRate: 22050 });
    expect(first.model).toContain(`sha256:${current.modelSha256.slice(0, 12)}`);
    expect((await synthesizeClip(request, { cacheDir, engines })).cached).toBe(true);

    expect(replacement.modelSha256).not.toBe(current.modelSha256);
    current = replacement;
    const again = await synthesizeClip(request, { cacheDir, engines });
    expect(again).toMatchObject({ cached: false, sampleRate: 16000 });
    expect(again.file).not.toBe(first.file);
    expect(again.model).toContain(`sha256:${replacement.modelSha256.slice(0, 12)}`);
  });
});
