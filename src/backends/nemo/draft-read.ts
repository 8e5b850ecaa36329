// Reading the session state (protocol §5): is the draft exportable, is the work settled, and which
// narration lines it carries (voice segments, as src/backends/local/draft.ts lays them out).

import type { ReportLine } from '../types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Statuses that mean the service is still working (protocol §5). */
const BUSY = new Set(['processing', 'pending', 'running', 'generating']);

/** The draft of a state (`state.draft`), when it is an object. */
export function draftOf(state: Json): Json | undefined {
  return isObject(state.draft) ? state.draft : undefined;
}

/** The draft's tracks (`t`), objects only. */
export function tracksOf(draft: Json | undefined): Json[] {
  return Array.isArray(draft?.t) ? draft.t.filter(isObject) : [];
}

/** The segments of a track (`sg`), objects only. */
export function segmentsOf(track: Json): Json[] {
  return Array.isArray(track.sg) ? track.sg.filter(isObject) : [];
}

/** Exportable: the draft has a track with a non-empty `sg`. */
export function isExportable(state: Json): boolean {
  return tracksOf(draftOf(state)).some((track) => segmentsOf(track).length > 0);
}

/** Nothing says work is going on: `processing` is not true and `status`, if any, is not a busy one. */
export function isIdle(state: Json): boolean {
  if (state.processing === true) return false;
  return !(typeof state.status === 'string' && BUSY.has(state.status.toLowerCase()));
}

/** Settled: exportable and idle. */
export function isSettled(state: Json): boolean {
  return isExportable(state) && isIdle(state);
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Narration lines of the draft: audio-track (tt 1) segments of kind 'voice', by index; [] when none. */
export function draftLines(state: Json): ReportLine[] {
  const voices = tracksOf(draftOf(state))
    .filter((track) => track.tt === 1)
    .flatMap(segmentsOf)
    .filter((sg) => sg.kind === 'voice' && num(sg.s) !== undefined && num(sg.d) !== undefined);
  return voices
    .map((sg, i) => {
      const s = num(sg.s)! / 1000;
      const cue = num(sg.cue_s);
      return {
        index: num(sg.index) ?? i,
        text: typeof sg.text === 'string' ? sg.text : '',
        cue_s: round3(cue ?? s),
        start_s: round3(s),
        end_s: round3(s + num(sg.d)! / 1000),
        stretch: num(sg.stretch) ?? 1,
        overflow_ms: num(sg.overflow_ms) ?? 0,
        ...wordsOf(sg.w),
      };
    })
    .sort((a, b) => a.index - b.index);
}

/** A voice segment's word times (`w`: `{t, s, e, est?}`, timeline ms) as report words, when every entry is well formed. */
function wordsOf(value: unknown): Pick<ReportLine, 'words'> {
  if (!Array.isArray(value) || value.length === 0) return {};
  const words = value.map((w: unknown) =>
    isObject(w) && typeof w.t === 'string' && num(w.s) !== undefined && num(w.e) !== undefined
      ? { text: w.t, start_s: round3(num(w.s)! / 1000), end_s: round3(num(w.e)! / 1000), ...(w.est === true ? { estimated: true } : {}) }
      : undefined,
  );
  return words.every((w) => w !== undefined) ? { words: words as NonNullable<ReportLine['words']> } : {};
}

/** Caption lines of the draft's text track (tt 7, kind 'caption'): for sidecars when no voice lines are given. */
export function draftCaptions(state: Json): { text: string; start_s: number; end_s: number }[] {
  return tracksOf(draftOf(state))
    .filter((track) => track.tt === 7)
    .flatMap(segmentsOf)
    .filter((sg) => sg.kind === 'caption' && typeof sg.text === 'string' && num(sg.s) !== undefined && num(sg.d) !== undefined)
    .map((sg) => ({ text: sg.text as string, start_s: num(sg.s)! / 1000, end_s: (num(sg.s)! + num(sg.d)!) / 1000 }));
}
