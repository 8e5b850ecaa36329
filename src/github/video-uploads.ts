// Upload each video's artifact as soon as it is done (while the others still render), and collect
// what the summary needs of each: backend, size, artifact.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { ReportItem } from '../runner/report.js';
import { videoArtifactName } from './artifact-names.js';
import { artifactConflictMessage, isArtifactConflict, uploadFiles, type ArtifactTarget, type UploadedArtifact } from './artifacts.js';
import type { VideoMeta } from './results.js';

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Starts uploads (`start`), then gathers every video's meta once they settled (`meta`). */
export interface VideoUploads {
  start(item: ReportItem): void;
  meta(items: readonly ReportItem[], backendOf: (name: string) => string): Promise<Record<string, VideoMeta>>;
}

/**
 * Uploads into `target` (none when `enabled` is false); report paths are relative to `configDir`; failures go
 * to `warn`, except a name another job of the run already took, which goes to `conflict` (an error: that job
 * would otherwise quietly lose its videos).
 */
export function videoUploads(
  target: ArtifactTarget,
  naming: { prefix: string; shard: string | null; attempt: number },
  configDir: string,
  enabled: boolean,
  warn: (message: string) => void,
  conflict: (message: string) => void = warn,
): VideoUploads {
  const pending = new Map<string, Promise<UploadedArtifact | undefined>>();
  return {
    start(item) {
      if (!enabled || !item.output) return;
      const files = [item.output, ...(item.compatible_copy ? [item.compatible_copy.output] : []), ...item.captions].map((f) => path.resolve(configDir, f));
      const name = videoArtifactName(naming.prefix, item.name, naming.shard, naming.attempt);
      pending.set(item.name, uploadFiles(target, name, files, path.dirname(files[0]!)).then(
        (done) => (core.info(`artifact ${done.name}: ${done.url}`), done),
        (error: unknown) => {
          if (isArtifactConflict(error)) conflict(`${item.name}: ${artifactConflictMessage(name)}`);
          else warn(`artifact ${name} was not uploaded: ${message(error)}`);
          return undefined;
        },
      ));
    },
    async meta(items, backendOf) {
      const videos: Record<string, VideoMeta> = {};
      for (const item of items) {
        const size = item.output ? await stat(path.resolve(configDir, item.output)).then((s) => s.size, () => null) : null;
        const artifact = await pending.get(item.name);
        videos[item.name] = { backend: backendOf(item.name), size_bytes: size, ...(artifact ? { artifact } : {}) };
      }
      return videos;
    },
  };
}
