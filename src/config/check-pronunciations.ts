// Checks of `pronunciations:` maps (defaults and per video): every entry a word or term with a spoken form.
import { capitalisedForm, TERM_PATTERN } from '../core/pronunciation-terms.js';
import type { CheckContext } from './check-inputs.js';
import { isPlainObject } from './merge.js';
import { diagnosticAt, positionAt, type DataPath } from './yaml-source.js';

const KEY_HINT = "a key is a word or term as the script writes it: letters, digits and . + # & ' _ / - (words separated by single spaces), e.g. `kubectl: cube control`";

/** Diagnostics for the `pronunciations` map at `at` (`['defaults', 'pronunciations']` or a video's). */
function checkMap(ctx: CheckContext, at: DataPath, map: Record<string, unknown>): void {
  const push = (key: string, message: string, options: { key?: boolean; hint?: string; severity?: 'warning' } = {}) =>
    ctx.diagnostics.push(diagnosticAt(ctx.source, [...at, key], message, options));
  const keys = Object.keys(map);
  for (const key of keys) {
    const value = map[key];
    if (key.trim() === '') {
      push(key, 'empty word in `pronunciations`', { key: true, hint: 'write the word as the script has it, then `:` and how it is said' });
      continue;
    }
    if (!TERM_PATTERN.test(key)) push(key, `\`${key}\` in \`pronunciations\` is not a word or term`, { key: true, hint: KEY_HINT });
    if (typeof value !== 'string') continue; // null and non-strings: the schema's diagnostics
    const spoken = value.replace(/\s+/g, ' ').trim();
    if (spoken === '') push(key, `pronunciation of \`${key}\` is empty`, { hint: `write how \`${key}\` is said, or remove the entry` });
    else if (!/[\p{L}\p{N}]/u.test(spoken)) push(key, `pronunciation of \`${key}\` has no words: \`${value}\``, { hint: `write how \`${key}\` is said in words` });
    else if (spoken === key.trim()) {
      push(key, `pronunciation of \`${key}\` is the word itself`, { hint: `write how it is said (\`${key}: …\` in other letters or words, e.g. spelled out with spaces), or remove the entry` });
    }
  }
  // A lowercase key also matches its capitalised form: a second key written that way overlaps it.
  for (const key of keys) {
    const capital = capitalisedForm(key);
    if (capital === undefined || !keys.includes(capital)) continue;
    const line = positionAt(ctx.source, [...at, key], true).line;
    const message = `\`${capital}\` is also matched by \`${key}\` (line ${line}): a lowercase word matches its capitalised form too`;
    const same = map[capital] === map[key];
    const hint = same ? `remove \`${capital}\`: \`${key}\` already covers it` : `\`${capital}\` wins where the script writes \`${capital}\`; remove one if that is not meant`;
    push(capital, message, { key: true, hint, severity: 'warning' });
  }
}

/** Check the defaults' map (once) and every video's. */
export function checkPronunciations(ctx: CheckContext, videos: readonly unknown[]): void {
  const defaults = ctx.data.defaults;
  if (isPlainObject(defaults) && isPlainObject(defaults.pronunciations)) checkMap(ctx, ['defaults', 'pronunciations'], defaults.pronunciations);
  for (const [i, item] of videos.entries()) {
    if (isPlainObject(item) && isPlainObject(item.pronunciations)) checkMap(ctx, ['videos', i, 'pronunciations'], item.pronunciations);
  }
}
