// Word-highlight captions to burn in: an ASS script with karaoke tags (`{\k<cs>}` per word), laid
// out like every caption (caption-layout.ts) and written by ass-compiler's stringify.

import { stringify, type ParsedASS } from 'ass-compiler';
import type { CaptionLine } from './caption-line.js';
import { DEFAULT_CAPTION_LAYOUT, layoutCaptions, type CaptionCue, type CaptionLayout } from './caption-layout.js';
import type { Size } from './geometry.js';

/** Colour of a word once it is said (ASS &HAABBGGRR): yellow. Words not yet said are white. */
export const KARAOKE_HIGHLIGHT = '&H0000FFFF';
const UNSAID = '&H00FFFFFF';

/** The font every burned caption uses (dejavu-fonts-ttf, found through the filter's fontsdir). */
export const CAPTION_FONT = 'DejaVu Sans';

// DejaVu Sans averages about 0.6 em a character over running text.
const EM_PER_CHAR = 0.6;

type Segment = ParsedASS['events']['dialogue'][number]['Text']['parsed'][number];

/** Centiseconds, the unit of ASS times and of `\k`. */
const cs = (s: number): number => Math.round(s * 100);

/** Style sizes for a frame: the same share of the height as the plain burn (16/288, portrait 10/288), never wider than max_chars allows. */
export function karaokeStyle(size: Size, layout: CaptionLayout): { fontSize: number; outline: number; marginV: number; marginH: number } {
  const portrait = size.height > size.width;
  const byHeight = (size.height * (portrait ? 10 : 16)) / 288;
  const byWidth = (size.width * 0.9) / (layout.max_chars * EM_PER_CHAR);
  const fontSize = Math.max(8, Math.min(Math.round(byHeight), Math.floor(byWidth)));
  return {
    fontSize,
    outline: Math.round(((fontSize * 1.5) / 16) * 10) / 10,
    marginV: Math.round((size.height * (portrait ? 40 : 20)) / 288),
    marginH: Math.round(size.width * 0.04),
  };
}

/**
 * The karaoke segments of a cue: an empty lead-in syllable up to the first word when it starts
 * later than the cue, then one syllable per word lasting until the next word starts (the last until
 * the cue ends), so the `\k` durations add up to the cue's length exactly, in centiseconds.
 */
export function karaokeSegments(cue: CaptionCue): Segment[] {
  const words = cue.lines.flatMap((line, r) => line.map((w, i) => ({ w, lead: i === 0 ? (r > 0 ? '\\N' : '') : w.space ? ' ' : '' })));
  const begin = cs(cue.start_s);
  const end = Math.max(begin, cs(cue.end_s));
  let floor = begin;
  const starts = words.map(({ w }) => (floor = Math.min(end, Math.max(floor, cs(w.start_s)))));
  const segments: Segment[] = [];
  if (starts.length > 0 && starts[0]! > begin) segments.push({ tags: [{ k: starts[0]! - begin }], text: '', drawing: [] });
  words.forEach(({ w, lead }, i) => {
    const next = i + 1 < starts.length ? starts[i + 1]! : end;
    segments.push({ tags: [{ k: next - starts[i]! }], text: lead + escapeAss(w.text), drawing: [] });
  });
  return segments;
}

/** An ASS script (PlayRes = the output frame) whose dialogue lights each word up as it is said. */
export function karaokeAss(lines: readonly CaptionLine[], size: Size, layout: CaptionLayout = DEFAULT_CAPTION_LAYOUT): string {
  const style = karaokeStyle(size, layout);
  const script: ParsedASS = {
    info: {
      Title: 'voiceover captions',
      ScriptType: 'v4.00+',
      WrapStyle: '0',
      PlayResX: String(size.width),
      PlayResY: String(size.height),
      ScaledBorderAndShadow: 'yes',
      Collisions: 'Normal',
    },
    styles: {
      format: ['Name', 'Fontname', 'Fontsize', 'PrimaryColour', 'SecondaryColour', 'OutlineColour', 'BackColour', 'Bold', 'Italic', 'Underline', 'StrikeOut', 'ScaleX', 'ScaleY', 'Spacing', 'Angle', 'BorderStyle', 'Outline', 'Shadow', 'Alignment', 'MarginL', 'MarginR', 'MarginV', 'Encoding'],
      style: [
        {
          Name: 'Default', Fontname: CAPTION_FONT, Fontsize: String(style.fontSize), PrimaryColour: KARAOKE_HIGHLIGHT, SecondaryColour: UNSAID,
          OutlineColour: '&H00000000', BackColour: '&H80000000', Bold: '0', Italic: '0', Underline: '0', StrikeOut: '0', ScaleX: '100', ScaleY: '100',
          Spacing: '0', Angle: '0', BorderStyle: '1', Outline: String(style.outline), Shadow: '0', Alignment: '2',
          MarginL: String(style.marginH), MarginR: String(style.marginH), MarginV: String(style.marginV), Encoding: '1',
        },
      ],
    },
    events: {
      format: ['Layer', 'Start', 'End', 'Style', 'Name', 'MarginL', 'MarginR', 'MarginV', 'Effect', 'Text'],
      comment: [],
      dialogue: layoutCaptions(lines, layout).map((cue) => ({
        Layer: 0, Start: cs(cue.start_s) / 100, End: Math.max(cs(cue.start_s), cs(cue.end_s)) / 100, Style: 'Default', Name: '',
        MarginL: 0, MarginR: 0, MarginV: 0, Text: { raw: '', combined: '', parsed: karaokeSegments(cue) },
      })),
    },
  };
  return stringify(script);
}

/**
 * Text as ASS shows it literally: braces would open an override block, so they become parentheses;
 * a backslash gets a word joiner after it so `\N`, `\n`, `\h` are never formed.
 */
export function escapeAss(text: string): string {
  return text.replace(/\{/g, '(').replace(/\}/g, ')').replace(/\\/g, '\\\u2060');
}
