// The caption line every caption writer starts from (re-exported by captions.ts).

import type { WordTiming } from '../tts/types.js';

/** A caption line: text shown from start to end (seconds). */
export interface CaptionLine {
  text: string;
  start_s: number;
  end_s: number;
  /** Word times in output seconds, when known (word captions). */
  words?: WordTiming[];
}
