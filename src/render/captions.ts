// Caption sidecars (SRT, WebVTT) from the plan's real times, written by the `subtitle` library; every
// line laid out into readable cues first (caption-layout.ts).

import { formatTimestamp, stringifySync, type NodeList } from 'subtitle';
import type { CaptionFormat } from '../config/types.js';
import { cueText, DEFAULT_CAPTION_LAYOUT, layoutCaptions, type CaptionCue, type CaptionLayout } from './caption-layout.js';
import type { CaptionLine } from './caption-line.js';

export type { CaptionLine } from './caption-line.js';

/** How caption files are made: the layout, and whether the VTT carries word timestamps. */
export interface CaptionOptions extends CaptionLayout {
  /** WebVTT cue-text timestamps before each word (karaoke); SRT has no such syntax and stays plain. */
  words?: boolean;
}

const ms = (s: number): number => Math.round(s * 1000);

/** Caption file text in the given format, every line split into cues of at most max_lines × max_chars. */
export function captionText(lines: readonly CaptionLine[], format: CaptionFormat, options: CaptionOptions = DEFAULT_CAPTION_LAYOUT): string {
  const cues = layoutCaptions(lines, options);
  const vtt = format === 'vtt';
  const nodes: NodeList = cues.map((cue) => ({
    type: 'cue' as const,
    data: { start: ms(cue.start_s), end: ms(cue.end_s), text: vtt ? vttCueText(cue, options.words === true) : cueText(cue) },
  }));
  return stringifySync(nodes, { format: vtt ? 'WebVTT' : 'SRT' });
}

/**
 * A cue's WebVTT payload: text escaped (& < >), and with `words` a timestamp tag before each word
 * after the first (`<00:00:01.500>word`). The spec wants each timestamp after the cue's start, after
 * the previous one and before the cue's end (https://www.w3.org/TR/webvtt1/#webvtt-cue-timestamp):
 * a word whose time would break that joins the word before it.
 */
export function vttCueText(cue: CaptionCue, words: boolean): string {
  let last = ms(cue.start_s);
  const end = ms(cue.end_s);
  return cue.lines
    .map((line, r) =>
      line
        .map((w, i) => {
          const at = ms(w.start_s);
          const first = r === 0 && i === 0;
          const stamp = words && !first && at > last && at < end ? `<${formatTimestamp(at, { format: 'WebVTT' })}>` : '';
          if (stamp) last = at;
          return (i > 0 && w.space ? ' ' : '') + stamp + escapeVtt(w.text);
        })
        .join(''),
    )
    .join('\n');
}

/** Escape text for a WebVTT cue payload. */
export function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
