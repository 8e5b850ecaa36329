// Pure builder of the job summary: one table of the videos, the failures with hints, notes; within 1 MiB.

import type { ReportItem } from '../runner/report.js';
import { errorTitle } from './annotations.js';
import { cell, codeSpan, formatDuration, formatSize, statusLabel } from './format.js';
import { statusCounts, type RunResults, type VideoMeta } from './results.js';
import { formatMeasuredLoudness, formatOnset, syncFigures } from './sync-figures.js';

/** GitHub refuses a step summary over 1 MiB; stay a little under it. */
export const SUMMARY_LIMIT_BYTES = 1000 * 1000;

/** The links of a video: its artifact and, for nemo, its task page. */
export function videoLinks(item: ReportItem, meta: VideoMeta | undefined): string {
  const links: string[] = [];
  if (meta?.artifact) links.push(`[artifact](${meta.artifact.url})`);
  if (item.links?.task) links.push(`[task](${item.links.task})`);
  return links.join(' · ') || '—';
}

function row(item: ReportItem, meta: VideoMeta | undefined): string {
  const { largestStretch } = syncFigures(item);
  const credits = item.credits ? `${item.credits.spent} spent, ${item.credits.available} left` : '—';
  return `| ${[
    cell(item.name),
    statusLabel(item.status),
    formatDuration(item.duration_s),
    formatSize(meta?.size_bytes),
    cell(meta?.backend ?? '—'),
    credits,
    // Measured on the delivered file (report.json qa), not taken from the plan.
    formatOnset(item),
    largestStretch !== undefined ? `${largestStretch.toFixed(2)}×` : '—',
    formatMeasuredLoudness(item),
    videoLinks(item, meta),
  ].join(' | ')} |`;
}

/** "1–3, 5": line numbers (1-based) as ranges. */
function lineRanges(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    parts.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`);
    i = j;
  }
  return parts.join(', ');
}

/** Which voice spoke which lines of a video (issue 8: the summary says which voice spoke each line); undefined without voices. */
export function voiceLine(item: ReportItem): string | undefined {
  const byVoice = new Map<string, number[]>();
  for (const line of item.lines ?? []) {
    if (!line.voice) continue;
    const voice = line.model ? `${line.voice} (${line.model.split(' ')[0]})` : line.voice;
    byVoice.set(voice, [...(byVoice.get(voice) ?? []), line.index + 1]);
  }
  if (byVoice.size === 0) return undefined;
  const voices = [...byVoice].map(([voice, lines]) => `${codeSpan(voice)} ${lines.length === 1 ? 'line' : 'lines'} ${lineRanges(lines)}`);
  return `- **${item.name}**: ${voices.join('; ')}`;
}

function failure(item: ReportItem): string {
  const e = item.error;
  if (!e) return `- **${item.name}**: failed`;
  const at = `${e.file}${e.line !== null ? `:${e.line}` : ''}`;
  const backend = e.backend_code !== undefined ? `, backend code ${e.backend_code}` : '';
  // Message and hint as code: in the workflow_run pattern they come from an untrusted run.
  return `- **${item.name}** · ${errorTitle(e.code)} (\`${e.code}\`${backend}) at ${codeSpan(at)}: ${codeSpan(e.message)}\n  - Hint: ${codeSpan(e.hint)}`;
}

/** Lines that fit `budget` bytes, then one line saying how many were left out. */
function fitLines(lines: readonly string[], budget: number, what: string): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget) {
      kept.push(`\n… ${lines.length - i} more ${what} not shown (the summary is limited to 1 MiB): see the \`results\` output or the results artifact.`);
      break;
    }
    kept.push(line);
    used += size;
  }
  return kept;
}

/** The summary markdown of a run (or of every shard merged). */
export function summaryMarkdown(results: RunResults, options: { runUrl?: string; limitBytes?: number } = {}): string {
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const { report, videos } = results;
  const counts = statusCounts(report.items);
  const head = [
    '## Voiceover',
    '',
    `**${counts.delivered} delivered · ${counts.failed} failed · ${counts.skipped} skipped** · backend ${report.backend || '—'} · config \`${results.config}\`${results.shard ? ` · shard ${results.shard}` : ''}`,
    '',
  ];
  // Text from another (untrusted) run is shown as code: no links, HTML or mentions take effect.
  const text = (t: string): string => (results.untrusted ? codeSpan(t) : t);
  const notes = results.notes.map((n) => `> ${text(n)}`);
  const notRun = results.notRun.length
    ? [`Not run (${results.notRun.length}): ${results.notRun.map((n) => `\`${n.name}\` (${text(n.reason)})`).join(', ')}`, '']
    : [];
  const missing = results.missing?.length ? ['### Missing results', '', ...results.missing.map((m) => `- ❌ ${codeSpan(m)}`), ''] : [];
  const budget = Math.max(0, limit - Buffer.byteLength([...head, ...notes, ...notRun, ...missing].join('\n')) - 2000);
  const table = report.items.length
    ? ['| Video | Status | Duration | Size | Backend | Credits | Worst onset error | Largest stretch | Loudness | Links |', '|---|---|---|---|---|---|---|---|---|---|']
    : ['No video was run.'];
  const rows = fitLines(report.items.map((i) => row(i, videos[i.name])), budget * 0.6, 'videos');
  const voiceLines = report.items.filter((i) => i.status === 'delivered').flatMap((i) => voiceLine(i) ?? []);
  const voices = voiceLines.length ? ['', '### Voices', '', ...fitLines(voiceLines, budget * 0.1, 'videos')] : [];
  const failed = report.items.filter((i) => i.status === 'failed');
  const failures = failed.length ? ['', '### Failures', '', ...fitLines(failed.map(failure), budget * 0.3, 'failures')] : [];
  const problems = results.problems.length
    ? ['', '### Problems', '', ...fitLines(results.problems.map((f) => `- ${text(f)}`), budget * 0.1, 'problems')]
    : [];
  const tail = options.runUrl ? ['', `[Workflow run](${options.runUrl})`] : [];
  const notesBlock = notes.length ? ['', ...notes] : [];
  return `${[...head, ...missing, ...notRun, ...table, ...rows, ...voices, ...failures, ...problems, ...notesBlock, ...tail].join('\n')}\n`;
}
