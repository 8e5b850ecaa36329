// When the config is invalid (or `only` matches nothing): annotate it, say so in the summary and outputs, fail.

import * as core from '@actions/core';
import { formatDiagnostic } from '../core/diagnostics.js';
import { configAnnotations, foldAnnotations } from './annotations.js';
import { emitAnnotations } from './emit-annotations.js';
import { runUrl, type EventContext } from './event-context.js';
import type { ActionInputs } from './inputs.js';
import type { Prepared } from './prepare.js';
import { outputValues, setOutputs } from './outputs.js';
import type { RunResults } from './results.js';
import { summaryMarkdown } from './summary-markdown.js';

/** Annotate the diagnostics, write the summary and outputs (nothing ran), and fail the step whatever fail-on says. */
export async function failPrepared(prepared: Extract<Prepared, { ok: false }>, inputs: ActionInputs, ctx: EventContext): Promise<void> {
  emitAnnotations(foldAnnotations(configAnnotations(prepared.diagnostics, ctx.workspace, prepared.title), { reserveError: true }).shown);
  const results: RunResults = {
    version: 1,
    shard: inputs.shard ? `${inputs.shard.index}/${inputs.shard.count}` : null,
    report: { version: 1, backend: '', items: [] },
    videos: {},
    notRun: [],
    config: prepared.configRel,
    notes: [`${prepared.message}.`],
    problems: prepared.diagnostics.map(formatDiagnostic),
  };
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(results, { runUrl: runUrl(ctx) })).write();
  setOutputs(outputValues(results));
  core.setFailed(prepared.message);
}
