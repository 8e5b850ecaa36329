// Pure, chunk-safe parser of ffmpeg's `-progress` output (key=value lines, one block per report).

/** One progress report of a running ffmpeg. */
export interface FfmpegProgress {
  /** Output time reached, in seconds (0 while ffmpeg reports N/A or a negative time). */
  out_time_s: number;
  /** Video frames written so far (absent for audio-only outputs). */
  frame?: number;
  /** Current encoding speed in frames per second. */
  fps?: number;
  /** Speed relative to realtime (2.5 for "2.5x"). */
  speed?: number;
  /** True for the last block (`progress=end`). */
  done: boolean;
  /** out_time_s / duration, 0..1, when the runner knows the expected duration. */
  ratio?: number;
}

/** A stateful parser: push text as it arrives, get the completed reports. */
export interface ProgressParser {
  push(chunk: string): FfmpegProgress[];
}

/** "HH:MM:SS.micro" (possibly negative or N/A) → seconds, or undefined. */
export function parseClockTime(text: string): number | undefined {
  const match = /^(-?)(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(text.trim());
  if (!match) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4]));
}

function finiteNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number.parseFloat(text);
  return Number.isFinite(value) ? value : undefined;
}

// ffmpeg names the microsecond field both out_time_us and (wrongly) out_time_ms; prefer _us,
// then the clock text. https://trac.ffmpeg.org/ticket/7345
function outTimeSeconds(block: Map<string, string>): number {
  const us = block.get('out_time_us');
  if (us !== undefined && /^-?\d+$/.test(us)) return Math.max(0, Number(us) / 1e6);
  const clock = parseClockTime(block.get('out_time') ?? '');
  return clock === undefined ? 0 : Math.max(0, clock);
}

function toEvent(block: Map<string, string>, done: boolean): FfmpegProgress {
  const event: FfmpegProgress = { out_time_s: outTimeSeconds(block), done };
  const frame = finiteNumber(block.get('frame'));
  if (frame !== undefined) event.frame = frame;
  const fps = finiteNumber(block.get('fps'));
  if (fps !== undefined) event.fps = fps;
  const speed = finiteNumber(block.get('speed')?.replace(/x$/, ''));
  if (speed !== undefined) event.speed = speed;
  return event;
}

/** A new parser; lines and blocks may be split anywhere between pushes. */
export function createProgressParser(): ProgressParser {
  let pending = '';
  let block = new Map<string, string>();
  return {
    push(chunk: string): FfmpegProgress[] {
      const events: FfmpegProgress[] = [];
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const raw of lines) {
        const line = raw.trim();
        const eq = line.indexOf('=');
        if (eq <= 0) continue;
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (key === 'progress') {
          events.push(toEvent(block, value === 'end'));
          block = new Map();
        } else {
          block.set(key, value);
        }
      }
      return events;
    },
  };
}
