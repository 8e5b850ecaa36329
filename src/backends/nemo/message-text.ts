// The one message of an item: the instruction, the hint lines (Language, Voice, Aspect ratio, Resolution,
// Quality, Loudness, Captions, Music), then `Script:` and the script between ``` fences, as `voiceover serve`
// reads them. Settings come first and the script is fenced, so a script line such as "Voice: clear and
// friendly" or "Title: …" can never be taken for a setting.

import type { ItemConfig } from '../../config/types.js';
import { parseScript } from '../../script/parse.js';

/** `[hh:mm:ss.mmm]` for a time in seconds. */
export function timedPrefix(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `[${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}]`;
}

/** The script as text lines: plain and timed text as written; SRT/VTT as timed lines (one text format for the service). */
export function scriptForMessage(item: ItemConfig): string {
  if (item.script.format === 'text') return item.script.text.replace(/\r\n?/g, '\n').trim();
  const { script } = parseScript(item.script.text, { format: item.script.format, file: item.script.rel, lineOffset: item.script.lineOffset, language: item.language, strict: true });
  return script.cues.map((cue) => `${timedPrefix(cue.cue_s ?? 0)} ${cue.voice ? `{voice=${cue.voice}} ` : ''}${cue.text.replace(/\s*\n\s*/g, ' ')}`).join('\n');
}

/** The hint lines of an item: language, voice and the output settings the service can honour. */
export function hintLines(item: ItemConfig, musicName?: string): string[] {
  // `auto` (the default) leaves the voice to the service.
  const hints = [`Language: ${item.language}`, ...(item.voice === 'auto' ? [] : [`Voice: ${item.voice}`])];
  if (item.output.aspect !== 'keep') hints.push(`Aspect ratio: ${item.output.aspect}`);
  hints.push(`Resolution: ${item.output.resolution}`, `Quality: ${item.output.quality}`, `Loudness: ${item.audio.loudness} LUFS`);
  if (item.captions.burn) hints.push('Captions: burn');
  if (musicName && item.music) hints.push(`Music: ${musicName} (${Math.round(item.music.volume * 100)}%)`);
  return hints;
}

/** A fence longer than any backtick-only line of the script (at least ```), so the script cannot close it early. */
function fenceFor(script: string): string {
  let length = 3;
  for (const line of script.split('\n')) if (/^\s*`{3,}\s*$/.test(line)) length = Math.max(length, line.trim().length + 1);
  return '`'.repeat(length);
}

/** The message text for an item; `musicName` is the uploaded music file's name on the service. */
export function buildMessage(item: ItemConfig, musicName?: string): string {
  const script = scriptForMessage(item);
  const fence = fenceFor(script);
  return [item.instruction.trim(), ...hintLines(item, musicName), 'Script:', fence, script, fence].join('\n');
}
