// Pick the videos a run is limited to (`--only`), by exact name or glob.
import picomatch from 'picomatch';
import { closestMatch } from './suggest.js';
import type { ItemConfig } from './types.js';

/** The picked items, or why some pattern picked nothing (a message with its hint, ready to print). */
export type Selection =
  | { items: ItemConfig[] }
  | { error: string; message: string; hint: string; unmatched: string[]; known: string[] };

/**
 * The items whose name equals or matches (picomatch glob) any pattern, in config order; all items
 * when `patterns` is empty. Every pattern that matches nothing is named in `error`, with the known names.
 */
export function selectItems(items: readonly ItemConfig[], patterns: readonly string[]): Selection {
  if (patterns.length === 0) return { items: [...items] };
  const known = items.map((item) => item.name);
  const matchers = patterns.map((pattern) => {
    const glob = picomatch(pattern, { dot: true });
    return (name: string) => name === pattern || glob(name);
  });
  const unmatched = patterns.filter((_, i) => !known.some((name) => matchers[i]?.(name)));
  if (unmatched.length === 0) return { items: items.filter((item) => matchers.some((match) => match(item.name))) };
  const suggestions = unmatched.flatMap((p) => {
    const close = closestMatch(p, known);
    return close === undefined ? [] : [`\`${p}\` → did you mean \`${close}\`?`];
  });
  const message = `no video matches ${unmatched.map((p) => `\`${p}\``).join(', ')}; the config has: ${known.join(', ') || '(none)'}`;
  const hint = [...suggestions, 'pass names or globs (e.g. "demo-*") of the config\'s `videos`'].join('; ');
  return { error: `${message} (hint: ${hint})`, message, hint, unmatched, known };
}
