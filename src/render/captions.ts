// Caption sidecars (SRT, WebVTT) from the plan's real times, written by the `subtitle` library.

import { stringifySync, type NodeList } from 'subtitle';
import type { CaptionFormat } from '../config/types.js';
import type { WordTiming } from '../tts/types.js';

/** A caption line: text shown from start to end (seconds). */
export interface CaptionLine {
  text: string;
  start_s: number;
  end_s: number;
  /** Word times in output seconds, when known (word captions). */
  words?: WordTiming[];
}

/** Caption file text in the given format. */
export function captionText(lines: readonly CaptionLine[], format: CaptionFormat): string {
  const nodes: NodeList = lines.map((l) => ({
    type: 'cue' as const,
    data: { start: Math.round(l.start_s * 1000), end: Math.round(l.end_s * 1000), text: l.text },
  }));
  return stringifySync(nodes, { format: format === 'srt' ? 'SRT' : 'WebVTT' });
}
