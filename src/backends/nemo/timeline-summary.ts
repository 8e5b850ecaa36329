// A one-line summary of a draft for logs, in the protocol's format (§5):
// `Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) 3. Title: "Urban Dreams" (0-3s)`.

import { basename } from 'node:path';
import { segmentsOf, tracksOf } from './draft-read.js';

type Json = Record<string, unknown>;
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const secs = (ms: number): string => `${Math.round(ms / 100) / 10}`;

function span(segments: Json[]): string {
  const start = Math.min(...segments.map((sg) => num(sg.s)));
  const end = Math.max(...segments.map((sg) => num(sg.s) + num(sg.d)));
  return `${secs(start)}-${secs(end)}s`;
}

function nameOf(sg: Json, fallback: string): string {
  for (const key of ['name', 'title', 'text']) if (typeof sg[key] === 'string' && sg[key]) return sg[key];
  return typeof sg.src === 'string' && sg.src ? basename(sg.src) : fallback;
}

function describeAudio(segments: Json[]): string {
  const voice = segments.filter((sg) => sg.kind === 'voice');
  const music = segments.filter((sg) => sg.kind !== 'voice');
  const parts: string[] = [];
  if (voice.length) parts.push(`Voiceover: ${voice.length} line${voice.length === 1 ? '' : 's'} (${span(voice)})`);
  for (const sg of music) {
    const volume = typeof sg.vol === 'number' ? `, ${Math.round(sg.vol * 100)}%` : '';
    parts.push(`BGM: ${nameOf(sg, 'music')} (${span([sg])}${volume})`);
  }
  return parts.join('; ');
}

function describeText(segments: Json[]): string {
  const captions = segments.filter((sg) => sg.kind === 'caption');
  const titles = segments.filter((sg) => sg.kind !== 'caption');
  const parts = titles.map((sg) => `Title: "${nameOf(sg, '')}" (${span([sg])})`);
  if (captions.length) parts.push(`Captions: ${captions.length} line${captions.length === 1 ? '' : 's'} (${span(captions)})`);
  return parts.join('; ');
}

function describeTrack(track: Json): string {
  const segments = segmentsOf(track);
  if (segments.length === 0) return `Track type ${String(track.tt)}: empty`;
  if (track.tt === 0) return `Video: ${nameOf(segments[0]!, 'video')} (${span(segments)})`;
  if (track.tt === 1) return describeAudio(segments);
  if (track.tt === 7) return describeText(segments);
  return `Track type ${String(track.tt)}: ${segments.length} segment${segments.length === 1 ? '' : 's'} (${span(segments)})`;
}

/** One line naming every track of a draft with its time span; "Timeline (0 tracks)" for none. */
export function timelineSummary(draft: Json | undefined): string {
  const tracks = tracksOf(draft);
  const items = tracks.map((track, i) => `${i + 1}. ${describeTrack(track)}`);
  return `Timeline (${tracks.length} track${tracks.length === 1 ? '' : 's'})${items.length ? `: ${items.join(' ')}` : ''}`;
}
