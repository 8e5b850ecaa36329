// The shape of results.json checked with zod before anything of it is used: in the workflow_run
// pattern it comes from an untrusted (fork) run, and goes into a trusted bot comment.

import { z } from 'zod';
import { NAME_PATTERN } from '../config/schema.js';
import type { RunResults } from './results.js';

const text = z.string().max(4000);
const num = z.number().finite();
const seconds = num.nullable();
const word = z.object({ text, start_s: num, end_s: num, estimated: z.boolean().optional() });

const reportItem = z.object({
  name: z.string().regex(NAME_PATTERN).max(200),
  status: z.enum(['delivered', 'skipped', 'failed']),
  output: text.nullable(),
  captions: z.array(text).max(10),
  duration_s: seconds,
  timings_s: z.object({ tts: num, plan: num, render: num, total: num }),
  // Not measured: null, or (results of older versions, where NaN became JSON null) null figures; both read as null.
  loudness: z
    .object({ integrated_lufs: num.nullable(), true_peak_dbtp: num.nullable() })
    .nullable()
    .transform((l) => (l && l.integrated_lufs !== null && l.true_peak_dbtp !== null ? l : null)),
  // voice/model: which voice and model spoke the line; words: when each word is said (older results have neither).
  lines: z.array(z.object({ index: num, text, cue_s: num, start_s: num, end_s: num, stretch: num, overflow_ms: num, voice: text.optional(), model: text.optional(), words: z.array(word).max(10_000).optional() })).max(100_000),
  // Measured on the delivered file; results of older versions have none.
  qa: z
    .object({
      onset_error_ms: z.object({ max: num, mean: num }).nullable(),
      lines_off: z.number().int().nonnegative().nullable(),
      integrated_lufs: num.nullable(),
      true_peak_dbtp: num.nullable(),
      clipped_samples: z.number().int().nonnegative(),
    })
    .optional(),
  credits: z.object({ spent: num, available: num }).optional(),
  // Characters sent to cloud voices by engine, and requests (results of older versions have none).
  tts: z.object({ characters_sent: z.record(z.string().regex(/^[a-z0-9-]{1,32}$/), z.number().int().nonnegative()), requests: z.number().int().nonnegative() }).optional(),
  links: z.object({ task: text.optional(), download: text.optional() }).optional(),
  compatible_copy: z.object({ output: text, reencoded: z.boolean(), reason: text }).optional(),
  warnings: z.array(z.object({ code: z.string().regex(/^[A-Z0-9_]{1,64}$/), message: text, hint: text, file: text, line: z.number().int().nullable() })).max(20).optional(),
  error: z.object({ code: z.string().regex(/^[A-Z0-9_]{1,64}$/), message: text, hint: text, file: text, line: z.number().int().nullable(), backend_code: z.number().int().optional() }).optional(),
});

const runResults = z.object({
  version: z.literal(1),
  shard: z.string().regex(/^\d{1,3}\/\d{1,3}$/).nullable(),
  report: z.object({ version: z.literal(1), backend: z.string().regex(/^[a-z,]{0,64}$/), items: z.array(reportItem).max(10_000) }),
  videos: z.record(
    z.string().regex(NAME_PATTERN),
    z.object({
      backend: z.string().regex(/^[a-z]{1,32}$/),
      size_bytes: z.number().int().nonnegative().nullable(),
      artifact: z.object({ name: text, id: z.number().int().positive(), url: text }).optional(),
    }),
  ),
  notRun: z.array(z.object({ name: z.string().regex(NAME_PATTERN), reason: text })).max(10_000),
  config: text,
  notes: z.array(text).max(100),
  problems: z.array(text).max(10_000),
  missing: z.array(text).max(300).optional(),
  failure: text.optional(),
  pullRequest: z.object({ number: z.number().int().positive(), headSha: z.string().regex(/^[0-9a-f]{40}$/).optional(), fork: z.boolean() }).optional(),
});

/** results.json checked: the value, or an error naming the first few fields that are wrong. */
export function parseRunResults(json: unknown): RunResults {
  const parsed = runResults.safeParse(json);
  if (parsed.success) return parsed.data as RunResults;
  const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
  throw new Error(`results.json does not have the expected shape (${where.join('; ')})`);
}
