// What a script becomes: cues the planner can place.

/** One line of narration. */
export interface Cue {
  /** 0-based position in the script. */
  index: number;
  /** The text as written (shown in captions and the report). */
  text: string;
  /** `text` normalised for speech ("$5" → "five dollars"): what engines receive. */
  speech: string;
  /** When the line must start, seconds; null for untimed (plain) text. */
  cue_s: number | null;
  /** End time given by an SRT/VTT cue, seconds; null otherwise. */
  end_s: number | null;
  /** Voice named by `{voice=…}` on the line, else undefined (item's voice). */
  voice?: string;
  /** 1-based line in the script file where the cue's text starts. */
  line: number;
}

/** A parsed script. Timed when any cue has a time (then all must). */
export interface ParsedScript {
  cues: Cue[];
  timed: boolean;
}
