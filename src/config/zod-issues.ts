// Turn zod's validation issues into diagnostics with positions and plain-language messages.
import { z } from 'zod';
import type { Diagnostic } from '../core/diagnostics.js';
import { formatPath, kindOf, show, valueAt } from './data-path.js';
import { didYouMean } from './suggest.js';
import { diagnosticAt, type DataPath, type YamlSource } from './yaml-source.js';

type Issue = z.core.$ZodIssue;

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

const FORMAT_HELP: Record<string, string> = {
  name: 'lowercase letters, digits, ".", "_" or "-", starting with a letter or digit',
  language: 'a language tag like en, de or pt-BR',
  url: 'an http:// or https:// address',
};

/** The keys the schema allows in the mapping at `path` (list indexes step into elements). */
export function knownKeysAt(schema: z.ZodType, path: DataPath): string[] {
  let node: unknown = schema;
  for (const segment of [...path, null]) {
    while (node instanceof z.ZodOptional || node instanceof z.ZodNullable) node = node.unwrap();
    if (segment === null) break;
    if (node instanceof z.ZodArray) node = node.element;
    else if (node instanceof z.ZodObject && typeof segment === 'string') node = node.shape[segment];
    else return [];
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** Diagnostics for every zod issue, positioned in the YAML source. */
export function issueDiagnostics(issues: readonly Issue[], data: unknown, source: YamlSource, schema: z.ZodType): Diagnostic[] {
  return issues.flatMap((issue) => {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    return toDiagnostics(issue, path, data, source, schema);
  });
}

function toDiagnostics(issue: Issue, path: DataPath, data: unknown, source: YamlSource, schema: z.ZodType): Diagnostic[] {
  const at = (message: string, hint?: string, p: DataPath = path, key = false) => [
    diagnosticAt(source, p, message, hint === undefined ? { key } : { key, hint }),
  ];
  const label = `\`${formatPath(path)}\``;
  const value = valueAt(data, path);
  const last = path[path.length - 1];
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    if (path.length === 1 && last === 'version') return at('missing `version: 1`', 'put `version: 1` at the top of the config');
    const parent = path.length > 1 ? ` in \`${formatPath(path.slice(0, -1))}\`` : '';
    return at(`missing required key \`${String(last)}\`${parent}`);
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      const where = path.length === 0 ? '' : ` in \`${formatPath(path)}\``;
      return issue.keys.flatMap((key) =>
        at(`unknown key \`${key}\`${where}${didYouMean(key, known)}`, `allowed keys here: ${known.join(', ')}`, [...path, key], true),
      );
    }
    case 'invalid_type': {
      if (value === null && path[path.length - 2] === 'pronunciations') {
        return at(`pronunciation of \`${String(last)}\` is empty`, `write how \`${String(last)}\` is said, or remove the entry`);
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const got = typeof value === 'number' && (issue.expected === 'int' || !Number.isFinite(value)) ? String(value) : kindOf(value);
      return at(`${label}: expected ${expected}, got ${got}`);
    }
    case 'invalid_value': {
      if (last === 'version' && path.length === 1) {
        return at(`unsupported config version ${show(value)}`, 'this voiceover reads `version: 1`');
      }
      const allowed = issue.values.map(String);
      const close = typeof value === 'string' ? didYouMean(value, allowed) : '';
      return at(`${label} must be one of ${allowed.join(', ')}; got ${show(value)}${close}`);
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      if (issue.origin === 'array') return at(`${label} must list at least ${String(bound)} entry`);
      if (issue.origin === 'string') return at(`${label} must not be empty`);
      const word = issue.code === 'too_small' ? (issue.inclusive ? 'at least' : 'greater than') : issue.inclusive ? 'at most' : 'less than';
      return at(`${label} must be ${word} ${String(bound)}; got ${show(value)}`);
    }
    case 'invalid_format': {
      const help = FORMAT_HELP[typeof last === 'string' ? last : ''] ?? `in ${issue.format} format`;
      return at(`${label} must be ${help}; got ${show(value)}`);
    }
    default:
      return at(`${label}: ${issue.message}`);
  }
}
