// Burned word captions: an ASS karaoke script, read back with ass-compiler's parser.
import { parse } from 'ass-compiler';
import { describe, expect, it } from 'vitest';
import { escapeAss, KARAOKE_HIGHLIGHT, karaokeAss } from '../../src/render/captions-ass.js';
import type { CaptionLine } from '../../src/render/captions.js';
import { burnFilter } from '../../src/render/video-args.js';

const SENTENCES = 'Welcome to the demo of our new dashboard. Today we will create a project and invite the whole team.';
const words = SENTENCES.split(' ').map((text, i) => (i < 8 ? { text, start_s: 1.2 + i * 0.3, end_s: 1.45 + i * 0.3 } : { text, start_s: 5 + (i - 8) * 0.45, end_s: 5.4 + (i - 8) * 0.45 }));
const timedLine: CaptionLine = { text: SENTENCES, start_s: 1, end_s: 10, words };
const cs = (s: number): number => Math.round(s * 100);

/** Each dialogue's syllables: [\k duration (cs), text]. */
function syllables(ass: string): { start: number; end: number; parts: [number, string][] }[] {
  return parse(ass).events.dialogue.map((d) => ({
    start: cs(d.Start),
    end: cs(d.End),
    parts: d.Text.parsed.map((p) => [p.tags.find((t) => t.k !== undefined)?.k ?? NaN, p.text] as [number, string]),
  }));
}

describe('ASS karaoke captions', () => {
  it('sizes the script to the output frame, in DejaVu Sans, with the highlight as the colour a word turns', () => {
    const ass = parse(karaokeAss([timedLine], { width: 1280, height: 720 }));
    expect(ass.info).toMatchObject({ PlayResX: '1280', PlayResY: '720', ScaledBorderAndShadow: 'yes' });
    const [style] = ass.styles.style;
    expect(style).toMatchObject({ Fontname: 'DejaVu Sans', PrimaryColour: KARAOKE_HIGHLIGHT, SecondaryColour: '&H00FFFFFF', Alignment: '2' });
    // The plain burn's share of the height (16/288 of 720 = 40), as long as 42 characters fit the width.
    expect(Number(style!.Fontsize)).toBe(40);
    const portrait = parse(karaokeAss([timedLine], { width: 720, height: 1280 })).styles.style[0]!;
    expect(Number(portrait.Fontsize) * 0.6 * 42).toBeLessThanOrEqual(720 * 0.9);
  });

  it('\\k durations add up to each cue and each word lights up at its own time', () => {
    const cues = syllables(karaokeAss([timedLine], { width: 1920, height: 1080 }));
    expect(cues.map((c) => [c.start, c.end])).toEqual([[100, 500], [500, 1000]]);
    const lit: number[] = [];
    for (const cue of cues) {
      expect(cue.parts.reduce((sum, [k]) => sum + k, 0)).toBe(cue.end - cue.start);
      let at = cue.start;
      for (const [k, text] of cue.parts) {
        if (text.trim()) lit.push(at);
        at += k;
      }
    }
    // The first cue starts at the line (1 s) before its first word (1.2 s): an empty lead-in syllable.
    expect(cues[0]!.parts[0]).toEqual([20, '']);
    expect(lit).toEqual(words.map((w) => cs(w.start_s)));
    expect(cues[1]!.parts.map(([, t]) => t).join('')).toBe('Today we will create a project\\Nand invite the whole team.');
  });

  it('estimates word times by characters when the line has none, still summing to the cue', () => {
    const cues = syllables(karaokeAss([{ text: 'Every word here lights up in turn.', start_s: 0, end_s: 3.4 }], { width: 640, height: 360 }));
    expect(cues).toHaveLength(1);
    const [cue] = cues;
    expect(cue!.parts.reduce((sum, [k]) => sum + k, 0)).toBe(340);
    // 34 characters: "word" lights at (5 + 1) / 34 of 3.4 s, "here" at (5 + 1 + 4 + 1) / 34.
    expect(cue!.parts.slice(0, 2)).toEqual([[60, 'Every'], [50, ' word']]);
  });

  it('keeps override braces and backslashes out of the text', () => {
    expect(escapeAss('a {\\b1} b \\N')).toBe('a (\\\u2060b1) b \\\u2060N');
  });

  it('is burned with its own style: no force_style over an .ass file (an .srt keeps it)', () => {
    const size = { width: 1280, height: 720 };
    expect(burnFilter({ file: '/w/burn.ass', fontsDir: '/fonts' }, size)).toBe("subtitles='/w/burn.ass':fontsdir='/fonts'");
    expect(burnFilter({ file: '/w/burn.srt', fontsDir: '/fonts' }, size)).toContain('force_style=');
  });
});
