// Validate a draft received with an export request: the shapes of backends/local/draft.ts, bounded sizes.
// Unknown keys are kept (a newer draft may carry more); every `src` anywhere is checked separately.

import { z } from 'zod';
import type { Draft } from '../../backends/local/draft.js';

const MAX_MS = 4 * 3600 * 1000;
const ms = z.number().finite().min(0).max(MAX_MS);
const src = z.string().min(1).max(4096);
const text = z.string().max(10_000);

/** At most this many mid-video holds on the video segment. */
const MAX_HOLDS = 2000;
const hold = z.looseObject({ at: ms, d: ms });

/** Each hold's `at` must fall inside the source the segment shows (its `d` minus the holds' time). */
function checkHolds(segment: { d: number; h?: { at: number; d: number }[] }, ctx: z.RefinementCtx): void {
  const holds = segment.h ?? [];
  const held = holds.reduce((sum, h) => sum + h.d, 0);
  const source = segment.d - held;
  if (source < 0) {
    ctx.addIssue({ code: 'custom', path: ['h'], message: `the holds last ${held} ms, longer than the segment (${segment.d} ms)` });
    return;
  }
  holds.forEach((h, i) => {
    if (h.at > source) ctx.addIssue({ code: 'custom', path: ['h', i, 'at'], message: `${h.at} ms is past the end of the source the segment shows (${source} ms)` });
  });
}

const videoSegment = z
  .looseObject({ src, k: z.enum(['video', 'image', 'audio']), s: ms, d: ms, x: ms, h: z.array(hold).max(MAX_HOLDS).optional() })
  .superRefine(checkHolds);
/** A line's word times (`w`, timeline ms), at most this many words a line. */
const MAX_WORDS = 5000;
const words = z.array(z.looseObject({ t: text, s: ms, e: ms, est: z.boolean().optional() })).max(MAX_WORDS).optional();
const voiceSegment = z.looseObject({
  kind: z.literal('voice'), src, s: ms, d: ms, text, v: z.string().max(200),
  index: z.number().int().min(0), cue_s: z.number().finite(), stretch: z.number().finite().positive().max(10), overflow_ms: z.number().finite(),
  w: words,
});
const musicSegment = z.looseObject({ kind: z.literal('music'), src, s: ms, d: ms, vol: z.number().min(0).max(4), name: z.string().max(500).optional() });
const textSegment = z.looseObject({ kind: z.enum(['caption', 'title']), s: ms, d: ms, text, w: words });

const track = z.discriminatedUnion('tt', [
  z.looseObject({ tt: z.literal(0), sg: z.array(videoSegment).min(1).max(1) }),
  z.looseObject({ tt: z.literal(1), sg: z.array(z.discriminatedUnion('kind', [voiceSegment, musicSegment])).max(2000) }),
  z.looseObject({ tt: z.literal(7), sg: z.array(textSegment).max(2000) }),
]);

const meta = z.looseObject({
  title: z.string().max(500).optional(),
  width: z.number().int().min(16).max(8192),
  height: z.number().int().min(16).max(8192),
  resolution: z.enum(['1080p', '720p', 'keep']),
  aspect: z.enum(['keep', '16:9', '9:16', '1:1']),
  quality: z.enum(['high', 'medium', 'draft']),
  loudness: z.number().min(-40).max(-5),
  duck_db: z.number().min(0).max(60),
  burn: z.boolean(),
  sidecar: z.array(z.enum(['srt', 'vtt'])).max(2),
  language: z.string().max(35),
});

/** The draft schema (exactly one video track; durations within 4 hours). */
export const draftSchema = z
  .looseObject({ d: ms.refine((d) => d > 0, 'the draft is empty'), m: meta, t: z.array(track).min(1).max(50) })
  .refine((draft) => draft.t.filter((t) => t.tt === 0).length === 1, 'the draft needs exactly one video track (tt 0)');

/** Parse a draft, or a list of problems ("t.1.sg.0.src: …"). */
export function parseDraft(value: unknown): { draft: Draft } | { problems: string[] } {
  const result = draftSchema.safeParse(value);
  if (result.success) {
    const draft: Draft = result.data;
    return { draft };
  }
  return { problems: result.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'draft'}: ${i.message}`) };
}

/** Every string under a `src` key, anywhere in the value. */
export function allSources(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) allSources(v, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'src' && typeof v === 'string') found.push(v);
      else allSources(v, found);
    }
  }
  return found;
}
