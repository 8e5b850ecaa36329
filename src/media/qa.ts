// QA of a delivered file, measured on the file itself in ONE decode of its audio to float PCM, read as it
// comes by two JS meters: loudness-meter.ts (integrated loudness, true peak, as ffmpeg's ebur128 reads
// them) and qa-pcm.ts (clipped samples, the envelope the line onsets are found in).

import { VoiceoverError } from '../core/errors.js';
import type { Loudness } from './analyse-parse.js';
import { channelWeights, createLoudnessMeter, type LoudnessMeter } from './loudness-meter.js';
import { timedResample } from './args.js';
import { decodePcm } from './pcm-stream.js';
import { createPcmMeter, type PcmSummary } from './qa-pcm.js';
import { lineOnsets } from './qa-onsets.js';

/**
 * A line is off when its measured onset is further than this from the plan, ms: a little over one
 * frame at 25–30 fps, and inside the ±45 ms where a lip-sync error starts to be noticed (ITU-R BT.1359).
 */
export const LINE_OFF_MS = 40;

/** The rate the audio is decoded to for the JS meters (its channels are kept). */
const PCM_RATE = 48_000;

/** report.json's `qa` of an item: figures measured on the delivered file. */
export interface DeliveredQa {
  /** Measured minus planned onset, ms (positive: later than planned). max: the error largest in size, signed; mean: signed mean. Null without line times or when no onset was found. */
  onset_error_ms: { max: number; mean: number } | null;
  /** Lines whose onset is more than LINE_OFF_MS off, or was not found near its planned start; null without line times. */
  lines_off: number | null;
  /** Null when the audio is silent (under the −70 LUFS gate). */
  integrated_lufs: number | null;
  true_peak_dbtp: number | null;
  /** Decoded samples (48 kHz, every channel) at full scale. */
  clipped_samples: number;
}

/** What one measuring pass gives: the loudness (as measureLoudness does), the QA figures and each line's measured onset. */
export interface DeliveredMeasurement {
  loudness: Loudness;
  qa: DeliveredQa;
  /** Measured start of each line, seconds (null: not found). */
  onsets: (number | null)[];
}

/** The audio filter of the pass: presentation time, so an audio stream starting late is padded from 0 (first_pts) and gaps are filled. */
export const QA_FILTER = timedResample(PCM_RATE);

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
 * Measure a delivered file: loudness and true peak (the figures measureLoudness gives), clipped samples
 * and where each line starts, from one decode of its audio. `lines`: the planned line times (output
 * time); empty when unknown (then no onset figures).
 */
export async function measureDelivered(file: string, lines: readonly { start_s: number; end_s: number }[], options: { signal?: AbortSignal; map?: string } = {}): Promise<DeliveredMeasurement> {
  let meters: { loudness: LoudnessMeter; pcm: ReturnType<typeof createPcmMeter> } | undefined;
  await decodePcm(
    file,
    (f) => (meters = {
      loudness: createLoudnessMeter({ sampleRate: f.sampleRate, channels: f.channels, weights: channelWeights(f.channelMask, f.channels) }),
      pcm: createPcmMeter(f.sampleRate, f.channels),
    }),
    (samples) => {
      meters!.loudness.push(samples);
      meters!.pcm.pushSamples(samples);
    },
    { signal: options.signal, map: options.map, filter: QA_FILTER },
  );
  if (!meters) throw new VoiceoverError('FFMPEG_FAILED', { detail: `no audio decoded from ${file}` });
  const loudness = meters.loudness.finish();
  const pcm: PcmSummary = meters.pcm.finish();
  const onsets = lines.length ? lineOnsets(pcm.bins, lines) : [];
  return { loudness, qa: qaFigures(lines, onsets, loudness, pcm.clipped), onsets };
}
