// What a /run_sse message asks for, once read.

import type { Aspect, CaptionFormat, Quality, Resolution } from '../../config/types.js';

/** Settings a message sets for the edit (unset ones keep the previous edit's, then the built-in defaults). */
export interface EditHints {
  language?: string;
  voice?: string;
  aspect?: Aspect;
  resolution?: Resolution;
  quality?: Quality;
  loudness?: number;
  /** Captions drawn into the picture. */
  burn?: boolean;
  sidecar?: CaptionFormat[];
  /** Music bed: an uploaded file by name (or the latest audio upload), or false for none. */
  music?: { file?: string; volume?: number } | false;
  /** A title over the start: its text, true for "the task name", false for none. */
  title?: string | boolean;
}

/** What the message is for. Only `edit` costs credits. */
export type Intent = 'edit' | 'status' | 'credits' | 'export' | 'help';

/** A script in the message. */
export interface MessageScript {
  text: string;
  format: 'text' | 'srt' | 'vtt';
}

/** A message taken apart. */
export interface ParsedMessage {
  intent: Intent;
  /** The instruction lines (neither script nor hint lines). */
  instruction: string;
  script?: MessageScript;
  hints: EditHints;
}
