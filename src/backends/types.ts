// The Backend interface both backends implement, and what one item's processing yields.

import type { ItemConfig } from '../config/types.js';
import type { Logger } from '../core/logger.js';
import type { ProgressListener } from '../core/progress.js';
import type { ItemWarning } from '../core/warnings.js';
import type { DeliveredQa } from '../media/qa.js';
import type { PlannedLine } from '../timing/types.js';
import type { WordTiming } from '../tts/types.js';

/** One narrated line as report.json shows it: the planner's placement of it, and the voice (and model) that spoke it. */
export type ReportLine = Pick<PlannedLine, 'index' | 'text' | 'cue_s' | 'start_s' | 'end_s' | 'stretch' | 'overflow_ms'> & {
  voice?: string;
  model?: string;
  /** Word times in output seconds (DESIGN.md report.json `words`); `estimated` when the engine gave none. */
  words?: WordTiming[];
};

/** What a backend delivers for one item (files are at the paths it was asked to write). */
export interface ItemResult {
  duration_s: number;
  timings_s: { tts: number; plan: number; render: number; total: number };
  /** Measured loudness of the delivered file; null when it could not be measured (the file is still delivered). */
  loudness: { integrated_lufs: number; true_peak_dbtp: number } | null;
  lines: ReportLine[];
  /** Figures measured on the delivered file (line onsets against the plan, loudness, true peak, clipping); absent when not measured. */
  qa?: DeliveredQa;
  /** Caption files written (absolute paths, the final names). */
  captions: string[];
  /** How the video stream was produced (copy or encode) and why. */
  video?: { copied: boolean; reason: string };
  credits?: { spent: number; available: number };
  /** What cloud voices were sent for this item: characters by engine (0 when every line came from the cache) and HTTP requests; absent when no cloud voice spoke. */
  tts?: { characters_sent: Record<string, number>; requests: number };
  links?: { task?: string; download?: string };
  /** What a person should know about the delivered file (players that refuse it, a second charge). */
  warnings?: ItemWarning[];
  /** Set when a player-compatible copy was written at the context's `compatOutput`. */
  compatible_copy?: { reencoded: boolean; reason: string };
}

/** Where a backend writes and what it may use while working on one item. */
export interface ItemContext {
  /** Write the MP4 here (a temporary name beside the final one); the runner verifies and renames it. */
  output: string;
  /** Write caption sidecars here: format → temporary path. */
  captions: Partial<Record<'srt' | 'vtt', string>>;
  /** Where a player-compatible copy goes when the item asks for one (nemo.compatible_copy): a temporary name beside `<name>.compat.mp4`. */
  compatOutput?: string;
  /** A private scratch folder, removed after the item. */
  workDir: string;
  /** Shared cache folder (speech clips). */
  cacheDir: string;
  /** A per-item folder that survives failed runs (nemo keeps its sent-message record there); default `<cacheDir>/../nemo/<item name>`. */
  stateDir?: string;
  /** The run's --force: nemo forgets an earlier run's sent-message record and sends the message again. */
  force?: boolean;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  logger?: Logger;
}

/** A way of turning one config item into a narrated MP4. */
export interface Backend {
  readonly name: 'local' | 'nemo';
  /**
   * How the runner checks an output: `strict` (default), what the local pipeline promises (H.264
   * yuv420p + AAC, the planned length); `intact`, a file the backend already verified as complete
   * and decodable and delivers as it got it (a paid export: warnings, never refusal, for its format).
   */
  readonly outputCheck?: 'strict' | 'intact';
  process(item: ItemConfig, context: ItemContext): Promise<ItemResult>;
}
