// `{voice=rms}` tags at the start of a line's text: read them, report unknown or malformed ones.

/** A problem with one tag; `offset` is where its `{` is in the text that was read. */
export interface TagProblem {
  offset: number;
  message: string;
  hint: string;
}

/** What leading tags said, and the text after them. */
export interface LeadingTags {
  voice?: string;
  /** The text after the tags (and the whitespace following them). */
  rest: string;
  /** Characters consumed from the start of the text. */
  consumed: number;
  problems: TagProblem[];
}

const TAG_HINT = 'the only tag is {voice=NAME} at the start of a line, e.g. {voice=rms}; `voiceover voices` lists the names';

/** Read the `{key=value}` tags that open `text` (after optional whitespace). */
export function readLeadingTags(text: string): LeadingTags {
  const problems: TagProblem[] = [];
  let voice: string | undefined;
  let pos = text.length - text.trimStart().length;
  while (text[pos] === '{') {
    const close = text.indexOf('}', pos);
    if (close < 0) {
      problems.push({ offset: pos, message: `tag ${text.slice(pos)} is not closed`, hint: `end it with }: ${TAG_HINT}` });
      break;
    }
    const body = text.slice(pos + 1, close);
    const match = /^\s*([A-Za-z][\w-]*)\s*=\s*(.*?)\s*$/.exec(body);
    if (!match) {
      problems.push({ offset: pos, message: `tag {${body}} is not written as {key=value}`, hint: TAG_HINT });
    } else if (match[1]?.toLowerCase() !== 'voice') {
      problems.push({ offset: pos, message: `unknown tag {${body}}`, hint: TAG_HINT });
    } else if (!/^[\w.:-]+$/.test(match[2] ?? '')) {
      problems.push({ offset: pos, message: `tag {${body}} does not name a voice`, hint: TAG_HINT });
    } else {
      voice = match[2];
    }
    pos = close + 1;
    while (text[pos] === ' ' || text[pos] === '\t') pos++;
  }
  const result: LeadingTags = { rest: text.slice(pos), consumed: pos, problems };
  if (voice !== undefined) result.voice = voice;
  return result;
}

/** Offset of a `{key=value}` tag that is not at the start of a line's text (it would be spoken), or -1. */
export function innerTagOffset(text: string): number {
  return text.search(/\{\s*[A-Za-z][\w-]*\s*=[^{}]*\}/);
}

/** The diagnostic text for a tag found inside a line. */
export const INNER_TAG = {
  message: 'a {…} tag must open the text of a line; this one would be spoken',
  hint: 'move it to the start of the line (right after the time in a timed script), or remove it',
} as const;
