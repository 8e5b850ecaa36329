// report.json: the contract other tools read (DESIGN.md "Contracts").

import { readFile, writeFile, rename } from 'node:fs/promises';
import type { ReportLine } from '../backends/types.js';
import type { ItemWarning } from '../core/warnings.js';
import type { DeliveredQa } from '../media/qa.js';

/** One item of report.json. Unknown values (a failed item's output) are null. */
export interface ReportItem {
  name: string;
  status: 'delivered' | 'skipped' | 'failed';
  /** Path of the MP4 relative to the config's folder, POSIX separators. */
  output: string | null;
  captions: string[];
  duration_s: number | null;
  timings_s: { tts: number; plan: number; render: number; total: number };
  loudness: { integrated_lufs: number; true_peak_dbtp: number } | null;
  lines: ReportLine[];
  /** Measured on the delivered file (DESIGN.md: report.json); older reports and unmeasured items have none. */
  qa?: DeliveredQa;
  credits?: { spent: number; available: number };
  /** What cloud voices were sent (characters by engine, requests), for cost estimates; cached lines count 0. */
  tts?: { characters_sent: Record<string, number>; requests: number };
  links?: { task?: string; download?: string };
  /** A player-compatible copy written beside the output (nemo.compatible_copy), relative like `output`. */
  compatible_copy?: { output: string; reencoded: boolean; reason: string };
  /** What a person should know about the delivered file, at the video's config line (annotations show them). */
  warnings?: (ItemWarning & { file: string; line: number | null })[];
  error?: { code: string; message: string; hint: string; file: string; line: number | null; backend_code?: number };
}

/** The whole report. */
export interface Report {
  version: 1;
  backend: string;
  items: ReportItem[];
}

/** Write report.json atomically (temp file, then rename). */
export async function writeReport(file: string, report: Report): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(report, null, 2)}\n`);
  await rename(tmp, file);
}

/** The report.json already in an output folder, or undefined when missing or not a version-1 report. */
export async function readReport(file: string): Promise<Report | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Report;
    return parsed.version === 1 && Array.isArray(parsed.items) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The items of a report after running some of the config's videos (`--only`): the ones just run, and the
 * previous report's items for the others, in config order; items whose video left the config are dropped.
 */
export function mergeReportItems(previous: readonly ReportItem[], ran: readonly ReportItem[], configNames: readonly string[]): ReportItem[] {
  const byName = new Map<string, ReportItem>();
  for (const item of previous) if (item && typeof item.name === 'string') byName.set(item.name, item);
  for (const item of ran) byName.set(item.name, item);
  return configNames.flatMap((name) => byName.get(name) ?? []);
}
