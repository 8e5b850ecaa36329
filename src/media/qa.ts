// QA of a delivered file, measured on the file itself in ONE decode of its audio: ebur128 (integrated
// loudness, true peak) on one branch, float PCM piped to a JS meter (clipped samples, line onsets) on the other.

import { VoiceoverError } from '../core/errors.js';
import { fileUrl } from './args.js';
import { parseEbur128Summary, type Loudness } from './analyse-parse.js';
import { createPcmMeter } from './qa-pcm.js';
import { lineOnsets } from './qa-onsets.js';
import { runFfmpeg } from './run.js';

/**
 * A line is off when its measured onset is further than this from the plan, ms: a little over one
 * frame at 25–30 fps, and inside the ±45 ms where a lip-sync error starts to be noticed (ITU-R BT.1359).
 */
export const LINE_OFF_MS = 40;

/** The rate and layout the audio is decoded to for the JS meter. */
const PCM_RATE = 48_000;
const PCM_CHANNELS = 2;

/** report.json's `qa` of an item: figures measured on the delivered file. */
export interface DeliveredQa {
  /** Measured minus planned onset, ms (positive: later than planned). max: the error largest in size, signed; mean: signed mean. Null without line times or when no onset was found. */
  onset_error_ms: { max: number; mean: number } | null;
  /** Lines whose onset is more than LINE_OFF_MS off, or was not found near its planned start; null without line times. */
  lines_off: number | null;
  /** Null when the audio is silent (under the −70 LUFS gate). */
  integrated_lufs: number | null;
  true_peak_dbtp: number | null;
  /** Decoded samples (stereo, 48 kHz) at full scale. */
  clipped_samples: number;
}

/** What one measuring pass gives: the loudness (as measureLoudness does), the QA figures and each line's measured onset. */
export interface DeliveredMeasurement {
  loudness: Loudness;
  qa: DeliveredQa;
  /** Measured start of each line, seconds (null: not found). */
  onsets: (number | null)[];
}

/** The ffmpeg arguments of the pass: audio stream `map` split to ebur128 (summary on stderr) and to f32le on stdout. */
export function qaArgs(file: string, map = '0:a:0'): string[] {
  const graph = `[${map}]asplit=2[pcm][meter];[meter]ebur128=peak=true:framelog=verbose,anullsink;` +
    // Presentation time: an audio stream starting late is padded from 0 (first_pts), gaps filled.
    `[pcm]aresample=${PCM_RATE}:async=1:first_pts=0,aformat=sample_fmts=flt:sample_rates=${PCM_RATE}:channel_layouts=stereo[out]`;
  return ['-i', fileUrl(file), '-filter_complex', graph, '-map', '[out]', '-f', 'f32le', 'pipe:1'];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? round2(x) : null);

/** The QA figures from planned line starts (output time, seconds), their measured onsets, loudness and clipping. */
export function qaFigures(planned: readonly { start_s: number }[], onsets: readonly (number | null)[], loudness: Loudness, clipped: number): DeliveredQa {
  const errors = planned.flatMap((line, i) => {
    const onset = onsets[i];
    return onset === null || onset === undefined ? [] : [(onset - line.start_s) * 1000];
  });
  const worst = errors.reduce((w, e) => (Math.abs(e) > Math.abs(w) ? e : w), 0);
  const missing = planned.length - errors.length;
  return {
    onset_error_ms: errors.length ? { max: Math.round(worst), mean: Math.round(errors.reduce((s, e) => s + e, 0) / errors.length) } : null,
    lines_off: planned.length ? missing + errors.filter((e) => Math.abs(e) > LINE_OFF_MS).length : null,
    integrated_lufs: finiteOrNull(loudness.integrated_lufs),
    true_peak_dbtp: finiteOrNull(loudness.true_peak_dbtp),
    clipped_samples: clipped,
  };
}

/**
 * Measure a delivered file: loudness and true peak (ebur128, the figures measureLoudness gives), clipped
 * samples and where each line starts, from one decode of its audio. `lines`: the planned line times
 * (output time); empty when unknown (then no onset figures).
 */
export async function measureDelivered(file: string, lines: readonly { start_s: number; end_s: number }[], options: { signal?: AbortSignal; map?: string } = {}): Promise<DeliveredMeasurement> {
  const meter = createPcmMeter(PCM_RATE, PCM_CHANNELS);
  const { stderr } = await runFfmpeg(qaArgs(file, options.map), { signal: options.signal, captureStderr: 'full', onStdoutData: (chunk) => meter.push(chunk) });
  const loudness = parseEbur128Summary(stderr);
  if (!loudness) throw new VoiceoverError('FFMPEG_FAILED', { detail: `ebur128 printed no summary for ${file}` });
  const pcm = meter.finish();
  const onsets = lines.length ? lineOnsets(pcm.bins, lines) : [];
  return { loudness, qa: qaFigures(lines, onsets, loudness, pcm.clipped), onsets };
}
