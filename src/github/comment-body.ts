// Pure builder of the sticky pull-request comment: found again by its hidden marker.

import { errorTitle } from './annotations.js';
import { cell, formatDuration, statusLabel } from './format.js';
import { statusCounts, type RunResults } from './results.js';
import { videoLinks } from './summary-markdown.js';

/** The hidden marker the sticky comment is found by. */
export const COMMENT_MARKER = '<!-- voiceover-action -->';

/** GitHub refuses comments over 65536 characters; keep under it. */
const COMMENT_LIMIT = 60_000;

/** The comment's markdown, starting with the marker. */
export function commentBody(results: RunResults, options: { runUrl?: string; sha?: string } = {}): string {
  const { report, videos } = results;
  const counts = statusCounts(report.items);
  const lines = [
    COMMENT_MARKER,
    '### Voiceover',
    '',
    `**${counts.delivered} delivered · ${counts.failed} failed · ${counts.skipped} skipped**${options.sha ? ` for ${options.sha.slice(0, 7)}` : ''}`,
    '',
  ];
  if (report.items.length) {
    lines.push('| Video | Status | Duration | Links |', '|---|---|---|---|');
    for (const item of report.items) {
      lines.push(`| ${cell(item.name)} | ${statusLabel(item.status)} | ${formatDuration(item.duration_s)} | ${videoLinks(item, videos[item.name])} |`);
    }
  } else {
    lines.push('No video changed, so none was narrated.');
  }
  const failed = report.items.filter((i) => i.status === 'failed' && i.error);
  if (failed.length) {
    lines.push('', '**Failures**', '');
    for (const item of failed) lines.push(`- **${cell(item.name)}** · ${errorTitle(item.error!.code)}: ${item.error!.message} (hint: ${item.error!.hint})`);
  }
  if (results.notRun.length) lines.push('', `Not run: ${results.notRun.map((n) => `\`${n.name}\``).join(', ')}`);
  if (options.runUrl) lines.push('', `Details: [job summary](${options.runUrl})`);
  let body = `${lines.join('\n')}\n`;
  if (body.length > COMMENT_LIMIT) body = `${body.slice(0, COMMENT_LIMIT)}\n\n… cut: see the job summary.\n`;
  return body;
}
