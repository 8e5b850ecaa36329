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

/** Where to read results from: this run, or another run of the repository (workflow_run) with a token. */
export interface ResultsSource {
  /** Another run: list and download through the REST API with this token. */
  other?: { runId: number; owner: string; repo: string; token: string };
}

/** Download every results artifact of a run (the latest attempt of each shard). */
export async function downloadResults(source: ResultsSource, pick: <T extends { name: string; id: number }>(all: readonly T[]) => T[]): Promise<RunResults[]> {
  const artifacts = await client();
  const findBy = source.other
    ? { findBy: { token: source.other.token, workflowRunId: source.other.runId, repositoryOwner: source.other.owner, repositoryName: source.other.repo } }
    : {};
  const { artifacts: all } = await artifacts.listArtifacts(findBy);
  const chosen = pick(all);
  return Promise.all(
    chosen.map(async (artifact) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'voiceover-download-'));
      await artifacts.downloadArtifact(artifact.id, { path: dir, ...findBy });
      const file = (await readdir(dir)).find((f) => f === 'results.json');
      if (!file) throw new Error(`artifact ${artifact.name} holds no results.json`);
      return JSON.parse(await readFile(path.join(dir, file), 'utf8')) as RunResults;
    }),
  );
}
