// The one message of an item: instruction, hint lines, then `Script:` and the fenced script.
import { describe, expect, it } from 'vitest';
import type { ItemConfig } from '../../../src/config/types.js';
import { buildMessage, timedPrefix } from '../../../src/backends/nemo/message-text.js';
import { parseMessage } from '../../../src/server/agent/parse-message.js';
import { testItem } from '../../helpers/item.js';

const item = (over: Partial<ItemConfig> = {}): ItemConfig =>
  testItem({ backend: 'nemo', captions: { sidecar: [], burn: false, words: false, max_chars: 42, max_lines: 2 }, ...over });

describe('buildMessage', () => {
  // Changed on purpose: the hints used to follow the unfenced script, so script lines like "Voice: …" were read as settings.
  it('puts the instruction, the hints, then `Script:` and the script between fences', () => {
    expect(buildMessage(item()).split('\n')).toEqual([
      'add a natural AI voiceover in English',
      'Language: en',
      'Resolution: 1080p',
      'Quality: high',
      'Loudness: -16 LUFS',
      'Script:',
      '```',
      '[00:01] Welcome.',
      '[00:04] Bye.',
      '```',
    ]);
  });

  it('sends a voice that was chosen; voice auto (the default) sends none and leaves it to the service', () => {
    expect(buildMessage(item({ voice: 'rms' })).split('\n')).toContain('Voice: rms');
    expect(buildMessage(item({ voice: 'auto' }))).not.toMatch(/^Voice:/m);
  });

  it('script lines that look like settings stay script when `voiceover serve` reads the message', () => {
    const script = 'Voice: clear and friendly, that is our promise.\nTitle: the fastest editor.\nMusic: it is what we love.\nLanguage: ours.\n```\nScript: done.';
    const music = { file: '/repo/m/bed.wav', rel: 'm/bed.wav', volume: 0.35 };
    const it_ = item({ script: { text: script, format: 'text', rel: 's.txt', lineOffset: 0 }, music, voice: 'rms' });
    const text = buildMessage(it_, 'bed_1.wav');
    expect(text).toContain('Script:\n````\n');
    const read = parseMessage(text);
    expect(read.script).toEqual({ text: script, format: 'text' });
    expect(read.hints).toEqual({ language: 'en', voice: 'rms', resolution: '1080p', quality: 'high', loudness: -16, music: { file: 'bed_1.wav', volume: 0.35 } });
    expect(read.instruction).toBe('add a natural AI voiceover in English');
  });

  it('adds aspect, burned captions and the uploaded music name with its volume', () => {
    const music = { file: '/repo/m/bed.wav', rel: 'm/bed.wav', volume: 0.35 };
    const text = buildMessage(item({ output: { dir: '/o', resolution: '720p', aspect: '9:16', quality: 'draft' }, captions: { sidecar: ['srt'], burn: true, words: false, max_chars: 42, max_lines: 2 }, music }), 'bed_1.wav');
    expect(text).toContain('\nAspect ratio: 9:16\n');
    expect(text).toContain('\nCaptions: burn\n');
    expect(text).toContain('\nMusic: bed_1.wav (35%)\nScript:\n');
  });

  it('sends SRT and VTT scripts as timed lines', () => {
    const srt = '1\n00:00:01,500 --> 00:00:03,000\nHello there.\n\n2\n00:01:02,000 --> 00:01:04,000\nSecond\nline.\n';
    const text = buildMessage(item({ script: { text: srt, format: 'srt', rel: 's.srt', lineOffset: 0 } }));
    expect(text).toContain('Script:\n```\n[00:00:01.500] Hello there.\n[00:01:02.000] Second line.\n```');
    expect(timedPrefix(3723.25)).toBe('[01:02:03.250]');
  });
});
