// A packet scan: ffprobe demuxes (never decodes) a file, or its tail, and lists every packet's
// time, length and keyframe flag. It says where a file's packets really end (a truncated file's
// header still claims its full length), where its last keyframe is (so a tail check can decode that
// keyframe instead of the whole file) and how long a file lasts whose header gives no duration (a
// browser's MediaRecorder WebM).
import { fileUrl, formatSeconds } from './args.js';
import { FfmpegError } from './ffmpeg-error.js';
import { runFfmpeg } from './run.js';

/** What the packets of one scan say. */
export interface PacketScan {
  /** Packets read, of the scanned streams. */
  packets: number;
  /** Earliest packet start, seconds on the file's own timeline (pts), when any packet was read. */
  first_s?: number;
  /** Latest packet end (pts + duration), seconds on the file's own timeline, when any packet was read. */
  end_s?: number;
  /** Start of the last packet flagged as a keyframe in the first video stream (the first audio stream when there is no video). */
  lastKey_s?: number;
  /** What the demuxer complained about while reading (ffprobe's error lines), '' when nothing. */
  errors: string;
}

/** Which streams count: the first video and/or the first audio stream, as the probe chose them. */
export interface ScanStreams {
  video: boolean;
  audio: boolean;
}

function time(text: string | undefined): number | undefined {
  if (text === undefined || text === '' || text === 'N/A') return undefined;
  const value = Number.parseFloat(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A packet scan from ffprobe's `-show_entries packet=codec_type,stream_index,pts_time,dts_time,duration_time,flags -of csv=p=0`
 * output (one packet a line, fields in that order). Only the first stream of each asked type counts
 * (cover art and second audio tracks do not say where the recording ends).
 */
export function parsePacketCsv(stdout: string, streams: ScanStreams, errors = ''): PacketScan {
  const scan: PacketScan = { packets: 0, errors };
  const firstIndex: Partial<Record<'video' | 'audio', string>> = {};
  const keyType = streams.video ? 'video' : 'audio';
  for (const line of stdout.split('\n')) {
    const [type, index, pts, dts, duration, flags] = line.trim().split(',');
    if (type !== 'video' && type !== 'audio') continue;
    if (!streams[type] || index === undefined) continue;
    firstIndex[type] ??= index;
    if (firstIndex[type] !== index) continue;
    const start = time(pts) ?? time(dts);
    if (start === undefined) continue;
    scan.packets += 1;
    const end = start + Math.max(0, time(duration) ?? 0);
    scan.first_s = Math.min(scan.first_s ?? start, start);
    scan.end_s = Math.max(scan.end_s ?? end, end);
    if (type === keyType && flags?.startsWith('K')) scan.lastKey_s = Math.max(scan.lastKey_s ?? start, start);
  }
  return scan;
}

/**
 * Scan the packets of `file` from `from_s` (a time on the file's own timeline; the whole file when
 * undefined) to its end. Demux errors do not throw: they come back in `errors`, beside whatever
 * packets were read before them. Only a canceled or unstartable ffprobe throws.
 */
export async function scanPackets(file: string, streams: ScanStreams, options: { from_s?: number; signal?: AbortSignal } = {}): Promise<PacketScan> {
  const from = options.from_s !== undefined && options.from_s > 0 ? ['-read_intervals', `${formatSeconds(options.from_s)}%`] : [];
  const args = ['-v', 'error', ...from, '-show_entries', 'packet=codec_type,stream_index,pts_time,dts_time,duration_time,flags', '-of', 'csv=p=0', fileUrl(file)];
  try {
    const { stdout, stderr } = await runFfmpeg(args, { program: 'ffprobe', signal: options.signal });
    return parsePacketCsv(stdout, streams, stderr.trim());
  } catch (error) {
    if (error instanceof FfmpegError && !error.isCanceled && error.childExitCode !== undefined) {
      return parsePacketCsv('', streams, error.stderr.trim() || error.message);
    }
    throw error;
  }
}

/**
 * How far before the end (seconds) the last keyframe may be for the end-of-file check to decode
 * it (that keyframe alone: decodeTail in probe.ts). It is also how much of the tail the packet scan
 * reads: past that, the scan already showed the packets run to the claimed end without a demux
 * error, and the start decode showed the codec works. 10 s covers the usual GOPs (1–10 s).
 */
export const TAIL_DECODE_MAX_S = 10;

/** How far short of the claimed end (seconds) the packets may stop: a second, or 2 % of a long file. */
export function tailSlack(claimed_s: number): number {
  return Math.max(1, 0.02 * claimed_s);
}

/** What the end-of-file check does after a tail packet scan. */
export type TailPlan =
  /** The packets stop short of the claimed end: truncated (or cut by corruption). */
  | { action: 'refuse' }
  /** The packets reach the end with no demux error and the last keyframe is far back: nothing to decode. */
  | { action: 'accept' }
  /** Decode from the last keyframe (seconds from the file's start, as ffmpeg's -ss reads it) to the end. */
  | { action: 'decode'; from_s: number }
  /** The demuxer complained and no keyframe is near the end: only a decode from the start can tell. */
  | { action: 'full' };

/**
 * The rule of the end-of-file check, from a scan of the tail's packets (`origin_s` is the file's
 * start time, `claimed_s` the duration its header or packets claim):
 * 1. packets ending more than `tailSlack` before the claimed end → refuse (truncated);
 * 2. a keyframe within TAIL_DECODE_MAX_S of the end → decode it;
 * 3. otherwise (one keyframe, long GOPs) → accept without decoding when the demuxer read the tail
 *    cleanly, decode the whole file when it complained.
 * A decode from the last keyframe that gives nothing is not yet proof either (a muxer may flag a
 * keyframe that is not one): the caller then decodes the whole file, as `ffmpeg -i FILE -f null -`
 * would, and refuses only when that does not reach the end either.
 */
export function planTailCheck(scan: PacketScan, claimed_s: number, origin_s = 0): TailPlan {
  const end = origin_s + claimed_s;
  if (scan.end_s === undefined || scan.end_s < end - tailSlack(claimed_s)) return { action: 'refuse' };
  if (scan.lastKey_s !== undefined && (scan.end_s - scan.lastKey_s) <= TAIL_DECODE_MAX_S) {
    return { action: 'decode', from_s: Math.max(0, scan.lastKey_s - origin_s) };
  }
  return scan.errors ? { action: 'full' } : { action: 'accept' };
}
