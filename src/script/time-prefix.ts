// `[mm:ss]`, `[mm:ss.s]` and `[hh:mm:ss(.s)]` at the start of a line of a timed script.

/** A bracketed time found at the start of a line. */
export interface TimePrefix {
  /** What is between the brackets, trimmed. */
  written: string;
  /** 0-based index of `[` in the line. */
  start: number;
  /** 0-based index just after `]`. */
  end: number;
}

/** Result of reading a written time: seconds, or why it is not a time. */
export type TimeReading = { seconds: number } | { problem: string; hint: string };

const SHAPE_HINT = 'write the time as [mm:ss], [mm:ss.s] or [hh:mm:ss], e.g. [01:05] or [00:12.5]';

/** The bracketed time opening a line: a `[` then digits, colons and dots, then `]`. */
export function findTimePrefix(line: string): TimePrefix | undefined {
  const match = /^(\s*)\[\s*(\d[\d:.,\s]*?)\s*\]/.exec(line);
  if (!match) return undefined;
  const start = (match[1] ?? '').length;
  return { written: match[2] ?? '', start, end: match[0].length };
}

/** Whether a line opens with something that is clearly meant as a time (it has a colon). */
export function looksTimed(line: string): boolean {
  return findTimePrefix(line)?.written.includes(':') ?? false;
}

/** Seconds of a written time, or the reason it is invalid ("[1:75]": seconds must be below 60). */
export function readTime(written: string): TimeReading {
  if (written.includes(',')) return { problem: `[${written}] is not a valid time: use a dot for fractions of a second`, hint: SHAPE_HINT };
  const match = /^(\d+):(\d{1,2})(?::(\d{1,2}))?(?:\.(\d+))?$/.exec(written);
  if (!match) return { problem: `[${written}] is not a valid time`, hint: SHAPE_HINT };
  const fraction = match[4] === undefined ? 0 : Number(`0.${match[4]}`);
  const [hours, minutes, seconds] = match[3] === undefined
    ? [0, Number(match[1]), Number(match[2])]
    : [Number(match[1]), Number(match[2]), Number(match[3])];
  if (seconds >= 60) return { problem: `[${written}] is not a valid time: seconds must be below 60`, hint: SHAPE_HINT };
  if (match[3] !== undefined && minutes >= 60) return { problem: `[${written}] is not a valid time: minutes must be below 60`, hint: SHAPE_HINT };
  return { seconds: Math.round((hours * 3600 + minutes * 60 + seconds + fraction) * 1000) / 1000 };
}
