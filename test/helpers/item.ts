// A resolved config item with the built-in defaults, for tests that need one without a config file.
import { builtinDefaults } from '../../src/config/defaults.js';
import type { ItemConfig } from '../../src/config/types.js';

/** An item named `demo` reading media/demo.mp4 under /repo, every setting at its default. */
export function testItem(over: Partial<ItemConfig> = {}): ItemConfig {
  const d = builtinDefaults();
  return {
    name: 'demo',
    index: 0,
    line: 4,
    video: { kind: 'file', path: '/repo/media/demo.mp4', rel: 'media/demo.mp4' },
    script: { text: '[00:01] Welcome.\n[00:04] Bye.', format: 'text', rel: 'voiceover.config.yml', lineOffset: 5 },
    backend: d.backend,
    language: d.language,
    voice: d.voice,
    instruction: d.instruction,
    output: { ...d.output, dir: '/repo/out' },
    audio: d.audio,
    captions: d.captions,
    nemo: d.nemo,
    ...over,
  };
}
