// Caption layout: lines of at most max_chars broken at phrase boundaries, cues of at most max_lines,
// each cue timed by its words. The expected splits were worked out by hand (widths in the comments).
import { describe, expect, it } from 'vitest';
import { cueText, layoutCaption, type CaptionCue } from '../../src/render/caption-layout.js';
import { textWidth, tokenize } from '../../src/render/caption-words.js';
import type { CaptionLine } from '../../src/render/captions.js';

const line = (text: string, over: Partial<CaptionLine> = {}): CaptionLine => ({ text, start_s: 0, end_s: 10, ...over });
const texts = (cues: CaptionCue[]): string[][] => cues.map((c) => cueText(c).split('\n'));
const TWO_SENTENCES = 'Welcome to the demo of our new dashboard. Today we will create a project and invite the whole team.';

describe('caption layout at 42 characters, 2 lines', () => {
  it('keeps a short line as it is: one cue, one line', () => {
    expect(texts(layoutCaption(line('Welcome to the demo.')))).toEqual([['Welcome to the demo.']]);
  });

  it('fills a line to exactly 42 characters when that is the only split that fits (82 characters)', () => {
    // Line 2 can hold at most 42, so line 1 needs >= 39: only "... deployment that" (42) works.
    const cues = layoutCaption(line('This dashboard shows every deployment that your team made in the last thirty days.'));
    expect(texts(cues)).toEqual([['This dashboard shows every deployment that', 'your team made in the last thirty days.']]);
  });

  it('breaks after a comma rather than at the most balanced space', () => {
    // 58 characters: "…click," (30) / "and invite…" (27) beats "…click, and" (34) / "invite…" (23).
    expect(texts(layoutCaption(line('Create a project in one click, and invite your team to it.')))).toEqual([
      ['Create a project in one click,', 'and invite your team to it.'],
    ]);
  });

  it('breaks before a preposition when there is no punctuation', () => {
    // 64 characters: "…faster" (39) / "for all…" (24); no other space gives a connective.
    expect(texts(layoutCaption(line('The new release makes pages load faster for all of our customers')))).toEqual([
      ['The new release makes pages load faster', 'for all of our customers'],
    ]);
  });

  it('never leaves one word alone on a line when another break works', () => {
    // After "today," (45) would leave "friends." alone; the next best is before "to" (24 / 29).
    expect(texts(layoutCaption(line('Thank you all for coming to the launch today, friends.')))).toEqual([
      ['Thank you all for coming', 'to the launch today, friends.'],
    ]);
  });

  it('splits a line longer than two lines into cues at the sentence end, then balances the next cue', () => {
    // 99 characters > 84: cue 1 is the first sentence (41); cue 2 (57) breaks before "and" (30 / 26).
    expect(texts(layoutCaption(line(TWO_SENTENCES)))).toEqual([
      ['Welcome to the demo of our new dashboard.'],
      ['Today we will create a project', 'and invite the whole team.'],
    ]);
  });
});

describe('custom layouts', () => {
  it('max_chars 30, max_lines 1: one line a cue, broken at the comma', () => {
    const cues = layoutCaption(line('Create a project in one click, and invite your team to it.'), { max_chars: 30, max_lines: 1 });
    expect(texts(cues)).toEqual([['Create a project in one click,'], ['and invite your team to it.']]);
  });

  it('max_lines 3 holds 99 characters in one cue of three lines', () => {
    const cues = layoutCaption(line(TWO_SENTENCES), { max_chars: 42, max_lines: 3 });
    expect(cues).toHaveLength(1);
    expect(texts(cues)[0]).toEqual(['Welcome to the demo of our new dashboard.', 'Today we will create a project', 'and invite the whole team.']);
  });

  it('max_chars 20 keeps every line within 20 and every cue within 2 lines, losing no word', () => {
    const text = 'Every line of this narration has to fit a small phone screen, so it is split more often.';
    const cues = layoutCaption(line(text), { max_chars: 20, max_lines: 2 });
    for (const cue of cues) {
      expect(cue.lines.length).toBeLessThanOrEqual(2);
      for (const row of cueText(cue).split('\n')) expect(row.length).toBeLessThanOrEqual(20);
    }
    expect(cues.map((c) => cueText(c).replace(/\n/g, ' ')).join(' ')).toBe(text);
    // 88 characters need at least 3 cues of 40; the layout needs no more.
    expect(cues.length).toBe(3);
  });
});

describe('words that do not fit, and CJK text', () => {
  const long = 'Supercalifragilisticexpialidociousnessextraordinaire';

  it('keeps a word longer than max_chars whole, on its own line', () => {
    expect(texts(layoutCaption(line(long)))).toEqual([[long]]);
    const cues = layoutCaption(line(`The word ${long} is long.`));
    const rows = cues.flatMap((c) => cueText(c).split('\n'));
    expect(rows).toContain(long);
    expect(rows.join(' ')).toBe(`The word ${long} is long.`);
    for (const cue of cues) expect(cue.lines.length).toBeLessThanOrEqual(2);
  });

  it('splits Chinese without spaces by characters, counting each as two, at the comma that fits', () => {
    // 33 wide characters (66): line 2 may hold 21, so the break goes after the second comma (20 / 13).
    const cues = layoutCaption(line('我们今天发布了新版本，它修复了很多问题，并且让整个系统运行得更快。'));
    expect(texts(cues)).toEqual([['我们今天发布了新版本，它修复了很多问题，', '并且让整个系统运行得更快。']]);
  });

  it('keeps Japanese lines within 21 wide characters, punctuation with the character before it', () => {
    const text = '今日はとても良い天気ですね。明日も晴れるといいのですが、雨が降るかもしれません。';
    const rows = layoutCaption(line(text)).flatMap((c) => cueText(c).split('\n'));
    for (const row of rows) {
      expect(textWidth(row)).toBeLessThanOrEqual(42);
      expect(row).not.toMatch(/^[。、]/u);
    }
    expect(rows.join('')).toBe(text);
    expect(tokenize('（テスト）です。').map((t) => t.text)).toEqual(['（テ', 'ス', 'ト）', 'で', 'す。']);
  });
});

describe('cue times', () => {
  it('without word times: spread by characters over the line', () => {
    // "Today" starts after 41 characters and a space of 99: at 42/99 of a 9.9 s line.
    const cues = layoutCaption(line(TWO_SENTENCES, { start_s: 2, end_s: 11.9 }));
    expect(cues[0]).toMatchObject({ start_s: 2 });
    expect(cues[1]!.start_s).toBeCloseTo(6.2, 9);
    expect(cues[0]!.end_s).toBe(cues[1]!.start_s);
    expect(cues[1]!.end_s).toBe(11.9);
  });

  it('with word times: each cue starts when its first word is said, and every word keeps its time', () => {
    const tokens = TWO_SENTENCES.split(' ');
    // Even 0.3 s steps, then a long pause before "Today" (5.0 s) and slower words after it.
    const words = tokens.map((text, i) => (i < 8 ? { text, start_s: 1 + i * 0.3, end_s: 1.25 + i * 0.3 } : { text, start_s: 5 + (i - 8) * 0.45, end_s: 5.4 + (i - 8) * 0.45 }));
    const cues = layoutCaption(line(TWO_SENTENCES, { start_s: 1, end_s: 10, words }));
    expect(cues.map((c) => [c.start_s, c.end_s])).toEqual([[1, 5], [5, 10]]);
    expect(cues.flatMap((c) => c.lines.flat()).map((w) => [w.text, w.start_s, w.end_s])).toEqual(words.map((w) => [w.text, w.start_s, w.end_s]));
  });

  it('moves a cue boundary rather than flash a cue for less than a second', () => {
    const text = 'If the build fails, the pipeline stops and sends a message to the person who made the change.';
    // Over 6 s the comma wins: "If the build fails," (19 of 93 characters) shows 1.29 s.
    expect(texts(layoutCaption(line(text, { end_s: 6 })))).toEqual([['If the build fails,'], ['the pipeline stops and sends a message', 'to the person who made the change.']]);
    // Over 3 s it would show 0.6 s: the boundary moves to before "to" and the first cue shows 1.9 s.
    const fast = layoutCaption(line(text, { end_s: 3 }));
    expect(texts(fast)).toEqual([['If the build fails,', 'the pipeline stops and sends a message'], ['to the person who made the change.']]);
    for (const cue of fast) expect(cue.end_s - cue.start_s).toBeGreaterThanOrEqual(1);
  });

  it('with word times that do not match the written words (normalised speech): mapped by position, monotone, inside the line', () => {
    const words = [
      { text: 'It', start_s: 1, end_s: 1.2 },
      { text: 'costs', start_s: 1.3, end_s: 1.7 },
      { text: 'five', start_s: 1.8, end_s: 2.1 },
      { text: 'dollars', start_s: 2.2, end_s: 2.7 },
      { text: 'today.', start_s: 2.9, end_s: 3.4 },
    ];
    const [cue] = layoutCaption(line('It costs $5 today.', { start_s: 1, end_s: 3.5, words }));
    const timed = cue!.lines.flat();
    expect(timed.map((w) => w.text)).toEqual(['It', 'costs', '$5', 'today.']);
    expect(timed[0]!.start_s).toBe(1);
    expect(timed.at(-1)!.end_s).toBe(3.4);
    for (let i = 1; i < timed.length; i++) expect(timed[i]!.start_s).toBeGreaterThanOrEqual(timed[i - 1]!.start_s);
  });
});
