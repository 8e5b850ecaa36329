// The service writes for a person looking at its editor ("click Export", "open the panel",
// "drag …"); each sentence with such a phrase is replaced by what this tool does instead
// (protocol §4), before anyone sees it. Other sentences stay as written.

/** A kind of GUI instruction and the sentence that replaces it. */
interface PhraseRule {
  pattern: RegExp;
  sentence: string;
}

const ACTION = String.raw`(?:click|clicking|press|pressing|tap|tapping|hit|select|choose|点击|点|按)`;

const RULES: PhraseRule[] = [
  // "Click Export", "press the Download button", "点击导出"
  { pattern: new RegExp(String.raw`${ACTION}\s*(?:on\s+)?(?:the\s+)?["'“”「]?(?:export|download|render|导出|下载)`, 'i'), sentence: 'The voiceover tool exports and downloads the video itself.' },
  // "click Publish / Save / Share"
  { pattern: new RegExp(String.raw`${ACTION}\s*(?:on\s+)?(?:the\s+)?["'“”「]?(?:publish|save|share|保存|发布)`, 'i'), sentence: 'The voiceover tool saves the result in the output folder itself.' },
  // "drag the clip …", "drag and drop your file", "拖动"
  { pattern: /\bdrag(?:ging)?\b|拖动|拖拽/i, sentence: 'To change the timeline, edit the video or script in the config and run the voiceover tool again.' },
  // "open the panel", "go to the settings tab", "打开面板"
  { pattern: /\b(?:open|expand|go to|switch to|check)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:panel|sidebar|side bar|tab|menu|settings|inspector|editor|preview)\b|打开.{0,6}(?:面板|设置|菜单)/i, sentence: 'Details are on the task page linked in the report.' },
  // Any other click/tap/button instruction.
  { pattern: new RegExp(String.raw`\b(?:click|tap)\b|\bbutton\b|点击`, 'i'), sentence: 'The voiceover tool does this step itself; details are on the task page linked in the report.' },
];

/** Sentences of a text, each with its trailing space; a dot inside a word, number or URL ("4.5s", "x.mp4") ends none. */
function sentences(text: string): string[] {
  return text.match(/(?:[^.!?。！？\n]|[.!?](?=[^\s.!?。！？]))+(?:[.!?。！？]+|\n+|$)\s*/g) ?? [text];
}

/** Replace GUI phrasing in a service text with this tool's own words; other text stays as is. */
export function mapGuiPhrases(text: string): string {
  // Nothing to replace: the text stays exactly as written (line breaks, numbers, URLs).
  if (!hasGuiPhrase(text)) return text;
  const out: string[] = [];
  for (const sentence of sentences(text)) {
    const rule = RULES.find((r) => r.pattern.test(sentence));
    const replaced = rule ? rule.sentence : sentence.trim();
    if (replaced && out.at(-1) !== replaced) out.push(replaced);
  }
  return out.join(' ').trim();
}

/** Whether a text still reads like GUI instructions (for tests and logs). */
export function hasGuiPhrase(text: string): boolean {
  return RULES.some((rule) => rule.pattern.test(text));
}
