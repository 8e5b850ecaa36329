// The local backend: an item becomes a draft (speech placed on a timeline), the draft an MP4.

import { join } from 'node:path';
import type { ItemConfig } from '../../config/types.js';
import { measureLoudness, type Loudness } from '../../media/analyse.js';
import type { Backend, ItemContext, ItemResult } from '../types.js';
import { buildDraft } from './build-draft.js';
import { reportWords } from './draft-words.js';
import { draftParts, renderDraft } from './render-draft.js';

/** The local backend instance. */
export function createLocalBackend(): Backend {
  return { name: 'local', process: processItem };
}

const seconds = (from: number): number => Math.round((performance.now() - from) / 10) / 100;

async function processItem(item: ItemConfig, ctx: ItemContext): Promise<ItemResult> {
  const t0 = performance.now();
  // ffmpeg measures the original's level while the speech is synthesised (Flite runs in this thread).
  let inputLevel: Promise<Loudness | undefined> | undefined;
  const { draft, input, timings, usage } = await buildDraft(item, {
    clipDir: join(ctx.workDir, 'clips'),
    cacheDir: ctx.cacheDir,
    signal: ctx.signal,
    onProgress: ctx.onProgress,
    onInput: (probed) => {
      inputLevel = probed.probe.audio ? measureLoudness(probed.file, { signal: ctx.signal, truePeak: false }) : Promise.resolve(undefined);
      inputLevel.catch(() => undefined); // awaited by renderDraft; a failure surfaces there
    },
  });
  const tRender = performance.now();
  const rendered = await renderDraft(draft, {
    output: ctx.output,
    captions: ctx.captions,
    workDir: ctx.workDir,
    signal: ctx.signal,
    onProgress: ctx.onProgress,
    input,
    inputLevel,
  });
  ctx.onProgress?.({ stage: 'done', ratio: 1 });
  return {
    duration_s: rendered.duration_s,
    timings_s: { ...timings, render: seconds(tRender), total: seconds(t0) },
    loudness: rendered.loudness,
    qa: rendered.qa,
    lines: draftParts(draft).voices.map((v) => ({
      index: v.index, text: v.text, cue_s: v.cue_s, start_s: v.s / 1000, end_s: (v.s + v.d) / 1000, stretch: v.stretch, overflow_ms: v.overflow_ms,
      voice: v.v, ...(v.model ? { model: v.model } : {}), ...(v.w ? { words: reportWords(v.w) } : {}),
    })),
    captions: Object.values(ctx.captions).filter((f): f is string => Boolean(f)),
    video: rendered.video,
    ...(Object.keys(usage.characters_sent).length > 0 ? { tts: usage } : {}),
  };
}
