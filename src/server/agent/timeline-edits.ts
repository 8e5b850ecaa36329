// Small changes to a draft the agent makes itself: a title over the start, a music bed.

import { TRACK_AUDIO, TRACK_TEXT, type Draft, type MusicSegment } from '../../backends/local/draft.js';
import type { UploadedFile } from '../store/records.js';

/** How long a title stays on screen, ms. */
export const TITLE_MS = 3000;

/** A copy of the draft with a title track (tt 7) over its first seconds. */
export function withTitle(draft: Draft, text: string): Draft {
  return {
    ...draft,
    m: { ...draft.m, title: text },
    t: [...draft.t, { tt: TRACK_TEXT, sg: [{ kind: 'title', s: 0, d: Math.min(TITLE_MS, draft.d), text }] }],
  };
}

/** A copy of the draft with a music bed over the whole timeline (on the audio track). */
export function withMusic(draft: Draft, music: UploadedFile, volume: number): Draft {
  const bed: MusicSegment = { kind: 'music', src: music.path, s: 0, d: draft.d, vol: volume, name: music.filename };
  const has = draft.t.some((t) => t.tt === TRACK_AUDIO);
  const tracks = has
    ? draft.t.map((t) => (t.tt === TRACK_AUDIO ? { tt: TRACK_AUDIO, sg: [...t.sg.filter((s) => s.kind !== 'music'), bed] } : t))
    : [...draft.t, { tt: TRACK_AUDIO, sg: [bed] }];
  return { ...draft, t: tracks as Draft['t'] };
}

/** True when the draft has a music bed. */
export function hasMusic(draft: Draft): boolean {
  return draft.t.some((t) => t.tt === TRACK_AUDIO && t.sg.some((s) => s.kind === 'music'));
}
