// The step's outputs: pure values from the results, then set through @actions/core.

import * as core from '@actions/core';
import type { Report } from '../runner/report.js';
import { statusCounts, type RunResults } from './results.js';

/** The `results` output stays under this many bytes (GitHub keeps 1 MB of outputs per job). */
export const RESULTS_OUTPUT_LIMIT_BYTES = 900 * 1000;

/** The summary's note when the `results` output had to be cut. */
export const RESULTS_OUTPUT_NOTE =
  'The `results` output was too large, so it leaves out each video\'s `lines` (and past that, everything but names and statuses): the results artifact holds the whole report.';

/** report.json as the `results` output: whole when it fits the budget, else without per-line timings, else names and statuses only. */
export function resultsOutput(report: Report, limit = RESULTS_OUTPUT_LIMIT_BYTES): { json: string; trimmed: boolean } {
  const whole = JSON.stringify(report);
  if (Buffer.byteLength(whole) <= limit) return { json: whole, trimmed: false };
  const noLines = JSON.stringify({ ...report, lines_omitted: true, items: report.items.map((i) => ({ ...i, lines: [] })) });
  if (Buffer.byteLength(noLines) <= limit) return { json: noLines, trimmed: true };
  return { json: JSON.stringify({ ...report, lines_omitted: true, items: report.items.map((i) => ({ name: i.name, status: i.status })) }), trimmed: true };
}

/** Every output except `matrix`, as strings. */
export function outputValues(results: RunResults, onTrimmed?: () => void): Record<string, string> {
  const counts = statusCounts(results.report.items);
  const urls = Object.fromEntries(
    Object.entries(results.videos).flatMap(([name, meta]) => (meta.artifact ? [[name, meta.artifact.url]] : [])),
  );
  // The balance only goes down during a run: the lowest figure is the latest.
  const balances = results.report.items.flatMap((i) => (i.credits ? [i.credits.available] : []));
  const output = resultsOutput(results.report);
  if (output.trimmed) onTrimmed?.();
  return {
    results: output.json,
    delivered: String(counts.delivered),
    failed: String(counts.failed),
    skipped: String(counts.skipped + results.notRun.length),
    'artifact-urls': JSON.stringify(urls),
    'credits-available': balances.length ? String(Math.min(...balances)) : '',
  };
}

/** Set the outputs of a run. */
export function setOutputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) core.setOutput(name, value);
}
