// Download the exported MP4 and verify it is intact: every byte the Content-Length promised arrived,
// its top-level boxes tile the file and hold a moov, it probes (a video and an audio stream), it
// decodes at its start and its end, and it lasts as long as the timeline when the state says. Its
// format (pixel format, profile, moov position) is not checked here: a paid export is delivered as
// it came, with warnings for players that may refuse it (export-compat.ts). One more download (from
// the fallback endpoint when it differs) on failure.

import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { VoiceoverError } from '../../core/errors.js';
import { readMp4Layout, layoutProblem, type Mp4Layout } from '../../media/mp4-boxes.js';
import { probeMedia, verifyDecodable } from '../../media/probe.js';
import type { ProbeResult } from '../../media/types.js';
import type { NemoApi } from './api.js';
import type { NemoEventListener } from './events.js';
import { mapGuiPhrases } from './gui-phrases.js';
import { ServiceFailure } from './service-failure.js';

/** A verified download. */
export interface Downloaded {
  /** The URL the good copy came from (absolute). */
  url: string;
  bytes: number;
  probe: ProbeResult;
  /** The file's top-level boxes (where its moov is). */
  layout: Mp4Layout;
}

/** The fallback download endpoint of a render (protocol §7). */
export const fallbackDownloadPath = (renderId: string): string => `/api/render/proxy/${encodeURIComponent(renderId)}/download`;

async function fetchTo(api: NemoApi, url: string, dest: string, signal?: AbortSignal): Promise<{ bytes: number; expected?: number }> {
  const response = await api.open({ kind: 'download', method: 'GET', url, idempotent: true }, async (answer) => {
    // An error status always throws here (with the service's code), inside the retry policy.
    if (answer.statusCode >= 400) await api.transport.readJson('download', answer, signal);
  }, signal);
  const length = Number(response.headers['content-length']);
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(response.body, count, createWriteStream(dest), { signal });
  } catch (error) {
    signal?.throwIfAborted();
    throw new ServiceFailure('download', { network: true, message: `the download stopped after ${bytes} bytes: ${(error as Error).message}`, cause: error });
  }
  return { bytes, ...(Number.isFinite(length) && length >= 0 ? { expected: length } : {}) };
}

/** Why a probed export is not a voiceover video (a video and an audio stream, the timeline's length), or undefined when it is. */
export function outputProblem(probe: ProbeResult, expectedS?: number): string | undefined {
  if (!probe.video) return 'the file has no video stream';
  if (!probe.audio) return 'the file has no audio stream';
  if (expectedS !== undefined) {
    const frame = probe.video.fps > 0 ? 1 / probe.video.fps : 0.05;
    if (Math.abs(probe.duration - expectedS) > 0.1 + 2 * frame) return `the file lasts ${probe.duration.toFixed(3)}s, but the timeline lasts ${expectedS.toFixed(3)}s`;
  }
  return undefined;
}

async function verify(dest: string, got: { bytes: number; expected?: number }, expectedS: number | undefined, signal?: AbortSignal): Promise<{ probe: ProbeResult; layout: Mp4Layout }> {
  if (got.expected !== undefined && got.bytes !== got.expected) throw new Error(`the download is incomplete: ${got.bytes} of the ${got.expected} bytes its Content-Length promised arrived`);
  const layout = await readMp4Layout(dest);
  const broken = layoutProblem(layout);
  if (broken) throw new Error(broken);
  const probe = await probeMedia(dest, { signal });
  const problem = outputProblem(probe, expectedS);
  if (problem) throw new Error(problem);
  await verifyDecodable(dest, probe, { signal });
  return { probe, layout };
}

/** Download to `dest` and verify; a failed try is repeated once, from the fallback endpoint when the first URL was another. */
export async function downloadVerified(
  api: NemoApi,
  job: { id: string; url?: string },
  dest: string,
  ctx: { taskLink: string; signal?: AbortSignal; onEvent?: NemoEventListener; /** The timeline's length (draft `d`), when the state gives one. */ expectedS?: number },
): Promise<Downloaded> {
  const fallback = api.transport.resolve(fallbackDownloadPath(job.id));
  const first = job.url ? api.transport.resolve(job.url) : fallback;
  const problems: string[] = [];
  for (const [i, url] of [first, first === fallback ? first : fallback].entries()) {
    try {
      const got = await fetchTo(api, url, dest, ctx.signal);
      const { probe, layout } = await verify(dest, got, ctx.expectedS, ctx.signal);
      ctx.onEvent?.({ type: 'download', url, attempt: i + 1, ok: true });
      return { url, bytes: got.bytes, probe, layout };
    } catch (error) {
      ctx.signal?.throwIfAborted();
      // Refusals (402, 403, 1001 after renewal…) are not download problems: report them as such.
      if (error instanceof ServiceFailure && !error.transient && !error.info.network && error.code !== 404) throw error;
      // The service's words (an error answer) reach a person: no GUI phrasing.
      const detail = mapGuiPhrases(error instanceof Error ? error.message : String(error));
      problems.push(detail);
      ctx.onEvent?.({ type: 'download', url, attempt: i + 1, ok: false, detail });
      await rm(dest, { force: true });
    }
  }
  throw new VoiceoverError('NEMO_DOWNLOAD_FAILED', { detail: problems.join('; then: '), link: ctx.taskLink });
}
