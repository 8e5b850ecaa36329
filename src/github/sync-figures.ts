// Pure figures of how well narration sits on its cues, from report.json's lines.

import type { ReportItem } from '../runner/report.js';

/** Worst onset error (ms) and largest stretch of a video; undefined when it has no lines. */
export function syncFigures(item: ReportItem): { worstOnsetMs: number; largestStretch: number } | undefined {
  if (item.lines.length === 0) return undefined;
  let worst = 0;
  let stretch = 1;
  for (const line of item.lines) {
    worst = Math.max(worst, Math.abs(line.start_s - line.cue_s) * 1000);
    stretch = Math.max(stretch, line.stretch);
  }
  return { worstOnsetMs: Math.round(worst), largestStretch: stretch };
}
