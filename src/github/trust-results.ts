// Pure: results read from another run (untrusted in the workflow_run pattern) reduced to links the
// trusted run can vouch for: artifact pages rebuilt from the ids the API lists, task pages only on the
// configured NemoVideo web host(s).

import type { RunResults, VideoMeta } from './results.js';

/** What links may point to. */
export interface LinkRules {
  /** Artifacts the run lists, by id (the only artifacts linked). */
  listed: readonly { name: string; id: number }[];
  /** The page of an artifact of that run. */
  artifactUrl: (id: number) => string;
  /** Origins (`https://host[:port]`) task links may point to. */
  taskOrigins: readonly string[];
}

const originOf = (url: string): string | undefined => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
};

/** The origins of the NemoVideo web and API URLs (task links point to one of them). */
export function taskOrigins(urls: readonly (string | undefined)[]): string[] {
  return [...new Set(urls.flatMap((u) => (u?.trim() ? [originOf(u.trim())].filter((o): o is string => o !== undefined) : [])))];
}

/** The results with every link checked: unknown artifacts and foreign task links are dropped. */
export function trustResults(results: RunResults, rules: LinkRules): RunResults {
  const listed = new Map(rules.listed.map((a) => [a.id, a.name]));
  const videos: Record<string, VideoMeta> = {};
  for (const [name, meta] of Object.entries(results.videos)) {
    const artifact = meta.artifact && listed.get(meta.artifact.id);
    videos[name] = {
      backend: meta.backend,
      size_bytes: meta.size_bytes,
      ...(meta.artifact && artifact !== undefined ? { artifact: { name: artifact, id: meta.artifact.id, url: rules.artifactUrl(meta.artifact.id) } } : {}),
    };
  }
  const items = results.report.items.map((item) => {
    if (!item.links) return item;
    const { task, ...rest } = item.links;
    const origin = task ? originOf(task) : undefined;
    const keep = task !== undefined && origin !== undefined && rules.taskOrigins.includes(origin);
    return { ...item, links: { ...rest, ...(keep ? { task } : {}) } };
  });
  return { ...results, videos, report: { ...results.report, items } };
}
