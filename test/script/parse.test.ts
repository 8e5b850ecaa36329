import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { VoiceoverError } from '../../src/core/errors.js';
import { parseScript, type ParseScriptOptions } from '../../src/script/parse.js';

const parse = (text: string, options: Partial<ParseScriptOptions> = {}) =>
  parseScript(text, { format: 'text', file: 'script.txt', ...options });

/** Diagnostics reduced to what a person reads first: position and severity. */
const where = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.line}:${d.col} ${d.severity}`);

describe('plain text', () => {
  it('makes one untimed cue per sentence, on the line where it starts', () => {
    const { script, diagnostics } = parse('Hello world. This costs $5.\nIt wraps here\nand continues.\n\n# a comment\n\nLast one!');
    expect(diagnostics).toEqual([]);
    expect(script.timed).toBe(false);
    expect(script.cues.map((c) => [c.index, c.text, c.line, c.cue_s, c.end_s])).toEqual([
      [0, 'Hello world.', 1, null, null],
      [1, 'This costs $5.', 1, null, null],
      [2, 'It wraps here and continues.', 2, null, null],
      [3, 'Last one!', 7, null, null],
    ]);
    expect(script.cues[1]?.speech).toBe('This costs five dollars.');
  });

  it('keeps "e.g." and "vs." inside a sentence (Intl.Segmenter) and "Dr." with its name (our merge)', () => {
    const { script } = parse('Use a tool, e.g. a hammer. Python vs. Java is old news. Ask Dr. Smith today. Then stop.');
    expect(script.cues.map((c) => c.text)).toEqual([
      'Use a tool, e.g. a hammer.',
      'Python vs. Java is old news.',
      'Ask Dr. Smith today.',
      'Then stop.',
    ]);
    expect(script.cues[2]?.speech).toBe('Ask Doctor Smith today.');
  });

  it('rejoins what Intl.Segmenter splits after "e.g." or "Dr." when a capital follows', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const raw = [...segmenter.segment('Pick one, e.g. Python. Go.')].map((s) => s.segment.trim());
    expect(raw).toEqual(['Pick one, e.g.', 'Python.', 'Go.']);
    const { script } = parse('Pick one, e.g. Python. Go.');
    expect(script.cues.map((c) => c.text)).toEqual(['Pick one, e.g. Python.', 'Go.']);
  });

  it('still ends a sentence at "etc." (it is not rejoined)', () => {
    const { script } = parse('Apples, pears, etc. Then more.');
    expect(script.cues.map((c) => c.text)).toEqual(['Apples, pears, etc.', 'Then more.']);
  });

  it('does not split numbers, prices and versions', () => {
    const { script } = parse('It costs $4.99 for v2.1.3 today. Done.');
    expect(script.cues.map((c) => c.text)).toEqual(['It costs $4.99 for v2.1.3 today.', 'Done.']);
  });

  it('applies a {voice=…} tag to its paragraph only', () => {
    const { script, diagnostics } = parse('{voice=rms} First. Second.\n\nThird.');
    expect(diagnostics).toEqual([]);
    expect(script.cues.map((c) => [c.text, c.voice])).toEqual([
      ['First.', 'rms'],
      ['Second.', 'rms'],
      ['Third.', undefined],
    ]);
  });

  it('treats "#1" at the start of a line as text, not a comment', () => {
    const { script } = parse('#1 tool for video.');
    expect(script.cues.map((c) => c.speech)).toEqual(['number one tool for video.']);
  });

  it('reports a tag inside a plain line', () => {
    const { diagnostics } = parse('Say {voice=rms} this.');
    expect(where(diagnostics)).toEqual(['1:5 error']);
  });

  it('reports an unknown tag in plain text at its column', () => {
    const { diagnostics } = parse('Intro.\n  {speed=2} Fast text.');
    expect(where(diagnostics)).toEqual(['2:3 error']);
    expect(diagnostics[0]?.message).toBe('unknown tag {speed=2}');
  });

  it('reports an empty script', () => {
    const { script, diagnostics } = parse('# only a comment\n\n');
    expect(script.cues).toEqual([]);
    expect(where(diagnostics)).toEqual(['1:1 error']);
    expect(diagnostics[0]?.message).toMatch(/no text/);
  });

  it('normalises only whitespace for other languages', () => {
    const { script } = parse('Es kostet $5.', { language: 'de' });
    expect(script.cues[0]?.speech).toBe('Es kostet $5.');
  });
});

describe('timed lines', () => {
  it('reads [mm:ss], [mm:ss.s] with any fraction, [hh:mm:ss(.s)], voices and continuation lines', () => {
    const text = [
      '# intro comes first',
      '[00:00] {voice=rms} Welcome to the demo.',
      '[00:05.5] Click the API button',
      'and wait.',
      '[0:07.125] Short.',
      '',
      '[1:02:03.5] Much later, 3.5x faster.',
      '[75:00] Minutes may pass sixty without hours.',
    ].join('\n');
    const { script, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(script.timed).toBe(true);
    expect(script.cues.map((c) => [c.cue_s, c.end_s, c.line, c.voice, c.text])).toEqual([
      [0, null, 2, 'rms', 'Welcome to the demo.'],
      [5.5, null, 3, undefined, 'Click the API button and wait.'],
      [7.125, null, 5, undefined, 'Short.'],
      [3723.5, null, 7, undefined, 'Much later, 3.5x faster.'],
      [4500, null, 8, undefined, 'Minutes may pass sixty without hours.'],
    ]);
    expect(script.cues[1]?.speech).toBe('Click the A P I button and wait.');
    expect(script.cues[3]?.speech).toBe('Much later, three point five times faster.');
  });

  it('reports text before the first time as mixing timed and untimed lines, once', () => {
    const { script, diagnostics } = parse('Intro without a time.\nStill intro.\n[00:02] Timed.');
    expect(where(diagnostics)).toEqual(['1:1 error']);
    expect(diagnostics[0]?.message).toMatch(/mixes timed and untimed lines/);
    expect(script.cues.map((c) => c.text)).toEqual(['Timed.']);
  });

  it('reports seconds or minutes out of range at the time, with a fix hint', () => {
    const { diagnostics } = parse('[00:01] ok\n  [1:75] bad seconds\n[1:60:00] bad minutes\n[00:05,5] comma');
    expect(where(diagnostics)).toEqual(['2:3 error', '3:1 error', '4:1 error']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '[1:75] is not a valid time: seconds must be below 60',
      '[1:60:00] is not a valid time: minutes must be below 60',
      '[00:05,5] is not a valid time: use a dot for fractions of a second',
    ]);
    for (const d of diagnostics) expect(d.hint).toMatch(/\[mm:ss\]/);
  });

  it('reports a bracketed number without a colon as a bad time in a timed script', () => {
    const { diagnostics } = parse('[00:01] ok\n[12] twelve');
    expect(diagnostics[0]?.message).toBe('[12] is not a valid time');
  });

  it('reads "[12] text" as plain text when no line is timed', () => {
    const { script, diagnostics } = parse('[12] is a footnote.');
    expect(diagnostics).toEqual([]);
    expect(script.timed).toBe(false);
    expect(script.cues[0]?.text).toBe('[12] is a footnote.');
  });

  it('reports times that do not increase, naming both lines', () => {
    const { diagnostics } = parse('[00:10] ten\n[00:12] twelve\n[00:11] eleven\n[00:11] again');
    expect(where(diagnostics)).toEqual(['3:1 error', '4:1 error']);
    expect(diagnostics[0]?.message).toBe('time [00:11] on line 3 is not after [00:12] on line 2');
    expect(diagnostics[1]?.message).toBe('time [00:11] on line 4 is not after [00:11] on line 3');
  });

  it('reports a time without text at the column after the time', () => {
    const { script, diagnostics } = parse('[00:01] one\n[00:02]\n[00:03] three');
    expect(where(diagnostics)).toEqual(['2:8 error']);
    expect(diagnostics[0]?.message).toBe('the line at [00:02] has no text');
    expect(script.cues.map((c) => c.text)).toEqual(['one', 'three']);
  });

  it('takes the text of an empty time from the next line', () => {
    const { script, diagnostics } = parse('[00:01]\nText on the next line.');
    expect(diagnostics).toEqual([]);
    expect(script.cues.map((c) => [c.line, c.text])).toEqual([[1, 'Text on the next line.']]);
  });

  it('reports unknown, malformed and empty tags at their columns', () => {
    const { script, diagnostics } = parse('[00:01] {rate=1.2} one\n[00:02] {rms} two\n[00:03]  {voice=} three\n[00:04] {voice=kal three');
    expect(where(diagnostics)).toEqual(['1:9 error', '2:9 error', '3:10 error', '4:9 error']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'unknown tag {rate=1.2}',
      'tag {rms} is not written as {key=value}',
      'tag {voice=} does not name a voice',
      'tag {voice=kal three is not closed',
    ]);
    expect(script.cues[0]?.text).toBe('one');
  });

  it('reports a voice tag on a continuation line or inside a line', () => {
    const { diagnostics } = parse('[00:01] one\n  {voice=rms} more\n[00:02] two {voice=rms} three');
    expect(where(diagnostics)).toEqual(['2:3 error', '3:13 error']);
    expect(diagnostics[1]?.message).toMatch(/would be spoken/);
  });

  it('warns when untimed text follows a blank line, and keeps it in the cue', () => {
    const { script, diagnostics } = parse('[00:01] one\n\nmore words');
    expect(where(diagnostics)).toEqual(['3:1 warning']);
    expect(script.cues[0]?.text).toBe('one more words');
  });

  it('puts a fix hint on every diagnostic', () => {
    const { diagnostics } = parse('before\n[00:05] a\n[00:03] {x=y} b\n[1:99] c\n[00:09]');
    expect(diagnostics.length).toBeGreaterThanOrEqual(4);
    for (const d of diagnostics) expect(d.hint?.length).toBeGreaterThan(10);
  });
});

describe('lineOffset and strict mode', () => {
  it('adds lineOffset to diagnostics, cue lines and line numbers inside messages', () => {
    const { script, diagnostics } = parse('[00:10] ten\n[00:05] five', { lineOffset: 20, file: 'voiceover.config.yml' });
    expect(script.cues.map((c) => c.line)).toEqual([21, 22]);
    expect(diagnostics).toEqual([
      {
        file: 'voiceover.config.yml',
        line: 22,
        col: 1,
        message: 'time [00:05] on line 22 is not after [00:10] on line 21',
        hint: expect.stringMatching(/larger than the line before/),
        severity: 'error',
      },
    ]);
  });

  it('adds lineOffset to plain and subtitle cue lines', () => {
    expect(parse('One. Two.\nThree.', { lineOffset: 4 }).script.cues.map((c) => c.line)).toEqual([5, 5, 6]);
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nHi\n';
    expect(parse(srt, { format: 'srt', lineOffset: 10 }).script.cues[0]?.line).toBe(13);
  });

  it('throws SCRIPT_INVALID for the first error in file order, with its location and hint', () => {
    let thrown: unknown;
    try {
      parse('[00:01] one\n[00:02] {speed=2} two\n[1:75] three', { strict: true, lineOffset: 3, file: 'cfg.yml' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(VoiceoverError);
    const error = thrown as VoiceoverError;
    expect(error.code).toBe('SCRIPT_INVALID');
    expect(error.message).toBe('unknown tag {speed=2}');
    expect(error.hint).toMatch(/\{voice=NAME\}/);
    expect(error.location).toEqual({ file: 'cfg.yml', line: 5, col: 9 });
    expect(error.exitCode).toBe(2);
  });

  it('does not throw for warnings in strict mode', () => {
    const { script, diagnostics } = parse('[00:01] one\n\nmore', { strict: true });
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(script.cues).toHaveLength(1);
  });

  it('returns the same cues in strict mode when nothing is wrong', () => {
    const text = '[00:01] one\n[00:02] two';
    expect(parse(text, { strict: true })).toEqual(parse(text));
  });
});

describe('SRT', () => {
  const srt = [
    '',
    '1',
    '00:00:01,000 --> 00:00:02,500',
    '<i>Hello</i> <b>there</b>,',
    'second line &amp; more.',
    '',
    '2',
    '00:00:03,000 --> 00:00:04,000',
    '{\\an8}{voice=kal} <font color="#ff0000">It costs $5</font>',
    '',
  ].join('\r\n');

  it('reads times, strips markup and joins lines, with the line of each cue text', () => {
    const { script, diagnostics } = parse(srt, { format: 'srt', file: 'demo.srt' });
    expect(diagnostics).toEqual([]);
    expect(script.timed).toBe(true);
    expect(script.cues).toEqual([
      { index: 0, text: 'Hello there, second line & more.', speech: 'Hello there, second line and more.', cue_s: 1, end_s: 2.5, line: 4 },
      { index: 1, text: 'It costs $5', speech: 'It costs five dollars', cue_s: 3, end_s: 4, line: 9, voice: 'kal' },
    ]);
  });

  it('reads a file with a byte order mark', () => {
    const { script } = parse('\uFEFF1\n00:00:01,000 --> 00:00:02,000\nA\n', { format: 'srt' });
    expect(script.cues.map((c) => [c.text, c.line])).toEqual([['A', 3]]);
  });

  it('reports a broken timing line (which the library would fold into the previous cue)', () => {
    const { script, diagnostics } = parse('1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n00:00:03 -> 00:00:04\nB\n', { format: 'srt' });
    expect(where(diagnostics)).toEqual(['6:1 error']);
    expect(diagnostics[0]?.message).toBe('"00:00:03 -> 00:00:04" is not a valid SRT timing line');
    expect(script.cues.map((c) => c.text)).toEqual(['A']);
  });

  it('reports a file that does not start with a cue at the right line', () => {
    const { diagnostics } = parse('\n\nJust some text\nmore', { format: 'srt' });
    expect(where(diagnostics)).toEqual(['3:1 error']);
    expect(diagnostics[0]?.message).toBe('not a valid SRT cue: "Just some text" is not a timing line');
  });

  it('skips an empty cue with a warning and reports cues out of order', () => {
    const text = '1\n00:00:05,000 --> 00:00:06,000\nFive\n\n2\n00:00:02,000 --> 00:00:01,000\nTwo\n\n3\n00:00:07,000 --> 00:00:08,000\n\n';
    const { script, diagnostics } = parse(text, { format: 'srt' });
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.message}`)).toEqual([
      '6:1 error the cue at 00:00:02,000 does not end after it starts',
      '6:1 error the cue at 00:00:02,000 on line 6 does not start after the cue at 00:00:05,000 on line 2',
      '10:1 warning the cue at 00:00:07,000 has no text; it is skipped',
    ]);
    expect(script.cues.map((c) => c.text)).toEqual(['Five', 'Two']);
  });

  it('reports an unknown tag at its column in the cue text', () => {
    const { diagnostics } = parse('1\n00:00:01,000 --> 00:00:02,000\n<i>{pitch=3} Hi</i>\n', { format: 'srt' });
    expect(where(diagnostics)).toEqual(['3:4 error']);
    expect(diagnostics[0]?.message).toBe('unknown tag {pitch=3}');
  });
});

describe('WebVTT', () => {
  const vtt = [
    'WEBVTT - demo',
    'Kind: captions',
    '',
    'STYLE',
    '::cue { color: yellow }',
    '',
    'NOTE written by hand',
    '00:00:00.000 --> 00:00:00.500 is not a cue here',
    '',
    'intro',
    '00:01.000 --> 00:02.000 align:start position:10%',
    '<v Roger Bingham>We are in New York City</v>',
    '',
    '00:00:03.500 --> 00:00:05.000',
    '- <c.yellow>Hi</c> <00:00:04.000>there',
    '- second speaker',
    '',
  ].join('\n');

  it('reads cues with identifiers, settings, NOTE and STYLE blocks; strips voice, class and timestamp tags', () => {
    const { script, diagnostics } = parse(vtt, { format: 'vtt', file: 'demo.vtt' });
    expect(diagnostics).toEqual([]);
    expect(script.cues.map((c) => [c.cue_s, c.end_s, c.line, c.text])).toEqual([
      [1, 2, 12, 'We are in New York City'],
      [3.5, 5, 15, 'Hi there second speaker'],
    ]);
  });

  it('reads a {voice=…} tag that opens the cue text', () => {
    const { script } = parse('WEBVTT\n\n00:01.000 --> 00:02.000\n{voice=kal} <i>Hello</i>\n', { format: 'vtt' });
    expect(script.cues[0]).toMatchObject({ voice: 'kal', text: 'Hello', line: 4 });
  });

  it('reports a {voice=…} tag that does not open the cue text', () => {
    const { diagnostics } = parse('WEBVTT\n\n00:01.000 --> 00:02.000\n{voice=kal} Hello\n<i>and {voice=rms} more</i>\n', { format: 'vtt' });
    expect(where(diagnostics)).toEqual(['5:8 error']);
    expect(diagnostics[0]?.message).toMatch(/must open the text/);
  });

  it('warns when the WEBVTT header is missing', () => {
    const { script, diagnostics } = parse('00:01.000 --> 00:02.000\nHello\n', { format: 'vtt' });
    expect(where(diagnostics)).toEqual(['1:1 warning']);
    expect(script.cues.map((c) => c.text)).toEqual(['Hello']);
  });
});
