// Pure parsers of the logs ffmpeg's analysis filters print on stderr (ebur128, silencedetect, scdet, showinfo).

/**
 * Loudness of a file per EBU R128. Digital silence, or audio entirely under the -70 LUFS absolute
 * gate, gives integrated_lufs -Infinity (ffmpeg prints -70.0) and a true peak of -Infinity ("-inf").
 */
export interface Loudness {
  integrated_lufs: number;
  true_peak_dbtp: number;
  /** Loudness range, LU. */
  lra: number;
}

/** A quiet span, seconds. */
export interface Silence {
  start_s: number;
  end_s: number;
}

// EBU R128's absolute gate: ebur128 prints exactly this when no block is louder.
const ABSOLUTE_GATE_LUFS = -70;

function dbValue(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^-inf/i.test(text)) return -Infinity;
  if (/^\+?inf/i.test(text)) return Infinity;
  const value = Number.parseFloat(text);
  return Number.isFinite(value) ? value : undefined;
}

/** The Summary block of `ebur128` (the last one printed), or undefined when absent. */
export function parseEbur128Summary(stderr: string): Loudness | undefined {
  const at = stderr.lastIndexOf('Summary:');
  if (at < 0) return undefined;
  const summary = stderr.slice(at);
  const number = String.raw`([-+]?(?:inf|\d+(?:\.\d+)?))`;
  const integrated = dbValue(new RegExp(String.raw`\bI:\s+${number}\s+LUFS`, 'i').exec(summary)?.[1]);
  const lra = dbValue(new RegExp(String.raw`\bLRA:\s+${number}\s+LU\b`, 'i').exec(summary)?.[1]);
  const peak = dbValue(new RegExp(String.raw`\bPeak:\s+${number}\s+dBFS`, 'i').exec(summary)?.[1]);
  if (integrated === undefined) return undefined;
  const gated = integrated <= ABSOLUTE_GATE_LUFS ? -Infinity : integrated;
  // Without peak=true there is no peak line: report it as unknown (-Infinity).
  return { integrated_lufs: gated, true_peak_dbtp: peak ?? -Infinity, lra: lra ?? 0 };
}

/** silencedetect's start/end lines as spans; a silence still open at the end closes at `end_s`. */
export function parseSilenceLog(stderr: string, end_s?: number): Silence[] {
  const silences: Silence[] = [];
  let open: number | undefined;
  for (const match of stderr.matchAll(/silence_(start|end):\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)/g)) {
    const value = Math.max(0, Number(match[2]));
    if (match[1] === 'start') {
      open = value;
    } else if (open !== undefined) {
      silences.push({ start_s: open, end_s: value });
      open = undefined;
    }
  }
  if (open !== undefined && end_s !== undefined && end_s > open) silences.push({ start_s: open, end_s });
  return silences;
}

/**
 * Where sound begins after silence: 0 when the file does not open with a silence, then the end
 * of every silence that ends before the file does (within `tolerance_s`).
 */
export function speechOnsets(silences: readonly Silence[], end_s: number, tolerance_s = 0.05): number[] {
  const onsets: number[] = [];
  const first = silences[0];
  if (end_s > tolerance_s && (!first || first.start_s > tolerance_s)) onsets.push(0);
  for (const silence of silences) {
    if (silence.end_s < end_s - tolerance_s) onsets.push(silence.end_s);
  }
  return onsets;
}

/** Times of `scdet` detections ("lavfi.scd.score: 15.6, lavfi.scd.time: 2"). */
export function parseScdetLog(stderr: string): number[] {
  return [...stderr.matchAll(/lavfi\.scd\.time:\s*(-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
}

/** pts_time of every frame `showinfo` printed. */
export function parseShowinfoTimes(stderr: string): number[] {
  const times: number[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.includes('showinfo')) continue;
    const match = /\bpts_time:\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)/.exec(line);
    if (match) times.push(Number(match[1]));
  }
  return times;
}
