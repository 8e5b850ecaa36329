// The local backend's timeline model ("draft"), with the short names of the NemoVideo protocol
// (t tracks, tt track type, sg segments, d duration ms, m metadata). The local pipeline builds a
// draft from an item and renders a draft; `voiceover serve` stores and exports the same object.

import type { Aspect, CaptionFormat, Quality, Resolution } from '../../config/types.js';
import type { PlanHold } from '../../timing/types.js';

/** Track types, as the protocol numbers them. */
export const TRACK_VIDEO = 0;
export const TRACK_AUDIO = 1;
export const TRACK_TEXT = 7;

/** The picture (and original sound) source: one segment on the video track. */
export interface VideoSegment {
  /** Absolute path of the input file. */
  src: string;
  /** What the input is. */
  k: 'video' | 'image' | 'audio';
  /** Timeline start, ms (always 0). */
  s: number;
  /** How long the source shows on the timeline, ms, mid-video holds included (the whole timeline minus any held last frame). */
  d: number;
  /** Last-frame hold appended, ms (speech running past the end of the source). */
  x: number;
  /**
   * Mid-video holds, ascending: at source time `at` (ms) the picture freezes and the original sound
   * pauses for `d` ms (overflow: extend, so later lines stay on their pictures). Absent: none.
   */
  h?: VideoHold[];
}

/** One mid-video hold of the source, ms. */
export interface VideoHold {
  /** Source time where the picture freezes, ms. */
  at: number;
  /** How long it stays frozen, ms. */
  d: number;
}

/** The segment's mid-video holds in seconds, as the render builders take them (none when absent; they check them). */
export function segmentHolds(video: VideoSegment): PlanHold[] {
  return (video.h ?? []).map((h) => ({ at_s: h.at / 1000, d_s: h.d / 1000 }));
}

/** A narration line on the audio track. */
export interface VoiceSegment {
  kind: 'voice';
  /** Absolute path of the fitted clip (mono WAV), laid as is. */
  src: string;
  /** Timeline start and duration, ms. */
  s: number;
  d: number;
  /** The line as written (captions, report). */
  text: string;
  /** Voice id and the speaking rate used. */
  v: string;
  /** The model that spoke the line (neural engines: archive, file, checksum), for the report. */
  model?: string;
  /** Report fields of the planner for this line. */
  index: number;
  cue_s: number;
  stretch: number;
  overflow_ms: number;
  /** Word times on the timeline, ms (`t` text, `s` start, `e` end, `est` estimated); absent in older drafts. */
  w?: DraftWord[];
}

/** One word of a voice segment on the timeline, ms. */
export interface DraftWord {
  t: string;
  s: number;
  e: number;
  est?: boolean;
}

/** A music bed on the audio track: looped from 0 over the timeline, ducked, faded out. */
export interface MusicSegment {
  kind: 'music';
  src: string;
  s: number;
  d: number;
  /** Linear gain between lines, 0..1. */
  vol: number;
  /** Display name. */
  name?: string;
}

/** A caption or title on the text track. */
export interface TextSegment {
  kind: 'caption' | 'title';
  s: number;
  d: number;
  text: string;
  /** The line's word times on the timeline (copied from its voice segment), for word captions. */
  w?: DraftWord[];
}

export type Track =
  | { tt: typeof TRACK_VIDEO; sg: VideoSegment[] }
  | { tt: typeof TRACK_AUDIO; sg: (VoiceSegment | MusicSegment)[] }
  | { tt: typeof TRACK_TEXT; sg: TextSegment[] };

/** Draft metadata: output shape and mastering targets. */
export interface DraftMeta {
  title?: string;
  /** Output frame size (after resolution/aspect). */
  width: number;
  height: number;
  resolution: Resolution;
  aspect: Aspect;
  quality: Quality;
  /** Loudness target, LUFS, and duck depth, dB. */
  loudness: number;
  duck_db: number;
  /** Burn the caption track into the picture. */
  burn: boolean;
  /** Caption sidecars to write. */
  sidecar: CaptionFormat[];
  /** Caption layout and word highlighting (config `captions`); absent in older drafts: 42 characters, 2 lines, no words. */
  captions?: { words: boolean; max_chars: number; max_lines: number };
  language: string;
}

/** The whole timeline. */
export interface Draft {
  /** Duration, ms. */
  d: number;
  m: DraftMeta;
  t: Track[];
}
