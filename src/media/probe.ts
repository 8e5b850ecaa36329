// Probe an input (ffprobe), say what kind it is, and check that it really decodes to its end.
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { VoiceoverError } from '../core/errors.js';
import { fileUrl, formatSeconds, nullOutputArgs } from './args.js';
import { FfmpegError, tailLines } from './ffmpeg-error.js';
import { planTailCheck, scanPackets, tailSlack, TAIL_DECODE_MAX_S } from './packets.js';
import { parseProbeOutput, type FfprobeOutput } from './probe-parse.js';
import type { FfmpegProgress } from './progress.js';
import { runFfmpeg } from './run.js';
import type { ProbeResult } from './types.js';

/** What kind of input the pipeline is dealing with. */
export type InputKind = 'video' | 'image' | 'audio';

// The last lines of ffmpeg's complaint, without "[demuxer @ 0x55d…] " prefixes, repeat notices
// and our `file:` URL prefix: none of them help a person.
function cleanMessage(stderr: string, lines = 3): string {
  const useful = stderr.split('\n').filter((line) => !/^\s*Last message repeated/.test(line)).join('\n');
  return tailLines(useful, lines)
    .replace(/\[[^\]\n]* @ 0x[0-9a-f]+\] /g, '')
    .replace(/\bfile:(?=[\\/]|[A-Za-z]:)/g, '')
    .split('\n')
    .join('; ');
}

async function ensureFile(file: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new VoiceoverError('INPUT_NOT_FOUND', { file });
  if (!info.isFile()) throw new VoiceoverError('INPUT_UNSUPPORTED', { file, detail: 'not a regular file' });
}

/** Probe a media file: duration, streams, size, rotation, fps, codecs. */
export async function probeMedia(file: string, options: { signal?: AbortSignal } = {}): Promise<ProbeResult> {
  await ensureFile(file);
  const args = ['-print_format', 'json', '-show_format', '-show_streams', fileUrl(file)];
  let json: FfprobeOutput;
  try {
    const { stdout } = await runFfmpeg(args, { program: 'ffprobe', signal: options.signal });
    json = JSON.parse(stdout) as FfprobeOutput;
  } catch (error) {
    if (error instanceof FfmpegError && (error.isCanceled || error.childExitCode === undefined)) throw error;
    const detail = error instanceof FfmpegError ? cleanMessage(error.stderr) || error.message : String(error);
    throw new VoiceoverError('INPUT_CORRUPT', { file, detail }, { cause: error });
  }
  const probe = parseProbeOutput(file, json);
  if (!probe.video && !probe.audio) {
    throw new VoiceoverError('INPUT_UNSUPPORTED', { file, detail: `no video or audio stream (format ${probe.formatName})` });
  }
  if (probe.duration === 0 && !probe.video?.isImage) await durationFromPackets(probe, options.signal);
  return probe;
}

// A header without a duration (MediaRecorder, a pipe): the duration is where the packets end. A
// whole-file packet scan is demuxing only, no decoding; files without a duration are rare and short.
async function durationFromPackets(probe: ProbeResult, signal?: AbortSignal): Promise<void> {
  const scan = await scanPackets(probe.file, { video: Boolean(probe.video), audio: Boolean(probe.audio) }, { signal });
  if (scan.end_s === undefined) return;
  const duration = scan.end_s - (probe.start_s ?? Math.min(0, scan.first_s ?? 0));
  if (duration > 0) {
    probe.duration = duration;
    probe.durationFrom = 'packets';
  }
}

/**
 * Video, still image or audio-only, from the streams alone: for files whose type was checked by their
 * content already (the server sniffs uploads). Inputs named in a config go through `probeInput`.
 */
export function classifyInput(probe: ProbeResult): InputKind {
  if (probe.video) return probe.video.isImage ? 'image' : 'video';
  return 'audio';
}

/** Accepted input extensions and the kind each promises. */
export const INPUT_EXTENSIONS: Readonly<Record<InputKind, readonly string[]>> = {
  video: ['mp4', 'mov', 'avi', 'webm', 'mkv'],
  image: ['jpg', 'jpeg', 'png', 'gif', 'webp'],
  audio: ['mp3', 'wav', 'm4a', 'aac'],
};

const ACCEPTED = `videos (${INPUT_EXTENSIONS.video.join(' ')}), images (${INPUT_EXTENSIONS.image.join(' ')}) or audio (${INPUT_EXTENSIONS.audio.join(' ')})`;

/** The kind a file's extension promises; INPUT_UNSUPPORTED naming the accepted types for any other extension. */
export function kindFromName(file: string): InputKind {
  const ext = extname(file).slice(1).toLowerCase();
  for (const [kind, list] of Object.entries(INPUT_EXTENSIONS) as [InputKind, readonly string[]][]) {
    if (list.includes(ext)) return kind;
  }
  throw new VoiceoverError('INPUT_UNSUPPORTED', { file, detail: `${ext ? `.${ext} files are` : 'a file without an extension is'} not accepted; use ${ACCEPTED}` });
}

/**
 * The kind of a probed input, by its extension checked against its streams: a video name needs a
 * video stream (an .mp4 holding only audio is not silently narrated over a plain background), an
 * image name a picture, an audio name an audio stream.
 */
export function classifyInputFile(file: string, probe: ProbeResult): InputKind {
  const kind = kindFromName(file);
  if (kind === 'video' && (!probe.video || probe.video.isImage)) {
    const ext = extname(file).slice(1).toLowerCase();
    const detail = probe.video
      ? `holds a single still picture, not a video; to narrate a picture use ${INPUT_EXTENSIONS.image.map((e) => `.${e}`).join('/')}`
      : `has no video stream; to narrate an audio file use ${INPUT_EXTENSIONS.audio.map((e) => `.${e}`).join('/')}`;
    throw new VoiceoverError('INPUT_UNSUPPORTED', { file, detail: `this .${ext} file ${detail}` });
  }
  if (kind === 'image' && !probe.video) throw new VoiceoverError('INPUT_UNSUPPORTED', { file, detail: 'the image holds no picture' });
  if (kind === 'audio' && !probe.audio) throw new VoiceoverError('INPUT_UNSUPPORTED', { file, detail: 'the audio file has no audio stream' });
  if (kind === 'image') return probe.video!.isImage ? 'image' : 'video'; // an animated GIF or WebP plays as a video
  return kind;
}

/** Probe an input named in a config: its extension first (so a .pdf is unsupported, not corrupt), then its streams. */
export async function probeInput(file: string, options: { signal?: AbortSignal } = {}): Promise<{ probe: ProbeResult; kind: InputKind }> {
  await ensureFile(file);
  kindFromName(file);
  const probe = await probeMedia(file, options);
  return { probe, kind: classifyInputFile(file, probe) };
}

// Decode from `at` for `length` seconds (to the end when undefined): whether any frame or sample
// came out, how many video frames and how far the output got (seconds from `at`). `input` goes before
// the -ss (seek options), `output` after the maps (frame limits).
async function decodesAt(
  file: string, probe: ProbeResult, at: number, length: number | undefined, signal?: AbortSignal, extra: { input?: string[]; output?: string[] } = {},
): Promise<{ ok: boolean; frames: number; reached_s: number; stderr: string }> {
  const maps = [...(probe.video ? ['-map', '0:v:0'] : []), ...(probe.audio ? ['-map', '0:a:0'] : [])];
  const args = [
    '-v', 'error', ...(extra.input ?? []), ...(at > 0 ? ['-ss', formatSeconds(at)] : []), '-i', fileUrl(file),
    ...(length === undefined ? [] : ['-t', formatSeconds(length)]), ...maps, ...(extra.output ?? []), ...nullOutputArgs(),
  ];
  let last: FfmpegProgress | undefined;
  try {
    const { stderr } = await runFfmpeg(args, { signal, onProgress: (p) => (last = p) });
    const ok = (last?.frame ?? 0) > 0 || (last?.out_time_s ?? 0) > 0;
    return { ok, frames: last?.frame ?? 0, reached_s: last?.out_time_s ?? 0, stderr };
  } catch (error) {
    if (error instanceof FfmpegError && !error.isCanceled && error.childExitCode !== undefined) {
      return { ok: false, frames: 0, reached_s: 0, stderr: error.stderr };
    }
    throw error;
  }
}

/**
 * Decode a file's tail from its last keyframe (`key_s`, seconds from the file's start as -ss reads
 * it): that keyframe's picture alone (the output ends with it). The GOP's other frames say nothing
 * more (any picture counts, as it did when the whole GOP was decoded) and cost up to
 * TAIL_DECODE_MAX_S of decoding (≈ 2 s of 1080p with 8-second GOPs). The seek aims a hundredth of
 * a second past the keyframe, without accurate seeking, so it starts on that keyframe and never on
 * the one before (a time rounded down a microsecond would).
 */
export function decodeTail(file: string, probe: ProbeResult, key_s: number, signal?: AbortSignal): Promise<{ ok: boolean; frames: number; reached_s: number; stderr: string }> {
  // Audio only: every packet is a keyframe and the decode from the last one is short already.
  if (!probe.video) return decodesAt(file, probe, key_s, undefined, signal);
  return decodesAt(file, probe, key_s + 0.01, undefined, signal, { input: ['-noaccurate_seek'], output: ['-frames:v', '1'] });
}

function corruptAt(file: string, probe: ProbeResult, at: number, why: string): VoiceoverError {
  const where = at === 0 ? 'at its start' : `near ${formatSeconds(Math.round(at * 10) / 10)}s of the ${formatSeconds(probe.duration)}s it claims`;
  return new VoiceoverError('INPUT_CORRUPT', { file, detail: `nothing decodes ${where}${why ? ` (${why})` : ''}` });
}

function seconds(value: number): string {
  return `${formatSeconds(Math.round(value * 100) / 100)}s`;
}

// The end-of-file check (rule: planTailCheck): a packet scan of the last TAIL_DECODE_MAX_S + 1
// seconds, then the last keyframe decoded (decodeTail), and a whole decode only when the file's
// keyframe flags or demuxer leave no cheaper proof. The error to throw, or undefined when the end is there.
async function checkTail(file: string, probe: ProbeResult, signal?: AbortSignal): Promise<VoiceoverError | undefined> {
  const origin = probe.start_s ?? 0;
  const near = probe.duration - 1;
  const from = origin + probe.duration - TAIL_DECODE_MAX_S - 1;
  const scan = await scanPackets(file, { video: Boolean(probe.video), audio: Boolean(probe.audio) }, { from_s: from, signal });
  const plan = planTailCheck(scan, probe.duration, origin);
  const demuxer = scan.errors ? cleanMessage(scan.errors, 2) : '';
  if (plan.action === 'accept') return undefined;
  if (plan.action === 'refuse') {
    const stop = scan.end_s === undefined ? `no packet after ${seconds(Math.max(0, from - origin))}` : `its packets stop at ${seconds(scan.end_s - origin)}`;
    return corruptAt(file, probe, near, [stop, demuxer].filter(Boolean).join('; '));
  }
  if (plan.action === 'decode' && (await decodeTail(file, probe, plan.from_s, signal)).ok) return undefined;
  // The keyframe flags lied, or the demuxer complained: decode it all, as a player would.
  const whole = await decodesAt(file, probe, 0, undefined, signal);
  if (whole.ok && whole.reached_s >= probe.duration - tailSlack(probe.duration)) return undefined;
  return corruptAt(file, probe, near, cleanMessage(whole.stderr, 2) || demuxer || `decoding stops at ${seconds(whole.reached_s)}`);
}

/**
 * Check an input really decodes: a short slice at the start, and its end (checkTail, run beside
 * it). INPUT_CORRUPT when either fails: a truncated file keeps a header that claims the full
 * duration, so its packets stop short of it. A file that `ffmpeg -i FILE -f null -` decodes to its
 * end is never refused; a single-keyframe screen recording whose packets reach the end is not
 * decoded twice to prove it.
 */
export async function verifyDecodable(file: string, probe: ProbeResult, options: { signal?: AbortSignal } = {}): Promise<void> {
  const tailToo = !probe.video?.isImage && probe.duration > 1.5;
  const [head, tail] = await Promise.all([
    decodesAt(file, probe, 0, 0.5, options.signal),
    tailToo ? checkTail(file, probe, options.signal) : Promise.resolve(undefined),
  ]);
  if (!head.ok) throw corruptAt(file, probe, 0, cleanMessage(head.stderr, 2));
  if (tail) throw tail;
}
