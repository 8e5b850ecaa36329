// Pure builder of the sticky pull-request comment: found again by its hidden marker (one per artifact
// prefix). Free text is shown as code spans: in the workflow_run pattern it comes from an untrusted run.

import { errorTitle } from './annotations.js';
import { cell, codeSpan, formatDuration, statusLabel } from './format.js';
import { statusCounts, type RunResults } from './results.js';
import { videoLinks } from './summary-markdown.js';
import { formatMeasured } from './sync-figures.js';

/** The hidden marker of the comment of workflows using artifact prefix `prefix`. */
export function commentMarker(prefix: string): string {
  return `<!-- voiceover-action prefix=${prefix} -->`;
}

/** The marker of the default prefix. */
export const COMMENT_MARKER = commentMarker('voiceover');

/** The marker comments had before it named the prefix (still adopted for the default prefix). */
export const LEGACY_COMMENT_MARKER = '<!-- voiceover-action -->';

/** GitHub refuses comments over 65536 characters; keep under it. */
const COMMENT_LIMIT = 60_000;

/** At most this many problems are listed (the job summary has them all). */
const PROBLEMS_SHOWN = 10;

/** The comment's markdown, starting with the marker. */
export function commentBody(results: RunResults, options: { runUrl?: string; sha?: string; prefix?: string } = {}): string {
  const { report, videos } = results;
  const counts = statusCounts(report.items);
  const lines = [
    commentMarker(options.prefix ?? 'voiceover'),
    '### Voiceover',
    '',
    `**${counts.delivered} delivered · ${counts.failed} failed · ${counts.skipped} skipped**${options.sha ? ` for ${options.sha.slice(0, 7)}` : ''}`,
    '',
  ];
  if (results.failure) {
    lines.push(`❌ Nothing was run: ${codeSpan(results.failure)}`);
    const problems = results.problems.slice(0, PROBLEMS_SHOWN).map((p) => `- ${codeSpan(p)}`);
    if (problems.length) lines.push('', ...problems);
    if (results.problems.length > PROBLEMS_SHOWN) lines.push(`- … ${results.problems.length - PROBLEMS_SHOWN} more in the job summary`);
  } else if (report.items.length) {
    // Measured: on the delivered file (onset error against the plan, loudness, true peak, clipped samples).
    lines.push('| Video | Status | Duration | Measured | Links |', '|---|---|---|---|---|');
    for (const item of report.items) {
      lines.push(`| ${cell(item.name)} | ${statusLabel(item.status)} | ${formatDuration(item.duration_s)} | ${formatMeasured(item)} | ${videoLinks(item, videos[item.name])} |`);
    }
  } else {
    lines.push('No video changed, so none was narrated.');
  }
  const missing = results.missing ?? [];
  if (missing.length) {
    lines.push('', '**Missing results**', '');
    for (const m of missing) lines.push(`- ❌ ${codeSpan(m)}`);
  }
  const failed = report.items.filter((i) => i.status === 'failed' && i.error);
  if (failed.length) {
    lines.push('', '**Failures**', '');
    for (const item of failed) lines.push(`- **${cell(item.name)}** · ${errorTitle(item.error!.code)}: ${codeSpan(item.error!.message)} (hint: ${codeSpan(item.error!.hint)})`);
  }
  if (results.notRun.length) lines.push('', `Not run: ${results.notRun.map((n) => `\`${n.name}\``).join(', ')}`);
  if (options.runUrl) lines.push('', `Details: [job summary](${options.runUrl})`);
  let body = `${lines.join('\n')}\n`;
  if (body.length > COMMENT_LIMIT) body = `${body.slice(0, COMMENT_LIMIT)}\n\n… cut: see the job summary.\n`;
  return body;
}
