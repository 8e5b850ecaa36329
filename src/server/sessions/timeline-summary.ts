// The one-line timeline summary for people: "Timeline (3 tracks): 1. Video: demo.mp4 (0-6s) …".

import { basename } from 'node:path';
import { TRACK_AUDIO, TRACK_TEXT, TRACK_VIDEO, type Draft } from '../../backends/local/draft.js';

const secs = (ms: number): string => `${Math.round(ms / 100) / 10}`;
const span = (s: number, d: number): string => `${secs(s)}-${secs(s + d)}s`;

/** Each part of the timeline as a short phrase, in track order. */
export function timelineParts(draft: Draft): string[] {
  const parts: string[] = [];
  for (const track of draft.t) {
    if (track.tt === TRACK_VIDEO) {
      for (const seg of track.sg) parts.push(`Video: ${displayName(seg.src)} (${span(seg.s, seg.d + seg.x)})`);
    } else if (track.tt === TRACK_AUDIO) {
      const voices = track.sg.filter((s) => s.kind === 'voice');
      if (voices.length > 0) {
        const first = Math.min(...voices.map((v) => v.s));
        const last = Math.max(...voices.map((v) => v.s + v.d));
        parts.push(`Voiceover: ${voices.length} line${voices.length === 1 ? '' : 's'} (${span(first, last - first)})`);
      }
      for (const seg of track.sg) {
        if (seg.kind === 'music') parts.push(`BGM: ${seg.name ?? displayName(seg.src)} (${span(seg.s, seg.d)}, ${Math.round(seg.vol * 100)}%)`);
      }
    } else if (track.tt === TRACK_TEXT) {
      const captions = track.sg.filter((s) => s.kind === 'caption');
      if (captions.length > 0) parts.push(`Captions: ${captions.length} line${captions.length === 1 ? '' : 's'}${draft.m.burn ? ' (on screen)' : ''}`);
      for (const seg of track.sg) if (seg.kind === 'title') parts.push(`Title: "${seg.text}" (${span(seg.s, seg.d)})`);
    }
  }
  return parts;
}

/** "Timeline (N tracks): 1. … 2. …" */
export function timelineSummary(draft: Draft): string {
  const parts = timelineParts(draft);
  return `Timeline (${parts.length} tracks): ${parts.map((p, i) => `${i + 1}. ${p}`).join(' ')}`;
}

/** Uploaded files are stored as <session>/<file id>/<name>: show the name. */
function displayName(src: string): string {
  return basename(src);
}
