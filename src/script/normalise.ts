// Text → what a speech engine should read: numbers, money, units, dates, acronyms and URLs as words.

import { applyRule } from './speech-rule.js';
import { ENGLISH_RULES } from './speech-rules.js';
import { protectPronunciations, type CompiledPronunciations } from './user-pronunciations.js';

/** Collapse runs of whitespace and drop spaces the rules left before punctuation. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/ +([,.;:!?])/g, '$1').trim();
}

/**
 * Rewrite `text` so an engine reads it as a person would: "$1,299" → "one thousand two hundred
 * ninety-nine dollars", "API" → "A P I". English only; other languages only get whitespace tidied.
 * A config's `pronunciations` (compiled) win over the built-in rules: their words are set aside while the
 * rules run and their spoken forms put back afterwards, as written (never normalised again).
 */
export function normaliseForSpeech(text: string, language = 'en', pronunciations?: CompiledPronunciations): string {
  const { text: marked, restore } = protectPronunciations(text, pronunciations);
  if (!/^en\b/i.test(language)) return restore(tidy(marked));
  let spoken = marked;
  for (const rule of ENGLISH_RULES) spoken = applyRule(spoken, rule);
  return restore(tidy(spoken));
}
