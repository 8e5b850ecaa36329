// A config's `pronunciations:` map (word → how it is said), matched whole-word and case-aware in script text.

import { capitalisedForm } from '../core/pronunciation-terms.js';

/** Word (as written in scripts) → how it is said, as a config writes it. */
export type PronunciationMap = Readonly<Record<string, string>>;

/** Marks a protected span while the built-in rules run: private-use characters no rule matches or removes. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT_BASE = 0xe100;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A map ready to apply: one regex over every written form, longest first. */
export interface CompiledPronunciations {
  pattern: RegExp;
  /** Written form (exact case) → spoken form. */
  spoken: ReadonlyMap<string, string>;
}

/** Compile a map (entries with an empty key or value are ignored: the config check reports them); undefined when empty. */
export function compilePronunciations(map: PronunciationMap | undefined): CompiledPronunciations | undefined {
  if (!map) return undefined;
  const spoken = new Map<string, string>();
  const entries = Object.entries(map)
    .map(([key, value]) => [key.trim(), value.replace(/\s+/g, ' ').trim()] as const)
    .filter(([key, value]) => key !== '' && value !== '');
  // Exact keys first, so `Kubectl: …` beats the capitalised form of `kubectl: …`.
  for (const [key, value] of entries) spoken.set(key, value);
  for (const [key, value] of entries) {
    const capital = capitalisedForm(key);
    if (capital !== undefined && !spoken.has(capital)) spoken.set(capital, value.charAt(0).toUpperCase() + value.slice(1));
  }
  if (spoken.size === 0) return undefined;
  const forms = [...spoken.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // Whole word: no letter, digit or _ on either side; not inside a file name, address or handle ("kubectl.io", "/kubectl", "@kubectl").
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}_.\/@])(?:${forms})(?![\p{L}\p{M}\p{N}_+#]|[.\/@][\p{L}\p{N}])`, 'gu');
  return { pattern, spoken };
}

/** `text` with every user word replaced by a marker, and how to put the spoken forms back after the built-in rules ran. */
export function protectPronunciations(text: string, compiled: CompiledPronunciations | undefined): { text: string; restore: (spoken: string) => string } {
  if (!compiled) return { text, restore: (spoken) => spoken };
  const said: string[] = [];
  const marked = text.replace(compiled.pattern, (written) => {
    said.push(compiled.spoken.get(written) ?? written);
    return `${OPEN}${String.fromCharCode(SLOT_BASE + said.length - 1)}${CLOSE}`;
  });
  if (said.length === 0) return { text, restore: (spoken) => spoken };
  const slot = new RegExp(`${OPEN}([\\uE100-\\uEFFF])${CLOSE}`, 'g');
  return { text: marked, restore: (spoken) => spoken.replace(slot, (_m, c: string) => said[c.charCodeAt(0) - SLOT_BASE] ?? '') };
}
