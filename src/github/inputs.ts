// The action's inputs: read once, validated, and resolved into one typed value (action.yml lists them).

import type { BackendName } from '../config/types.js';

/** What the action was asked to do. */
export type ActionMode = 'run' | 'plan' | 'report';

/** Every input of action.yml, parsed. */
export interface ActionInputs {
  config: string;
  backend: BackendName | undefined;
  nemoToken: string;
  nemoApiUrl: string;
  /** Cloud voices' keys (secrets) and base URLs: given to the engines as OPENAI_API_KEY, OPENAI_BASE_URL, ELEVENLABS_API_KEY, ELEVENLABS_BASE_URL. */
  openaiApiKey: string;
  openaiBaseUrl: string;
  elevenlabsApiKey: string;
  elevenlabsBaseUrl: string;
  only: string[];
  /** undefined: the event decides (true on push, false otherwise). */
  changedOnly: boolean | undefined;
  force: boolean;
  artifactPrefix: string;
  retentionDays: number | undefined;
  comment: 'auto' | 'always' | 'never';
  githubToken: string;
  concurrency: number | undefined;
  failOn: 'error' | 'never';
  mode: ActionMode;
  /** `k/n` in run mode. */
  shard: { index: number; count: number } | undefined;
  /** Number of shards a plan splits the videos into. */
  shards: number;
  /** Report mode: the workflow run whose results to read (default this one). */
  runId: number | undefined;
  /** Keep the natural voices (and sherpa-onnx) a run installs in the Actions cache for the next runs. */
  voicesCache: boolean;
}

/** A bad input value: the message names the input and what it accepts. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Reads one raw input (trimmed, '' when unset), as @actions/core's getInput does. */
export type InputReader = (name: string) => string;

/** The most shards a GitHub matrix may hold. */
export const MAX_SHARDS = 256;

const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T => {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
};

const bool = (name: string, value: string): boolean | undefined => {
  if (value === '') return undefined;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(`input ${name}: "${value}" is not a boolean (use true or false)`);
};

const count = (name: string, value: string, min: number, max: number): number | undefined => {
  if (value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InputError(`input ${name}: "${value}" must be a whole number from ${min} to ${max}`);
  return n;
};

/** Parse `k/n` (1 ≤ k ≤ n ≤ 256). */
export function parseShard(value: string): { index: number; count: number } | undefined {
  if (value === '') return undefined;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || index < 1 || total < 1 || index > total || total > MAX_SHARDS) {
    throw new InputError(`input shard: "${value}" must look like 2/4 (shard 2 of 4, at most ${MAX_SHARDS} shards)`);
  }
  return { index, count: total };
}

/** Split a list input: names or globs separated by newlines, commas or spaces. */
export function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/** Read and check every input. */
export function readInputs(read: InputReader): ActionInputs {
  const prefix = read('artifact-prefix') || 'voiceover';
  if (!/^[A-Za-z0-9._-]+$/.test(prefix)) throw new InputError(`input artifact-prefix: "${prefix}" may hold only letters, digits, ".", "_" and "-"`);
  const backend = read('backend');
  return {
    config: read('config') || 'voiceover.config.yml',
    backend: backend === '' ? undefined : oneOf('backend', backend, ['auto', 'local', 'nemo'] as const, 'auto'),
    nemoToken: read('nemo-token'),
    nemoApiUrl: read('nemo-api-url'),
    openaiApiKey: read('openai-api-key'),
    openaiBaseUrl: read('openai-base-url'),
    elevenlabsApiKey: read('elevenlabs-api-key'),
    elevenlabsBaseUrl: read('elevenlabs-base-url'),
    only: splitList(read('only')),
    changedOnly: bool('changed-only', read('changed-only')),
    force: bool('force', read('force')) ?? false,
    artifactPrefix: prefix,
    retentionDays: count('retention-days', read('retention-days'), 1, 400),
    comment: oneOf('comment', read('comment'), ['auto', 'always', 'never'] as const, 'auto'),
    githubToken: read('github-token'),
    concurrency: count('concurrency', read('concurrency'), 1, 64),
    failOn: oneOf('fail-on', read('fail-on'), ['error', 'never'] as const, 'error'),
    mode: oneOf('mode', read('mode'), ['run', 'plan', 'report'] as const, 'run'),
    shard: parseShard(read('shard')),
    shards: count('shards', read('shards'), 1, MAX_SHARDS) ?? 4,
    runId: count('run-id', read('run-id'), 1, Number.MAX_SAFE_INTEGER),
    voicesCache: bool('voices-cache', read('voices-cache')) ?? true,
  };
}
