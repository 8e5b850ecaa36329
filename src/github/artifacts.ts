// Upload and download artifacts through @actions/artifact (loaded lazily: it is most of the bundle).

import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunResults } from './results.js';

/** Where artifacts go, and how long they stay. */
export interface ArtifactTarget {
  serverUrl: string;
  owner: string;
  repo: string;
  runId: number;
  retentionDays: number | undefined;
}

/** An uploaded artifact. */
export interface UploadedArtifact {
  name: string;
  id: number;
  url: string;
}

/** Whether this runner can upload artifacts at all (runtime token and results service set). */
export function artifactsAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

async function client() {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/** The annotation title of an artifact whose name another job of this run already took. */
export const ARTIFACT_CONFLICT_TITLE = 'Voiceover artifact name taken';

/**
 * Whether an upload failed because the run already holds an artifact of that name: the service answers
 * 409 (`already_exists`), which @actions/artifact reports as "Failed request: (409) Conflict".
 */
export function isArtifactConflict(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /\(409\)|ArtifactConflict|already exists/i.test(text);
}

/** What to tell a person when the name `name` is taken (two jobs of one run with the same artifact-prefix). */
export function artifactConflictMessage(name: string): string {
  return `an artifact named ${name} already exists in this run; set a distinct artifact-prefix per job (e.g. \${{ github.job }}-\${{ matrix.os }})`;
}

/** The page of an artifact. */
export function artifactUrl(target: ArtifactTarget, id: number): string {
  return `${target.serverUrl}/${target.owner}/${target.repo}/actions/runs/${target.runId}/artifacts/${id}`;
}

/** Upload files (absolute paths under `root`) as one zipped artifact. */
export async function uploadFiles(target: ArtifactTarget, name: string, files: readonly string[], root: string): Promise<UploadedArtifact> {
  const artifacts = await client();
  const { id } = await artifacts.uploadArtifact(name, [...files], root, {
    ...(target.retentionDays !== undefined ? { retentionDays: target.retentionDays } : {}),
    // MP4 and captions hardly compress; don't spend the time.
    compressionLevel: 0,
  });
  if (id === undefined) throw new Error(`artifact ${name}: the upload returned no id`);
  return { name, id, url: artifactUrl(target, id) };
}

/** Upload results.json as its own artifact. */
export async function uploadResults(target: ArtifactTarget, name: string, results: RunResults): Promise<UploadedArtifact> {
  const dir = await mkdtemp(path.join(tmpdir(), 'voiceover-results-'));
  const file = path.join(dir, 'results.json');
  await writeFile(file, `${JSON.stringify(results)}\n`);
  return uploadFiles(target, name, [file], dir);
}

/** Where to read results from: this run through the runner's artifact service, or through the REST API with a token. */
export interface ResultsSource {
  /**
   * List and download through the REST API: another run (workflow_run), or this run on a re-run attempt
   * (the runner's own service only serves the current attempt's artifacts).
   */
  rest?: { runId: number; owner: string; repo: string; token: string };
}

/** What reading a run's results gave. */
export interface DownloadedResults {
  /** Every artifact the run lists (their ids are the only artifact links trusted). */
  listed: { name: string; id: number }[];
  /** Results read and checked, with the shard their artifact's name says. */
  parts: { artifact: string; shard: string | null; results: RunResults }[];
  /** Results artifacts that could not be read, and why (one sentence each). */
  unreadable: { artifact: string; shard: string | null; reason: string }[];
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Download every results artifact of a run (the latest attempt of each shard); one unreadable artifact does not stop the others. */
export async function downloadResults(
  source: ResultsSource,
  pick: <T extends { name: string; id: number }>(all: readonly T[]) => (T & { shard: string | null })[],
  parse: (json: unknown) => RunResults,
): Promise<DownloadedResults> {
  const artifacts = await client();
  const findBy = source.rest
    ? { findBy: { token: source.rest.token, workflowRunId: source.rest.runId, repositoryOwner: source.rest.owner, repositoryName: source.rest.repo } }
    : {};
  const { artifacts: all } = await artifacts.listArtifacts(findBy);
  const chosen = pick(all);
  const settled = await Promise.allSettled(
    chosen.map(async (artifact) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'voiceover-download-'));
      await artifacts.downloadArtifact(artifact.id, { path: dir, ...findBy });
      const file = (await readdir(dir)).find((f) => f === 'results.json');
      if (!file) throw new Error('it holds no results.json');
      return parse(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
    }),
  );
  const done: DownloadedResults = { listed: all.map((a) => ({ name: a.name, id: a.id })), parts: [], unreadable: [] };
  settled.forEach((outcome, i) => {
    const artifact = chosen[i]!;
    if (outcome.status === 'fulfilled') done.parts.push({ artifact: artifact.name, shard: artifact.shard, results: outcome.value });
    else done.unreadable.push({ artifact: artifact.name, shard: artifact.shard, reason: reason(outcome.reason) });
  });
  return done;
}
