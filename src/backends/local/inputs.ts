// Stage 1 of the local pipeline: probe the input, check it decodes, and learn what the planner needs.

import type { ItemConfig } from '../../config/types.js';
import { VoiceoverError } from '../../core/errors.js';
import { probeInput, verifyDecodable } from '../../media/probe.js';
import { detectSceneCuts, detectSilences } from '../../media/analyse.js';
import type { ProbeResult } from '../../media/types.js';
import type { VideoFacts } from '../../timing/types.js';

/** Scene score (0..1) above which a frame counts as a cut when placing untimed text. */
export const SCENE_THRESHOLD = 0.015;

/** A probed, readable input. */
export interface LocalInput {
  file: string;
  kind: 'video' | 'image' | 'audio';
  probe: ProbeResult;
}

/**
 * Probe the item's input file; unsupported files fail here. The decode check (corrupt or truncated
 * files) is `decodable`, started here and awaited by the caller: it runs while the speech is
 * synthesised, and fails the item before anything is planned or rendered.
 */
export async function openInput(item: ItemConfig, signal?: AbortSignal): Promise<{ input: LocalInput; decodable: Promise<void> }> {
  if (item.video.kind === 'url') {
    throw new VoiceoverError(
      'INPUT_UNSUPPORTED',
      { file: item.video.url, detail: 'the local backend reads files from the repository, not URLs' },
      { hint: 'commit the video and give its path in `video:`, or use the nemo backend for `url:` videos', location: { line: item.line } },
    );
  }
  const file = item.video.path;
  const { probe, kind } = await probeInput(file, { signal });
  const decodable = verifyDecodable(file, probe, { signal });
  decodable.catch(() => undefined); // awaited by the caller; this keeps a failure that comes first from going unhandled
  return { input: { file, kind, probe }, decodable };
}

/**
 * Scene cuts and quiet spans of the original, for placing untimed text. Only worth the decode
 * when the script is untimed; timed scripts already say where every line goes.
 */
export async function videoFacts(input: LocalInput, duration_s: number, untimed: boolean, signal?: AbortSignal): Promise<VideoFacts> {
  if (!untimed) return { duration_s, sceneCuts: [], silences: [] };
  // Screen recordings change little at a cut (a new page over the same layout scores ~0.02–0.1):
  // a low threshold finds those, and a false cut in busy footage only adds a candidate start.
  const sceneCuts = input.kind === 'video' ? await detectSceneCuts(input.file, { threshold: SCENE_THRESHOLD, signal }) : [];
  const silences = input.probe.audio
    ? await detectSilences(input.file, { signal })
    : [{ start_s: 0, end_s: duration_s }];
  return { duration_s, sceneCuts, silences };
}
