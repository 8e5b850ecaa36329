// Where a script starts in a message written by a person: a label inside a line ("… video. Script: Meet the
// cockatoo."), a fence or timed/subtitle lines with no label, a script in quotes; and the quotes around a script.
// Issue 7 item 4: a client sent `add a … voiceover … video. Script: Meet the cockatoo.` and got "Send me the script".

import { looksTimed } from '../../script/time-prefix.js';

/**
 * A script label after other words on the same line (`Script:`, `Narration:`, `Voiceover:`, any case, and the
 * Chinese labels). A Latin label must start a word, so "transcript:" is not one; "voiceover script:" is one label.
 */
const NOUN_LABEL =
  /(?<![\p{L}\p{N}_])(?:voice[- ]?over (?:script|text)|narration (?:script|text)|script text|script|narration|voice[- ]?over)\s*[:：]|(?:配音脚本|配音文案|脚本|文案|旁白)\s*[:：]/iu;

/** `Say:` / `Narrate:` inside a line: only after a sentence break or a word that leads into it ("… video. Say: …", "please say: …"), so a script's "we say: …" stays script. */
const VERB_LABEL = /(?:[.!?,;:—–(。！？，；：]\s*|\s-\s+|\b(?:please|and|then|just|to|should|will|it|narrator)\s+)((?:say|narrate)\s*[:：])/iu;

/** The first script label inside `line`: where it starts and where the script after it starts. */
export function findInlineLabel(line: string): { index: number; end: number } | undefined {
  const noun = NOUN_LABEL.exec(line);
  const verb = VERB_LABEL.exec(line);
  const found = [noun && { index: noun.index, end: noun.index + noun[0].length }, verb && { index: verb.index + verb[0].length - verb[1]!.length, end: verb.index + verb[0].length }]
    .filter((f): f is { index: number; end: number } => Boolean(f))
    .sort((x, y) => x.index - y.index);
  return found[0];
}

/** A subtitle timing line (SRT `00:00:01,000 --> …`, VTT `00:01.000 --> …`). */
const CUE_TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->/;

/** Whether line `i` opens a script with no label: a timed line, `WEBVTT`, an SRT cue (number then timing) or a timing line. */
export function opensUnlabelledScript(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  if (looksTimed(line) || /^\uFEFF?WEBVTT\b/.test(line.trim()) || CUE_TIMING.test(line)) return true;
  return /^\s*\d+\s*$/.test(line) && CUE_TIMING.test(lines[i + 1] ?? '');
}

/** Opening quote → its closing quote. */
const PAIRS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '「': '」', '『': '』', "'": "'", '‘': '’', '„': '“', '«': '»' };

/** A script written inside one pair of quotes (a full stop after the closing quote allowed): the text inside; else the script as is. */
export function unwrapQuotes(script: string): string {
  const text = script.trim();
  const close = PAIRS[text[0] ?? ''];
  if (close === undefined) return script;
  const body = text.replace(/\s*[.。]$/, '');
  if (body.length < 2 || !body.endsWith(close)) return script;
  const inner = body.slice(1, -1);
  if (inner.includes(close) || (close !== text[0] && inner.includes(text[0]!))) return script;
  return inner.trim();
}

/** Which lines are a subtitle cue's text (from its timing line to the next blank line): never settings. */
export function cueTextLines(lines: readonly string[]): boolean[] {
  let inCue = false;
  return lines.map((line) => {
    if (line.trim() === '') inCue = false;
    else if (CUE_TIMING.test(line)) inCue = true;
    return inCue;
  });
}

/** Words just before a quote that say the quote is what to speak ("saying", "say", "narrate", "script", a colon). */
const SPEAK_BEFORE = /(?:\b(?:saying|says|say|said|narrate|narrating|read|reads|reading|speak|speaking|script|narration|voice[- ]?over|text|words?|lines?)|内容是|说|念|读|[:：])\s*[,，]?\s*$/i;

/** Words just before a quote that make it something else: a title, a file, a name. */
const OTHER_BEFORE = /(?:\b(?:title|titled|called|named|music|file|font|voice|caption|subtitle)|标题|音乐|文件|名为|叫)\s*(?:[:：]|is|to|为|是)?\s*(?:called|named|saying|reading)?\s*$/i;

/** A quoted span: straight or curly double quotes, CJK corner brackets, guillemets (single quotes are apostrophes too often). */
const QUOTED = /"([^"]+)"|“([^”]+)”|„([^“”]+)[“”]|«([^»]+)»|「([^」]+)」|『([^』]+)』/g;

/**
 * The script of an instruction that has no other: the quoted spans that read as something to say. A quote counts
 * when words before it say so ("saying", "say", "narrate", a colon), or it reads as a sentence (it ends with a full
 * stop, ! or ?, or has four words or more); never a quoted title, file name or voice name. Several spans: one line each.
 */
export function quotedScript(instruction: string): string | undefined {
  const spans: string[] = [];
  for (const match of instruction.matchAll(QUOTED)) {
    const inner = match.slice(1).find((g) => g !== undefined)!.trim();
    const before = instruction.slice(0, match.index);
    if (inner.length < 2 || OTHER_BEFORE.test(before) || /^\S+\.[a-z0-9]{2,4}$/i.test(inner)) continue;
    const sentence = /[.!?。！？…]$/.test(inner) || inner.split(/\s+/).length >= 4 || /\p{Script=Han}{4,}/u.test(inner);
    if (SPEAK_BEFORE.test(before) || sentence) spans.push(inner);
  }
  return spans.length > 0 ? spans.join('\n') : undefined;
}
