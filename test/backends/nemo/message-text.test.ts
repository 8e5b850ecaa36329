// The one message of an item: instruction, `Script:`, the script, hint lines.
import { describe, expect, it } from 'vitest';
import type { ItemConfig } from '../../../src/config/types.js';
import { buildMessage, timedPrefix } from '../../../src/backends/nemo/message-text.js';
import { testItem } from '../../helpers/item.js';

const item = (over: Partial<ItemConfig> = {}): ItemConfig =>
  testItem({ backend: 'nemo', captions: { sidecar: [], burn: false }, ...over });

describe('buildMessage', () => {
  it('puts the instruction, the script after `Script:`, then the hints', () => {
    expect(buildMessage(item()).split('\n')).toEqual([
      'add a natural AI voiceover in English',
      'Script:',
      '[00:01] Welcome.',
      '[00:04] Bye.',
      'Language: en',
      'Voice: slt',
      'Resolution: 1080p',
      'Quality: high',
      'Loudness: -16 LUFS',
    ]);
  });

  it('adds aspect, burned captions and the uploaded music name with its volume', () => {
    const music = { file: '/repo/m/bed.wav', rel: 'm/bed.wav', volume: 0.35 };
    const text = buildMessage(item({ output: { dir: '/o', resolution: '720p', aspect: '9:16', quality: 'draft' }, captions: { sidecar: ['srt'], burn: true }, music }), 'bed_1.wav');
    expect(text).toContain('\nAspect ratio: 9:16\n');
    expect(text).toContain('\nCaptions: burn\n');
    expect(text.endsWith('\nMusic: bed_1.wav (35%)')).toBe(true);
  });

  it('sends SRT and VTT scripts as timed lines', () => {
    const srt = '1\n00:00:01,500 --> 00:00:03,000\nHello there.\n\n2\n00:01:02,000 --> 00:01:04,000\nSecond\nline.\n';
    const text = buildMessage(item({ script: { text: srt, format: 'srt', rel: 's.srt', lineOffset: 0 } }));
    expect(text).toContain('Script:\n[00:00:01.500] Hello there.\n[00:01:02.000] Second line.\nLanguage: en');
    expect(timedPrefix(3723.25)).toBe('[01:02:03.250]');
  });
});
