// The ordered list of normalisation rules. Order matters: each rule sees the output of those before it.

import { DATE_RULES, TIME_RULES, decadeRule, yearRule } from './rules-dates.js';
import { MONEY_RULES, scaleRule } from './rules-money.js';
import {
  VERSION_RULES, dimensionsRule, fractionRule, multiplierRule, numberSignRule, ordinalRule, phoneRule, plainNumberRule,
  productVersionRule, vulgarFractionRule,
} from './rules-numbers.js';
import { RANGE_RULES } from './rules-ranges.js';
import { UNIT_RULES, numberLettersRule, perNumberRule, perRule } from './rules-units.js';
import { WEB_RULES } from './rules-web.js';
import {
  aboutRule, abbreviationRule, camelAcronymRule, comparisonRule, acronymRule, initialismRule, pronunciationRule, symbolRules, titleRule,
} from './rules-words.js';
import type { SpeechRule } from './speech-rule.js';

/**
 * English rules, in order: words with dots first (so "e.g." and "Node.js" are not domains), versions
 * after a known name ("Go 1.22") before pronunciations rename it, addresses before numbers, dates before
 * "per" slashes, ranges and times, versions before decimals, money/percent/units before bare scales and
 * years, and plain numbers last.
 */
export const ENGLISH_RULES: readonly SpeechRule[] = [
  abbreviationRule,
  initialismRule,
  titleRule,
  productVersionRule,
  pronunciationRule,
  ...WEB_RULES,
  ...DATE_RULES,
  aboutRule,
  comparisonRule,
  perRule,
  perNumberRule,
  ...VERSION_RULES,
  phoneRule,
  ...RANGE_RULES,
  ...TIME_RULES,
  dimensionsRule,
  ...MONEY_RULES,
  ordinalRule,
  decadeRule,
  multiplierRule,
  ...UNIT_RULES,
  scaleRule,
  numberLettersRule,
  yearRule,
  fractionRule,
  vulgarFractionRule,
  numberSignRule,
  ...symbolRules,
  camelAcronymRule,
  acronymRule,
  plainNumberRule,
];
