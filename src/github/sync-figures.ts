// Pure figures of how well narration sits on its cues: measured on the delivered file (report.json's qa),
// never derived from the plan (a plan reads 0 ms by construction); the stretch is the plan's own choice.

import type { ReportItem } from '../runner/report.js';
import { formatLoudness } from './format.js';

/** A signed whole number of milliseconds: +4, -200, 0. */
const signedMs = (ms: number): string => `${ms > 0 ? '+' : ''}${Math.round(ms)} ms`;

/** The measured onset figures and the largest stretch of a video; undefined where not known. */
export function syncFigures(item: ReportItem): { worstOnsetMs?: number; linesOff?: number; largestStretch?: number } {
  const onset = item.qa?.onset_error_ms;
  const linesOff = item.qa?.lines_off;
  return {
    ...(onset ? { worstOnsetMs: onset.max } : {}),
    ...(typeof linesOff === 'number' ? { linesOff } : {}),
    ...(item.lines.length ? { largestStretch: Math.max(1, ...item.lines.map((l) => l.stretch)) } : {}),
  };
}

/** "+4 ms", "+200 ms (4 of 4 lines off)"; "—" when not measured. */
export function formatOnset(item: ReportItem): string {
  const { worstOnsetMs, linesOff } = syncFigures(item);
  const off = linesOff ? ` (${linesOff} of ${item.lines.length} line${item.lines.length === 1 ? '' : 's'} off)` : '';
  if (worstOnsetMs === undefined) return linesOff ? `not found${off}` : '—';
  return `${signedMs(worstOnsetMs)}${off}`;
}

/** The loudness as measured on the delivered file, with its clipped samples: "-16.0 LUFS, -5.0 dBTP, 0 clipped". */
export function formatMeasuredLoudness(item: ReportItem): string {
  const qa = item.qa;
  if (!qa) return formatLoudness(item.loudness);
  const loudness = formatLoudness({ integrated_lufs: qa.integrated_lufs, true_peak_dbtp: qa.true_peak_dbtp });
  return `${loudness === '—' ? 'silent' : loudness}, ${qa.clipped_samples} clipped`;
}

/** The comment's one cell of measured figures: "onset +4 ms · -16.0 LUFS, -5.0 dBTP, 0 clipped"; "—" without qa. */
export function formatMeasured(item: ReportItem): string {
  if (!item.qa) return '—';
  const onset = formatOnset(item);
  return `${onset === '—' ? '' : `onset ${onset} · `}${formatMeasuredLoudness(item)}`;
}
