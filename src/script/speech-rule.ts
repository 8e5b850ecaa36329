// One named text-normalisation rule (a global regex and a replacer) and how to apply it.

/** A rewrite applied to every match of `pattern` (which must have the `g` flag). */
export interface SpeechRule {
  /** Short name, used in tests and when debugging which rule fired. */
  name: string;
  pattern: RegExp;
  /** Spoken replacement for one match. */
  replace: (match: RegExpExecArray) => string;
}

/** Apply one rule to a text; matches are replaced left to right. */
export function applyRule(text: string, rule: SpeechRule): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(rule.pattern)) {
    out += text.slice(last, match.index) + rule.replace(match as RegExpExecArray);
    last = match.index + match[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Up to `length` characters before a match: enough context for a rule's checks, without rescanning the whole text per match. */
export function textBefore(match: RegExpExecArray, length = 40): string {
  return match.input.slice(Math.max(0, match.index - length), match.index);
}

/** Up to `length` characters after a match. */
export function textAfter(match: RegExpExecArray, length = 40): string {
  const end = match.index + match[0].length;
  return match.input.slice(end, end + length);
}

/** Split trailing sentence punctuation from a token matched greedily: "x.com/a." → ["x.com/a", "."]. */
export function splitTrailingPunctuation(token: string): [string, string] {
  const m = /[.,;:!?)\]'"]+$/.exec(token);
  return m ? [token.slice(0, m.index), m[0]] : [token, ''];
}
