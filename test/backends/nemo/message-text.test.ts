// The one message of an item: instruction, `Script:`, the script, hint lines.
import { describe, expect, it } from 'vitest';
import type { ItemConfig } from '../../../src/config/types.js';
import { buildMessage, timedPrefix } from '../../../src/backends/nemo/message-text.js';

const item = (over: Partial<ItemConfig> = {}): ItemConfig => ({
  name: 'demo',
  index: 0,
  line: 4,
  video: { kind: 'file', path: '/repo/media/demo.mp4', rel: 'media/demo.mp4' },
  script: { text: '[00:01] Welcome.\n[00:04] Bye.', format: 'text', rel: 'voiceover.config.yml', lineOffset: 5 },
  backend: 'nemo',
  language: 'en',
  voice: 'slt',
  instruction: 'add a natural AI voiceover in English',
  output: { dir: '/repo/out', resolution: '1080p', aspect: 'keep', quality: 'high' },
  audio: { loudness: -16, duck_db: 12, max_stretch: 1.15, overflow: 'extend' },
  captions: { sidecar: [], burn: false },
  nemo: { poll_interval_s: 10, poll_limit: 30, sse_timeout_s: 900, keepalive_timeout_s: 600 },
  ...over,
});

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
