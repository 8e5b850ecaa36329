// When the config is invalid (or `only` matches nothing): annotate it, upload the results (a report job
// reads them), say so in the summary, the sticky comment and the outputs, and fail.

import * as core from '@actions/core';
import { formatDiagnostic } from '../core/diagnostics.js';
import { configAnnotations, foldAnnotations } from './annotations.js';
import { resultsArtifactName } from './artifact-names.js';
import { artifactsAvailable, uploadResults } from './artifacts.js';
import { emitAnnotations } from './emit-annotations.js';
import type { EventContext } from './event-context.js';
import type { ActionInputs } from './inputs.js';
import type { Prepared } from './prepare.js';
import { publish } from './publish.js';
import type { RunResults } from './results.js';

/** Annotate the diagnostics, upload results, publish (nothing ran), and fail the step whatever fail-on says. */
export async function failPrepared(prepared: Extract<Prepared, { ok: false }>, inputs: ActionInputs, ctx: EventContext, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  emitAnnotations(foldAnnotations(configAnnotations(prepared.diagnostics, ctx.workspace, prepared.title), { reserveError: true }).shown);
  const shard = inputs.shard ? `${inputs.shard.index}/${inputs.shard.count}` : null;
  const results: RunResults = {
    version: 1,
    shard,
    report: { version: 1, backend: '', items: [] },
    videos: {},
    notRun: [],
    config: prepared.configRel,
    notes: [`${prepared.message}.`],
    problems: prepared.diagnostics.map(formatDiagnostic),
    failure: prepared.message,
    ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
  };
  const warnings: string[] = [];
  if (artifactsAvailable(env)) {
    const target = { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, runId: ctx.runId, retentionDays: inputs.retentionDays };
    await uploadResults(target, resultsArtifactName(inputs.artifactPrefix, shard, ctx.runAttempt), results).catch((error: unknown) =>
      warnings.push(`the results artifact was not uploaded: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  // A shard leaves the comment to the report job; otherwise the sticky comment must not stay green.
  await publish(results, shard ? { ...inputs, comment: 'never' } : inputs, ctx, ctx.pullRequest ? { number: ctx.pullRequest.number } : undefined, (w) => warnings.push(w));
  emitAnnotations(foldAnnotations(warnings.map((message) => ({ level: 'warning' as const, title: 'Voiceover', message }))).shown);
}
