// Measure a file with ffmpeg's analysis filters: loudness, silences, speech onsets, scene cuts.
import { VoiceoverError } from '../core/errors.js';
import { fileUrl, nullOutputArgs } from './args.js';
import { parseEbur128Summary, parseScdetLog, parseShowinfoTimes, parseSilenceLog, speechOnsets, type Loudness, type Silence } from './analyse-parse.js';
import { ffmpegCapabilities } from './capabilities.js';
import { resolveFfmpeg } from './locate.js';
import { runFfmpeg } from './run.js';
import { channelWeights, createLoudnessMeter, type LoudnessMeter } from './loudness-meter.js';
import { decodePcm } from './pcm-stream.js';

export type { Loudness, Silence } from './analyse-parse.js';

/** Options of the audio analyses. */
export interface AudioAnalysisOptions {
  signal?: AbortSignal;
  /** Which audio stream (an ffmpeg -map specifier), default the first: `0:a:0`. */
  map?: string;
}

/** Options of silence detection. */
export interface SilenceOptions extends AudioAnalysisOptions {
  /** Level under which audio counts as silent, dBFS (default -40). */
  noise_db?: number;
  /** Shortest silence reported, seconds (default 0.3). */
  min_s?: number;
}

/** Options of scene-cut detection. */
export interface SceneCutOptions {
  /** Scene score (0..1, the scale of select's `scene` in ffmpeg ≥ 5) above which a frame is a cut (default 0.3). */
  threshold?: number;
  signal?: AbortSignal;
  /** `scdet` when the build has it (auto), or select+showinfo. */
  method?: 'auto' | 'scdet' | 'select';
}

// The audio stream alone: with the 2018 static build a -vn without an explicit -map still decodes the video.
function audioInput(file: string, map = '0:a:0'): string[] {
  return ['-i', fileUrl(file), '-map', map, '-vn', '-sn', '-dn'];
}

/** Options of loudness measurement. */
export interface LoudnessOptions extends AudioAnalysisOptions {
  /** Measure the true peak too (4x oversampling, the costly part); default true. Without it the peak is -Infinity. */
  truePeak?: boolean;
}

/**
 * Integrated loudness (LUFS), true peak (dBTP) and loudness range (LU) of one audio stream: one decode to
 * 48 kHz float PCM read by the JS meter (loudness-meter.ts), which agrees with ffmpeg's ebur128 within
 * 0.1 LU / 0.1 dB and does not slow down in the silences between lines as ebur128 does (issue 10).
 */
export async function measureLoudness(file: string, options: LoudnessOptions = {}): Promise<Loudness> {
  let meter: LoudnessMeter | undefined;
  await decodePcm(
    file,
    (f) => (meter = createLoudnessMeter({ sampleRate: f.sampleRate, channels: f.channels, weights: channelWeights(f.channelMask, f.channels), truePeak: options.truePeak !== false })),
    (samples) => meter!.push(samples),
    { signal: options.signal, map: options.map },
  );
  if (!meter) throw new VoiceoverError('FFMPEG_FAILED', { detail: `no audio decoded from ${file}` });
  return meter.finish();
}

/** The same figures from ffmpeg's own ebur128 filter: the reference the JS meter is tested and benchmarked against (slow on narration). */
export async function measureLoudnessEbur128(file: string, options: LoudnessOptions = {}): Promise<Loudness> {
  // framelog=verbose keeps the ten-per-second meter lines out of stderr; the Summary stays at info level.
  const peak = options.truePeak === false ? '' : 'peak=true:';
  const args = [...audioInput(file, options.map), '-filter:a', `ebur128=${peak}framelog=verbose`, ...nullOutputArgs()];
  const { stderr } = await runFfmpeg(args, { signal: options.signal, captureStderr: 'full' });
  const loudness = parseEbur128Summary(stderr);
  if (!loudness) throw new VoiceoverError('FFMPEG_FAILED', { detail: `ebur128 printed no summary for ${file}` });
  return loudness;
}

async function silencesAndEnd(file: string, options: SilenceOptions): Promise<{ silences: Silence[]; end_s: number }> {
  const filter = `silencedetect=noise=${options.noise_db ?? -40}dB:d=${options.min_s ?? 0.3}`;
  let end_s = 0;
  const { stderr } = await runFfmpeg([...audioInput(file, options.map), '-filter:a', filter, ...nullOutputArgs()], {
    signal: options.signal,
    captureStderr: 'full',
    onProgress: (p) => (end_s = Math.max(end_s, p.out_time_s)),
  });
  return { silences: parseSilenceLog(stderr, end_s), end_s };
}

/** Spans of one audio stream quieter than `noise_db` for at least `min_s`; a silence open at the end is closed there. */
export async function detectSilences(file: string, options: SilenceOptions = {}): Promise<Silence[]> {
  return (await silencesAndEnd(file, options)).silences;
}

/** Times where sound starts after silence (0 when the file opens with sound), seconds ascending. */
export async function detectSpeechOnsets(file: string, options: SilenceOptions = {}): Promise<number[]> {
  const { silences, end_s } = await silencesAndEnd(file, options);
  return speechOnsets(silences, end_s);
}

// scdet scores on a 0..100 scale where select's scene score is 0..1 of a mean difference of 100
// (ffmpeg 5.1 vf_scdet.c vs f_select.c): scdet = scene × 100 × 100 / 256.
const SCDET_PER_SCENE = 10000 / 256;

/** Times of hard cuts in the first video stream, seconds ascending (decodes the whole stream). */
export async function detectSceneCuts(file: string, options: SceneCutOptions = {}): Promise<number[]> {
  const threshold = options.threshold ?? 0.3;
  let method = options.method ?? 'auto';
  if (method === 'auto') {
    const { filters } = await ffmpegCapabilities(resolveFfmpeg().ffmpeg);
    method = filters.has('scdet') ? 'scdet' : 'select';
  }
  const filter = method === 'scdet'
    ? `scdet=threshold=${(threshold * SCDET_PER_SCENE).toFixed(4)}`
    : `select='gt(scene,${threshold})',showinfo`;
  const args = ['-i', fileUrl(file), '-map', '0:v:0', '-an', '-sn', '-dn', '-filter:v', filter, ...nullOutputArgs()];
  const { stderr } = await runFfmpeg(args, { signal: options.signal, captureStderr: 'full' });
  const times = method === 'scdet' ? parseScdetLog(stderr) : parseShowinfoTimes(stderr);
  return times.sort((a, b) => a - b);
}
