// A line over a service's length limit: spoken part by part (sentences packed under the limit, at
// most the service's limiter's requests at once), then joined with a short pause, word times moved along.

import type { LimitFunction } from 'p-limit';
import { splitForLimit } from './cloud-service.js';
import type { Speech, WordTiming } from './types.js';

/** Pause laid between two parts of one line, seconds (about a sentence break). */
export const PART_GAP_S = 0.2;

/** Speak `text` in parts of at most `limit` characters through `limiter`, and join them into one Speech with summed usage. */
export async function speakInParts(
  text: string,
  limit: number,
  limiter: LimitFunction,
  speakPart: (part: string) => Promise<Speech>,
): Promise<Speech> {
  const parts = splitForLimit(text, limit);
  const spoken = await Promise.all(parts.map((part) => limiter(() => speakPart(part))));
  return joinSpeech(spoken);
}

/** Clips one after another (the first one's sample rate; all must share it), a PART_GAP_S pause between them. */
export function joinSpeech(parts: readonly Speech[]): Speech {
  const [first] = parts;
  if (!first) throw new Error('no speech to join');
  if (parts.length === 1) return first;
  const sampleRate = first.sampleRate;
  if (parts.some((part) => part.sampleRate !== sampleRate)) throw new Error('the parts of a line came back at different sample rates');
  const gap = Math.round(PART_GAP_S * sampleRate);
  const total = parts.reduce((sum, part) => sum + part.samples.length, 0) + gap * (parts.length - 1);
  const samples = new Float32Array(total);
  const words: WordTiming[] = [];
  let offset = 0;
  let measured = true;
  let characters = 0;
  let requests = 0;
  for (const part of parts) {
    samples.set(part.samples, offset);
    const at = offset / sampleRate;
    if (part.words) words.push(...part.words.map((w) => ({ ...w, start_s: w.start_s + at, end_s: w.end_s + at })));
    else measured = false;
    characters += part.usage?.characters ?? 0;
    requests += part.usage?.requests ?? 0;
    offset += part.samples.length + gap;
  }
  return { samples, sampleRate, ...(measured ? { words } : {}), usage: { characters, requests } };
}
