// ffmpeg arguments for the audio stages: the ducked mix, and the loudness pass (pure).

import type { PlanHold } from '../timing/types.js';
import { timedResample } from '../media/args.js';
import { usableHolds } from './video-args.js';

const STEREO = 'aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo';

/** Split the signal: `[out]` goes to the file, `[pcm]` to stdout for the JS loudness meter (see measuredOutputs). */
const MEASURE = 'asplit=2[out][pcm]';

/** Outputs of a measured pass: `[out]` to `file` and `[pcm]` to stdout, both float WAV (stdout for the JS meter, read as ffmpeg writes it). */
function measuredOutputs(file: string, duration?: string): string[] {
  const t = duration ? ['-t', duration] : [];
  return ['-map', '[out]', ...t, '-c:a', 'pcm_f32le', '-f', 'wav', file, '-map', '[pcm]', ...t, '-c:a', 'pcm_f32le', '-f', 'wav', 'pipe:1'];
}

/** What goes into the mix. Gains are linear. */
export interface MixJob {
  duration_s: number;
  /** The source file whose first audio stream is the original sound, if it has one. */
  original?: {
    file: string;
    gain: number;
    isImage?: boolean;
    /** Where the picture holds (source time, ascending): the original sound pauses there as long, to stay in sync. */
    holds?: readonly PlanHold[];
  };
  /** Narration: the mono float WAV written by writeNarrationTrack. */
  narration: { file: string; gain: number };
  music?: { file: string; gain: number; fadeOut_s: number };
  /** Volume expression (see duckVolumeExpression) applied to the original and the music. */
  duckExpression: string;
  /** Output WAV (float). */
  output: string;
}

const secs = (x: number): string => x.toFixed(3);

/**
 * Chains from `[input]` (48 kHz audio) to `[output]` with silence inserted at each hold (source time)
 * for its length: split at the hold points (atrim, sample-exact), each part but the last padded with
 * silence (apad), the parts joined (concat). Source time t ≥ a hold's point then plays at t + the
 * holds up to it, as the picture does.
 */
export function audioHoldChains(input: string, given: readonly PlanHold[], output: string): string[] {
  const holds = usableHolds(given);
  const n = holds.length + 1;
  const chains = [`${input}asplit=${n}${Array.from({ length: n }, (_, k) => `[ahold${k}]`).join('')}`];
  let padded = 0;
  let sum = 0;
  holds.forEach((hold, k) => {
    sum += hold.d_s;
    const upTo = Math.round(sum * 48000); // samples, rounded on the running sum
    const from = k > 0 ? `start=${secs(holds[k - 1]!.at_s)}:` : '';
    chains.push(`[ahold${k}]atrim=${from}end=${secs(hold.at_s)},apad=pad_len=${upTo - padded},asetpts=PTS-STARTPTS[aheld${k}]`);
    padded = upTo;
  });
  const last = holds[holds.length - 1];
  chains.push(`[ahold${n - 1}]${last ? `atrim=start=${secs(last.at_s)},` : ''}asetpts=PTS-STARTPTS[aheld${n - 1}]`);
  chains.push(`${Array.from({ length: n }, (_, k) => `[aheld${k}]`).join('')}concat=n=${n}:v=0:a=1[${output}]`);
  return chains;
}

/** Arguments for the mix: original ducked, narration, looped music ducked and faded; float WAV out,
 * and the same samples on stdout to be measured on the way.
 * The caller writes `graph` to `graphFile` (scripts keep long envelopes off the command line). */
export function mixArgs(job: MixJob, graphFile: string): { args: string[]; graph: string } {
  const args = ['-y'];
  const chains: string[] = [];
  const labels: string[] = [];
  const d = secs(job.duration_s);
  let index = 0;
  if (job.original) {
    args.push('-i', job.original.file);
    const holds = usableHolds(job.original.holds);
    // By its timestamps: the original plays where the picture has it (see timedResample), and the duck's t is that time.
    let source = `[${index}:a:0]${timedResample(48000)},${STEREO},`;
    if (holds.length > 0) {
      chains.push(`[${index}:a:0]${timedResample(48000)},${STEREO}[orig_in]`, ...audioHoldChains('[orig_in]', holds, 'orig_held'));
      source = '[orig_held]';
    }
    chains.push(
      `${source}apad,atrim=0:${d},volume=${job.original.gain.toFixed(5)},volume='${job.duckExpression}':eval=frame[orig]`,
    );
    labels.push('[orig]');
    index++;
  }
  args.push('-i', job.narration.file);
  chains.push(`[${index}:a:0]${STEREO},apad,atrim=0:${d},volume=${job.narration.gain.toFixed(5)}[narr]`);
  labels.push('[narr]');
  index++;
  if (job.music) {
    args.push('-stream_loop', '-1', '-i', job.music.file);
    const fade = Math.min(job.music.fadeOut_s, job.duration_s / 2);
    chains.push(
      `[${index}:a:0]aresample=48000,${STEREO},atrim=0:${d},asetpts=N/SR/TB,volume=${job.music.gain.toFixed(5)},volume='${job.duckExpression}':eval=frame,` +
        `afade=t=out:st=${secs(job.duration_s - fade)}:d=${secs(fade)}[music]`,
    );
    labels.push('[music]');
    index++;
  }
  if (labels.length === 1) {
    chains.push(`${labels[0]}anull[mix]`);
  } else {
    // amix divides each input by the input count (old builds lack normalize=0): undo it.
    chains.push(`${labels.join('')}amix=inputs=${labels.length}:duration=longest:dropout_transition=0,volume=${labels.length}[mix]`);
  }
  chains.push(`[mix]${MEASURE}`);
  const graph = chains.join(';\n');
  args.push('-filter_complex_script', graphFile, ...measuredOutputs(job.output, d));
  return { args, graph };
}

/** Arguments for the loudness pass: a measured gain, then a limiter below the true-peak ceiling (48 kHz stereo);
 * float WAV out, and the same samples on stdout to be measured on the way. */
export function masterArgs(input: string, output: string, gain_db: number, limit_db: number): string[] {
  const limit = Math.min(1, Math.max(0.0625, 10 ** (limit_db / 20)));
  // To 48 kHz stereo first: the input may be the mono narration itself (narrationAsMix), and the limiter works on what is delivered.
  const filter = `[0:a:0]aresample=48000,${STEREO},volume=${gain_db.toFixed(3)}dB,alimiter=limit=${limit.toFixed(5)}:attack=5:release=50:level=0,${MEASURE}`;
  return ['-y', '-i', input, '-filter_complex', filter, ...measuredOutputs(output)];
}
