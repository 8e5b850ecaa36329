// Pure artifact names: videos `<prefix>-<video>[-<k>of<n>][-attempt<a>]`, results
// `<prefix>~results[-<k>of<n>][-attempt<a>]`, so shards and re-runs never collide. Neither a prefix
// ([A-Za-z0-9._-]) nor a video name ([a-z0-9._-]) can hold `~`, so no video (not even one named
// `results`) can take a results artifact's name.

/** Between the prefix and `results` in a results artifact's name: a character no prefix or video name holds. */
export const RESULTS_SEPARATOR = '~';

/** Suffix for a shard (`2/4` → `-2of4`) and a re-run attempt (`-attempt2`). */
function suffix(shard: string | null, attempt: number): string {
  const s = shard ? `-${shard.replace('/', 'of')}` : '';
  return attempt > 1 ? `${s}-attempt${attempt}` : s;
}

/** Artifact name characters GitHub refuses, replaced. */
const clean = (name: string): string => name.replace(/[":<>|*?\\/\r\n]/g, '_');

/** The artifact of one video (MP4 plus captions). */
export function videoArtifactName(prefix: string, video: string, shard: string | null, attempt: number): string {
  return clean(`${prefix}-${video}${suffix(shard, attempt)}`);
}

/** The artifact holding a run's (or shard's) results.json. */
export function resultsArtifactName(prefix: string, shard: string | null, attempt: number): string {
  return clean(`${prefix}${RESULTS_SEPARATOR}results${suffix(shard, attempt)}`);
}

/** A picked results artifact and the shard it holds (`k/n`, or null for a single job). */
export type PickedResults<T> = T & { shard: string | null };

/** From a list of artifact names: the results artifacts of `prefix`, the latest attempt of each shard. */
export function pickResultsArtifacts<T extends { name: string; id: number }>(artifacts: readonly T[], prefix: string): PickedResults<T>[] {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${RESULTS_SEPARATOR}results(?:-(\\d+)of(\\d+))?(?:-attempt(\\d+))?$`);
  const best = new Map<string, { artifact: T; attempt: number; shard: string | null }>();
  for (const artifact of artifacts) {
    const match = pattern.exec(artifact.name);
    if (!match) continue;
    const shard = match[1] ? `${Number(match[1])}/${Number(match[2])}` : null;
    const key = shard ?? 'single';
    const attempt = Number(match[3] ?? 1);
    const seen = best.get(key);
    if (!seen || attempt > seen.attempt || (attempt === seen.attempt && artifact.id > seen.artifact.id)) best.set(key, { artifact, attempt, shard });
  }
  return [...best.values()]
    .map((b) => ({ ...b.artifact, shard: b.shard }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/**
 * Which shards are missing from the picked ones: every shard k of 1..n must be there, with one n for
 * all (or a single job's results alone). Each problem is one sentence naming the shard.
 */
export function missingShards(picked: readonly { shard: string | null }[]): string[] {
  if (picked.length === 0) return ['no results artifact was found'];
  const shards = picked.map((p) => p.shard).filter((s): s is string => s !== null);
  if (shards.length === 0) return [];
  const problems: string[] = [];
  if (shards.length < picked.length) problems.push('results of a single job are mixed with results of shards');
  const counts = [...new Set(shards.map((s) => Number(s.split('/')[1])))].sort((a, b) => a - b);
  if (counts.length > 1) problems.push(`the shards disagree on their number (${counts.map((n) => `of ${n}`).join(', ')})`);
  const n = counts.at(-1)!;
  const present = new Set(shards.filter((s) => Number(s.split('/')[1]) === n).map((s) => Number(s.split('/')[0])));
  for (let k = 1; k <= n; k++) if (!present.has(k)) problems.push(`shard ${k}/${n} has no results artifact`);
  return problems;
}
