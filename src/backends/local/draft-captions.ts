// The caption files of a draft: sidecars laid out by the draft's caption settings, and the file to
// burn in (SRT for plain captions, an ASS karaoke script for word captions).

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_CAPTION_LAYOUT } from '../../render/caption-layout.js';
import { captionText, type CaptionLine, type CaptionOptions } from '../../render/captions.js';
import { karaokeAss } from '../../render/captions-ass.js';
import type { DraftMeta, TextSegment } from './draft.js';

/** The caption track's lines in output seconds, with their word times when the draft carries them. */
export function draftCaptionLines(texts: readonly TextSegment[]): CaptionLine[] {
  return texts
    .filter((t) => t.kind === 'caption')
    .map((t) => ({
      text: t.text,
      start_s: t.s / 1000,
      end_s: (t.s + t.d) / 1000,
      ...(t.w && t.w.length > 0 ? { words: t.w.map((w) => ({ text: w.t, start_s: w.s / 1000, end_s: w.e / 1000, ...(w.est ? { estimated: true } : {}) })) } : {}),
    }));
}

/** The draft's caption settings; an older or foreign draft (voiceover serve) without them, or out of range, gets the defaults. */
export function draftCaptionOptions(meta: DraftMeta): CaptionOptions {
  const given = meta.captions;
  const int = (x: unknown, lo: number, hi: number, fallback: number): number => (Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi ? (x as number) : fallback);
  return {
    words: given?.words === true,
    max_chars: int(given?.max_chars, 10, 200, DEFAULT_CAPTION_LAYOUT.max_chars),
    max_lines: int(given?.max_lines, 1, 3, DEFAULT_CAPTION_LAYOUT.max_lines),
  };
}

/** Write the sidecars asked for, and the burn-in file when the draft burns captions; returns that file. */
export async function writeDraftCaptions(draft: { m: DraftMeta }, texts: readonly TextSegment[], sidecars: Partial<Record<'srt' | 'vtt', string>>, workDir: string): Promise<{ file: string } | undefined> {
  const lines = draftCaptionLines(texts);
  const options = draftCaptionOptions(draft.m);
  for (const [format, file] of Object.entries(sidecars)) {
    if (file) await writeFile(file, captionText(lines, format as 'srt' | 'vtt', options));
  }
  if (!draft.m.burn || lines.length === 0) return undefined;
  if (options.words) {
    const file = join(workDir, 'burn.ass');
    await writeFile(file, karaokeAss(lines, { width: draft.m.width, height: draft.m.height }, options));
    return { file };
  }
  const file = join(workDir, 'burn.srt');
  await writeFile(file, captionText(lines, 'srt', options));
  return { file };
}
