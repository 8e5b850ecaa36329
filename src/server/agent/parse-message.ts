// Take a /run_sse message apart: instruction lines, the script (timed, plain, SRT/VTT), hint lines, intent.
// This project's client sends: instruction line(s), hint lines (`Language: en`, `Voice: slt`, `Aspect ratio: 9:16`,
// `Captions: burn`, `Music: bed.mp3`), then `Script:` and the script fenced by ``` lines. Other shapes are read
// too: hints after an unfenced script, no `Script:` line at all, plain-English or Chinese instructions.

import { applyHint } from './hint-values.js';
import { ASPECT_WORDS, CAPTION_WORDS, HINT_KEYS, INTENT_WORDS, LANGUAGE_WORDS, MUSIC_WORDS, TITLE_WORDS, VOICE_WORDS, type HintKey } from './keywords.js';
import type { EditHints, Intent, MessageScript, ParsedMessage } from './message-types.js';
import { cueTextLines, findInlineLabel, opensUnlabelledScript, quotedScript, unwrapQuotes } from './script-spans.js';

const HINT_LINE = /^\s*([A-Za-z][A-Za-z -]{0,24}?|\p{Script=Han}{1,6})\s*[:：]\s*(.*)$/u;

/** The hint key and value of a line like "Aspect ratio: 9:16", if it is one. */
function hintLine(line: string): { key: HintKey; value: string } | undefined {
  const match = HINT_LINE.exec(line);
  const key = match && HINT_KEYS[match[1]!.trim().toLowerCase().replace(/[\s-]+/g, ' ')];
  return key ? { key, value: match[2] ?? '' } : undefined;
}

/** A fence line that opens a script block: ``` or """ or ~~~ (three or more, an optional word after). */
const FENCE_OPEN = /^\s*(`{3,}|"{3,}|~{3,})\s*[\w-]*\s*$/;

/** An end line for an unfenced script block. */
const END_LINE = /^\s*(?:end of (?:the )?script|end script|\[\/script\]|脚本结束|文案结束)\s*[.。]?\s*$/i;

/** Whether `line` closes a block opened by `fence` (same character, at least as long, nothing else). */
const closesFence = (line: string, fence: string): boolean => {
  const t = line.trim();
  return t.length >= fence.length && t === fence[0]!.repeat(t.length);
};

/**
 * Read a message. A script starts at a script label (`Script:`, `Narration:`, `Voiceover:`, `Say:`, any case; at the
 * start of a line or after the instruction on the same line), at a fence, or at a timed or subtitle line. Inside it
 * every line is script until its end: a closing fence when the block is fenced (what this project's client sends),
 * an end line ("End of script"), or the end of the message; in that last case (also a fence never closed) only a
 * trailing run of setting lines is read as settings (older clients put them after the script), so "Voice: …",
 * "Title: …" lines within a script are narrated. Without any of these: plain text after the instruction, else a
 * quoted sentence in it. A script in one pair of quotes is read without them.
 */
export function parseMessage(text: string): ParsedMessage {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const hints: EditHints = {};
  const instruction: string[] = [];
  const script: string[] = [];
  const rest: string[] = [];
  const settings = (hint: { key: HintKey; value: string }): void => {
    if (hint.key === 'instruction') instruction.push(hint.value);
    else if (hint.key !== 'script') applyHint(hints, hint.key, hint.value);
  };
  const block = (from: number, inline: string): number => {
    const found = readBlock(lines, from, inline);
    script.push(...found.lines);
    for (const trailing of found.trailing) settings(trailing);
    return found.next;
  };
  let marker = false;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const hint = hintLine(line);
    if (hint?.key === 'script') {
      marker = true;
      i = block(i + 1, hint.value);
      continue;
    }
    if (hint === undefined && (FENCE_OPEN.test(line) || opensUnlabelledScript(lines, i))) {
      marker = true;
      i = block(i, '');
      continue;
    }
    const words = hint === undefined ? line : hint.key === 'instruction' ? hint.value : undefined;
    const label = words === undefined ? undefined : findInlineLabel(words);
    if (words !== undefined && label) {
      marker = true;
      if (words.slice(0, label.index).trim() !== '') rest.push(words.slice(0, label.index).trimEnd());
      i = block(i + 1, words.slice(label.end).trimStart());
      continue;
    }
    if (hint) settings(hint);
    else rest.push(line);
    i++;
  }
  if (marker) instruction.push(...rest);
  else splitInstruction(rest, instruction, script);

  const instructionText = instruction.join('\n').trim();
  let scriptText = unwrapQuotes(trimBlank(script).join('\n'));
  if (scriptText === '') scriptText = quotedScript(instructionText) ?? '';
  const found: MessageScript | undefined = scriptText === '' ? undefined : { text: scriptText, format: scriptFormat(scriptText) };
  const fromWords = hintsFromWords(instructionText);
  return { intent: marker ? 'edit' : intentOf(instructionText, found, fromWords, hints), instruction: instructionText, script: found, hints: { ...fromWords, ...hints } };
}

/** The script block after a `Script:` line (whose value is `inline`), from line `from`; `next` is the first line after it. */
function readBlock(lines: string[], from: number, inline: string): { lines: string[]; trailing: { key: HintKey; value: string }[]; next: number } {
  const out: string[] = [];
  let i = from;
  let fence = FENCE_OPEN.exec(inline)?.[1];
  if (fence === undefined && inline.trim() !== '') out.push(inline);
  if (fence === undefined && inline.trim() === '') {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    fence = FENCE_OPEN.exec(lines[i] ?? '')?.[1];
    if (fence !== undefined) i++;
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence !== undefined ? closesFence(line, fence) : END_LINE.test(line)) return { lines: out, trailing: [], next: i + 1 };
    out.push(line);
  }
  // No end (unfenced, or a fence never closed): a trailing run of setting lines (blank lines allowed) are settings,
  // but not a subtitle cue's own text lines.
  let cut = out.length;
  const inCue = cueTextLines(out);
  for (let j = out.length - 1; j >= 0; j--) {
    if (out[j]!.trim() === '') continue;
    const hint = hintLine(out[j]!);
    if (!hint || hint.key === 'script' || inCue[j]) break;
    cut = j;
  }
  const trailing = out.slice(cut).flatMap((l) => {
    const hint = hintLine(l);
    return hint ? [hint] : [];
  });
  return { lines: out.slice(0, cut), trailing, next: i };
}

/** With no script label, fence or timed line: a line ending in ':' ends the instruction; else a blank line; else the first line. */
function splitInstruction(rest: string[], instruction: string[], script: string[]): void {
  const lines = trimBlank(rest);
  let start = lines.findIndex((l, i) => /[:：]\s*$/.test(l) && i < lines.length - 1) + 1;
  if (start === 0) {
    const blank = lines.findIndex((l) => l.trim() === '');
    start = blank >= 0 ? blank + 1 : lines.length > 1 ? 1 : lines.length;
  }
  instruction.push(...lines.slice(0, start));
  script.push(...lines.slice(start));
}

function scriptFormat(text: string): MessageScript['format'] {
  if (/^\uFEFF?WEBVTT\b/.test(text.trimStart())) return 'vtt';
  return text.split('\n').some((l) => /-->/.test(l)) ? 'srt' : 'text';
}

/** Settings said in words in the instruction ("make it vertical", "加字幕", "in Spanish"). */
function hintsFromWords(text: string): EditHints {
  const hints: EditHints = {};
  const aspect = ASPECT_WORDS.find(([, re]) => re.test(text))?.[0];
  if (aspect) hints.aspect = aspect;
  if (CAPTION_WORDS.no.test(text)) hints.burn = false;
  else if (CAPTION_WORDS.yes.test(text)) hints.burn = true;
  if (MUSIC_WORDS.no.test(text)) hints.music = false;
  else if (MUSIC_WORDS.yes.test(text)) hints.music = {};
  if (TITLE_WORDS.no.test(text)) hints.title = false;
  else if (TITLE_WORDS.yes.test(text)) hints.title = TITLE_WORDS.text.exec(text)?.[1] ?? true;
  const language = LANGUAGE_WORDS.find(([, re]) => re.test(text))?.[0];
  if (language) hints.language = language;
  const voice = VOICE_WORDS.find(([, re]) => re.test(text))?.[0];
  if (voice) hints.voice = voice;
  return hints;
}

function intentOf(instruction: string, script: MessageScript | undefined, fromWords: EditHints, fromLines: EditHints): Intent {
  if (script) return 'edit';
  const says = (words: readonly RegExp[]): boolean => words.some((re) => re.test(instruction));
  if (says(INTENT_WORDS.credits)) return 'credits';
  if (says(INTENT_WORDS.status)) return 'status';
  if (says(INTENT_WORDS.export)) return 'export';
  const changes = Object.keys(fromWords).length + Object.keys(fromLines).length > 0;
  return says(INTENT_WORDS.edit) || changes ? 'edit' : 'help';
}

function trimBlank(lines: string[]): string[] {
  let from = 0;
  let to = lines.length;
  while (from < to && lines[from]!.trim() === '') from++;
  while (to > from && lines[to - 1]!.trim() === '') to--;
  return lines.slice(from, to);
}
