// What a run (or a shard of one) hands on: the report plus what only the action knows of each video.

import type { Report, ReportItem } from '../runner/report.js';

/** Facts about one video beyond report.json. */
export interface VideoMeta {
  /** The backend the video went through (local or nemo). */
  backend: string;
  /** Size of the delivered MP4, bytes. */
  size_bytes: number | null;
  artifact?: { name: string; id: number; url: string };
}

/** A video of the config that was not run, and why. */
export interface NotRun {
  name: string;
  reason: string;
}

/** The results artifact of a run or shard (results.json). */
export interface RunResults {
  version: 1;
  /** `k/n`, or null for a single job. */
  shard: string | null;
  report: Report;
  videos: Record<string, VideoMeta>;
  notRun: NotRun[];
  /** The config file, relative to the workspace. */
  config: string;
  /** Notes for the summary (fork, changed-only fallbacks). */
  notes: string[];
  /** Problems for the summary's list (annotations folded away from the step; every config problem when it is invalid). */
  problems: string[];
  /** Report mode: shards whose results are missing or could not be read, one sentence each. */
  missing?: string[];
  /** Why nothing was run when the run failed before any video (invalid config, `only` matching nothing). */
  failure?: string;
  /** Read from another workflow run (set by report mode, never by results.json): its free text is shown as code. */
  untrusted?: boolean;
  /** The pull request the run was for, and its head commit (for the workflow_run pattern). */
  pullRequest?: { number: number; headSha: string | undefined; fork: boolean };
}

/** Count items by status. */
export function statusCounts(items: readonly ReportItem[]): { delivered: number; failed: number; skipped: number } {
  const n = (status: ReportItem['status']): number => items.filter((i) => i.status === status).length;
  return { delivered: n('delivered'), failed: n('failed'), skipped: n('skipped') };
}

/** One result from the results of every shard (ordered by shard), for one summary and one comment. */
export function mergeResults(parts: readonly RunResults[]): RunResults {
  const sorted = [...parts].sort((a, b) => shardIndex(a.shard) - shardIndex(b.shard));
  const backends = new Set(sorted.flatMap((p) => p.report.backend.split(',').filter(Boolean)));
  const first = sorted[0];
  const failures = [...new Set(sorted.flatMap((p) => (p.failure ? [p.failure] : [])))];
  return {
    version: 1,
    shard: null,
    report: { version: 1, backend: [...backends].sort().join(','), items: sorted.flatMap((p) => p.report.items) },
    videos: Object.assign({}, ...sorted.map((p) => p.videos)) as Record<string, VideoMeta>,
    notRun: notRunAnywhere(sorted),
    config: first?.config ?? '',
    notes: [...new Set(sorted.flatMap((p) => p.notes))],
    problems: sorted.flatMap((p) => p.problems),
    ...(failures.length ? { failure: failures.join('; ') } : {}),
    ...(first?.pullRequest ? { pullRequest: first.pullRequest } : {}),
  };
}

/** Videos no shard ran (a shard's "not in this shard" ran elsewhere), each named once. */
function notRunAnywhere(parts: readonly RunResults[]): NotRun[] {
  const ran = new Set(parts.flatMap((p) => p.report.items.map((i) => i.name)));
  const seen = new Map<string, NotRun>();
  for (const n of parts.flatMap((p) => p.notRun)) if (!ran.has(n.name) && !seen.has(n.name)) seen.set(n.name, n);
  return [...seen.values()];
}

const shardIndex = (shard: string | null): number => Number(shard?.split('/')[0] ?? 0);
