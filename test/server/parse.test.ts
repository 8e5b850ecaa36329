// Pure parts of the server: reading messages (English and Chinese), content sniffing, address checks, CLI flags.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/server/agent/parse-message.js';
import { sniffType } from '../../src/server/upload/sniff-type.js';
import { isNonPublicAddress } from '../../src/server/upload/address-guard.js';
import { serverOptionsFromFlags } from '../../src/server/index.js';
import { VoiceoverError } from '../../src/core/errors.js';

describe('parseMessage', () => {
  it('reads the client message: instruction, Script: block, hint lines', () => {
    const text = [
      'Add a natural AI voiceover in English',
      'Script:',
      '[00:00:01.000] Welcome.',
      '[00:00:03.500] {voice=rms} Bye.',
      'Language: en',
      'Voice: slt',
      'Aspect ratio: 9:16',
      'Resolution: 720p',
      'Quality: draft',
      'Loudness: -14 LUFS',
      'Captions: burn',
      'Music: bed.mp3 (35%)',
    ].join('\n');
    const m = parseMessage(text);
    expect(m.intent).toBe('edit');
    expect(m.instruction).toBe('Add a natural AI voiceover in English');
    expect(m.script).toEqual({ text: '[00:00:01.000] Welcome.\n[00:00:03.500] {voice=rms} Bye.', format: 'text' });
    expect(m.hints).toEqual({ language: 'en', voice: 'slt', aspect: '9:16', resolution: '720p', quality: 'draft', loudness: -14, burn: true, music: { file: 'bed.mp3', volume: 0.35 } });
  });

  it('reads every line of a fenced script block as script, settings before it as settings', () => {
    const m = parseMessage(['Add a voiceover', 'Voice: rms', 'Music: bed.mp3 (20%)', 'Script:', '```', 'Voice: clear and friendly.', 'Title: the fastest editor.', 'Music: it is what we love.', '', 'Script: the end.', '```', 'Captions: burn'].join('\n'));
    expect(m.script?.text).toBe('Voice: clear and friendly.\nTitle: the fastest editor.\nMusic: it is what we love.\n\nScript: the end.');
    expect(m.hints).toEqual({ voice: 'rms', music: { file: 'bed.mp3', volume: 0.2 }, burn: true });
    expect(m.instruction).toBe('Add a voiceover');
    // A longer fence; only a fence line at least as long closes it.
    expect(parseMessage('Script:\n````\n```\nHello.\n````').script?.text).toBe('```\nHello.');
    expect(parseMessage('Script: """\nTitle: Hi.\n"""\nTitle: Real').hints).toEqual({ title: 'Real' });
  });

  it('without a fence: "End of script" (or 脚本结束) ends the block; else only trailing setting lines are settings', () => {
    const ended = parseMessage('Add a voiceover\nScript:\nVoice: clear and friendly.\nTitle: fast.\nEnd of script.\nVoice: rms');
    expect(ended.script?.text).toBe('Voice: clear and friendly.\nTitle: fast.');
    expect(ended.hints).toEqual({ voice: 'rms' });
    const legacy = parseMessage('Add a voiceover\nScript:\nWelcome.\nVoice: clear and friendly, always.\nMusic: it is what we love.\nBye.\nLanguage: en\n\nVoice: slt');
    expect(legacy.script?.text).toBe('Welcome.\nVoice: clear and friendly, always.\nMusic: it is what we love.\nBye.');
    expect(legacy.hints).toEqual({ language: 'en', voice: 'slt' });
    const unclosed = parseMessage('Script:\n```\nTitle: fast.\nBye.\nLanguage: en');
    expect(unclosed.script?.text).toBe('Title: fast.\nBye.');
    expect(unclosed.hints).toEqual({ language: 'en' });
    const zh = parseMessage('加配音\n语言：zh-CN\n脚本：\n标题：城市之梦\n欢迎来到这里。\n脚本结束\n字幕：烧录');
    expect(zh.script?.text).toBe('标题：城市之梦\n欢迎来到这里。');
    expect(zh.hints).toEqual({ language: 'zh-CN', burn: true });
  });

  it('finds timed lines and SRT without a marker, and plain text after a blank line', () => {
    expect(parseMessage('Narrate this:\n[00:02] Hello there.\n[00:04] Bye.').script?.text).toBe('[00:02] Hello there.\n[00:04] Bye.');
    const srt = parseMessage('Add a voiceover\n1\n00:00:01,000 --> 00:00:02,000\nHello\n');
    expect(srt.script).toEqual({ text: '1\n00:00:01,000 --> 00:00:02,000\nHello', format: 'srt' });
    const plain = parseMessage('Add a voiceover.\n\nOur app saves time. It is fast.');
    expect(plain).toMatchObject({ intent: 'edit', instruction: 'Add a voiceover.', script: { text: 'Our app saves time. It is fast.', format: 'text' } });
    expect(parseMessage('Add a voiceover saying "Welcome to the show."').script?.text).toBe('Welcome to the show.');
  });

  it.each([
    ['改成竖屏', { aspect: '9:16' }],
    ['换成横屏并加字幕', { aspect: '16:9', burn: true }],
    ['加上背景音乐，标题「城市之梦」', { music: {}, title: '城市之梦' }],
    ['用中文配音，女声', { language: 'zh-CN', voice: 'slt' }],
    ['make it vertical with a title "Urban Dreams"', { aspect: '9:16', title: 'Urban Dreams' }],
    ['square please, no captions, without music', { aspect: '1:1', burn: false, music: false }],
    ['字幕：烧录\n比例：9:16', { burn: true, aspect: '9:16' }],
  ])('understands %j as an edit', (text, hints) => {
    const m = parseMessage(text);
    expect(m.intent).toBe('edit');
    expect(m.hints).toMatchObject(hints);
    expect(m.script).toBeUndefined();
  });

  it.each([
    ['导出视频', 'export'],
    ['Export it please', 'export'],
    ['现在的状态？', 'status'],
    ['what is the progress', 'status'],
    ['我的积分还剩多少', 'credits'],
    ['How many credits do I have left?', 'credits'],
    ['hello', 'help'],
  ])('reads %j as a %s question (free)', (text, intent) => {
    expect(parseMessage(text).intent).toBe(intent);
  });
});

describe('sniffType (content, not names)', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
  it.each([
    [bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0]), 'mp4'],
    [bytes([0, 0, 0, 0x14], 'ftypqt  '), 'mov'],
    [bytes([0, 0, 0, 0x20], 'ftypM4A '), 'm4a'],
    [bytes('RIFF', [0, 0, 0, 0], 'AVI LIST'), 'avi'],
    [bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '), 'wav'],
    [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'webp'],
    [bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'), 'webm'],
    [bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska'), 'mkv'],
    [bytes([0xff, 0xd8, 0xff, 0xe0]), 'jpg'],
    [bytes('\x89PNG\r\n\x1a\n'), 'png'],
    [bytes('GIF89a'), 'gif'],
    [bytes('ID3', [4, 0, 0, 0, 0, 0, 0], [0xff, 0xfb, 0x90]), 'mp3'],
    [bytes([0xff, 0xfb, 0x90, 0x64]), 'mp3'],
    [bytes([0xff, 0xf1, 0x50, 0x80]), 'aac'],
  ])('recognises %s', (head, format) => {
    expect(sniffType(head)?.format).toBe(format);
  });
  it('refuses text, PDFs and unknown RIFF forms', () => {
    expect(sniffType(Buffer.from('hello, this is text pretending to be a video'))).toBeUndefined();
    expect(sniffType(Buffer.from('%PDF-1.7\n'))).toBeUndefined();
    expect(sniffType(bytes('RIFF', [0, 0, 0, 0], 'CDDAfmt '))).toBeUndefined();
  });
});

describe('isNonPublicAddress', () => {
  it.each(['127.0.0.1', '127.8.9.10', '10.0.0.5', '172.16.3.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd12:3456::1', 'fc00::2', '::ffff:127.0.0.1', '::ffff:a00:1', '64:ff9b::a9fe:a9fe', '224.0.0.1'])('refuses %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });
  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(false);
  });
  it.each([
    ['6to4 of loopback', '2002:7f00:1::1'],
    ['6to4 of link-local metadata', '2002:a9fe:a9fe::1'],
    ['6to4 of 192.168/16', '2002:c0a8:101::1'],
    ['Teredo, client loopback (obfuscated)', '2001:0:5db8:d822::80ff:fffe'],
    ['Teredo, server 10/8', '2001:0:a00:1::fefe:fefe'],
    ['NAT64 of loopback', '64:ff9b::7f00:1'],
    ['NAT64 of 10/8, dotted', '64:ff9b::10.0.0.1'],
    ['local-use NAT64 (RFC 8215)', '64:ff9b:1::808:808'],
    ['IPv4-translated 10/8', '::ffff:0:a00:1'],
    ['IPv4-mapped, long form', '0:0:0:0:0:ffff:7f00:1'],
  ])('refuses %s (%s)', (_what, address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });
  it.each(['2002:808:808::1', '2001:0:808:808::fefe:fefe', '64:ff9b::808:808', '::ffff:0:808:808'])('allows %s (embeds public IPv4 only)', (address) => {
    expect(isNonPublicAddress(address)).toBe(false);
  });
});

describe('serverOptionsFromFlags', () => {
  it('converts flags, resolving the data folder', () => {
    expect(serverOptionsFromFlags({ port: '0', host: '0.0.0.0', token: ['a', 'b:read'], dataDir: 'data', grant: '20', cost: 5, allowPrivateUrls: true }, { cwd: '/srv' })).toMatchObject({
      port: 0, host: '0.0.0.0', tokens: ['a', 'b:read'], dataDir: '/srv/data', grantCredits: 20, messageCost: 5, allowPrivateUrls: true,
    });
    expect(serverOptionsFromFlags({}, { cwd: '/srv' })).toMatchObject({ dataDir: '/srv/.voiceover-serve', tokens: [], allowPrivateUrls: false });
    expect(serverOptionsFromFlags({ maxUploadMb: '2' }).maxUploadBytes).toBe(2 * 1024 * 1024);
  });
  it('refuses bad numbers with a hint', () => {
    expect(() => serverOptionsFromFlags({ port: 'eighty' })).toThrow(VoiceoverError);
    expect(() => serverOptionsFromFlags({ port: 70000 })).toThrow(/65535/);
    expect(() => serverOptionsFromFlags({ grant: '-3' })).toThrow(/whole number/);
  });
});
