// The ItemResult parts that come from the delivered file and the draft: lines, caption sidecars, loudness and QA.

import { writeFile } from 'node:fs/promises';
import type { Logger } from '../../core/logger.js';
import { measureDelivered } from '../../media/qa.js';
import { captionText, type CaptionOptions } from '../../render/captions.js';
import type { ItemContext, ItemResult, ReportLine } from '../types.js';
import { draftCaptions } from './draft-read.js';

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Write the caption sidecars the runner asked for, from the voice lines (else the draft's caption track), laid out like the local backend's. */
export async function writeCaptions(ctx: ItemContext, lines: readonly ReportLine[], state: Record<string, unknown>, logger?: Logger, options?: CaptionOptions): Promise<string[]> {
  const wanted = Object.entries(ctx.captions).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (wanted.length === 0) return [];
  const cues = lines.length > 0 ? lines.map((l) => ({ text: l.text, start_s: l.start_s, end_s: l.end_s, ...(l.words ? { words: l.words } : {}) })) : draftCaptions(state);
  if (cues.length === 0) logger?.warn('nemo: the timeline carries no line times, so the caption files are empty');
  for (const [format, file] of wanted) await writeFile(file, captionText(cues, format as 'srt' | 'vtt', options));
  return wanted.map(([, file]) => file);
}

/** Loudness and QA of the delivered file, as the report shows them, from one decode; onsets where the timeline gave line times. */
export async function deliveredQa(file: string, lines: readonly ReportLine[], signal?: AbortSignal): Promise<Pick<ItemResult, 'loudness' | 'qa'>> {
  const { loudness, qa } = await measureDelivered(file, lines, { signal });
  return { loudness: { integrated_lufs: round2(loudness.integrated_lufs), true_peak_dbtp: round2(loudness.true_peak_dbtp) }, qa };
}
