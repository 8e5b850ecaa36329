// Pure artifact names: `<prefix>-<video>[-<k>of<n>][-attempt<a>]`, so shards and re-runs never collide.

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
  return clean(`${prefix}-results${suffix(shard, attempt)}`);
}

/** From a list of artifact names: the results artifacts of `prefix`, the latest attempt of each shard. */
export function pickResultsArtifacts<T extends { name: string; id: number }>(artifacts: readonly T[], prefix: string): T[] {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-results(?:-(\\d+)of(\\d+))?(?:-attempt(\\d+))?$`);
  const best = new Map<string, { artifact: T; attempt: number }>();
  for (const artifact of artifacts) {
    const match = pattern.exec(artifact.name);
    if (!match) continue;
    const key = match[1] ? `${match[1]}/${match[2]}` : 'single';
    const attempt = Number(match[3] ?? 1);
    const seen = best.get(key);
    if (!seen || attempt > seen.attempt || (attempt === seen.attempt && artifact.id > seen.artifact.id)) best.set(key, { artifact, attempt });
  }
  return [...best.values()].map((b) => b.artifact).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}
