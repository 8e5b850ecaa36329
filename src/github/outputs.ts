// The step's outputs: pure values from the results, then set through @actions/core.

import * as core from '@actions/core';
import { statusCounts, type RunResults } from './results.js';

/** Every output except `matrix`, as strings. */
export function outputValues(results: RunResults): Record<string, string> {
  const counts = statusCounts(results.report.items);
  const urls = Object.fromEntries(
    Object.entries(results.videos).flatMap(([name, meta]) => (meta.artifact ? [[name, meta.artifact.url]] : [])),
  );
  // The balance only goes down during a run: the lowest figure is the latest.
  const balances = results.report.items.flatMap((i) => (i.credits ? [i.credits.available] : []));
  return {
    results: JSON.stringify(results.report),
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
