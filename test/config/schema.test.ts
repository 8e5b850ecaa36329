// The committed JSON Schema must match the zod schema, and the zod schema must accept the documented example.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, configJsonSchemaText } from '../../src/config/json-schema.js';
import { configSchema } from '../../src/config/schema.js';
import { writeConfigSchema } from '../../src/config/write-schema.js';

const committed = fileURLToPath(new URL('../../schema/voiceover.schema.json', import.meta.url));

/** Every property schema below `node` (objects and list items), with its dotted path. */
function properties(node: unknown, at = ''): [string, Record<string, unknown>][] {
  if (typeof node !== 'object' || node === null) return [];
  const n = node as { properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[] };
  const own = Object.entries(n.properties ?? {}).flatMap(([key, value]) => [
    [`${at}${key}`, value as Record<string, unknown>] as [string, Record<string, unknown>],
    ...properties(value, `${at}${key}.`),
  ]);
  return [...own, ...properties(n.items, `${at}[].`), ...(n.anyOf ?? []).flatMap((a) => properties(a, at))];
}

describe('config JSON Schema', () => {
  it('is committed up to date (regenerate with: npm run schema)', async () => {
    const text = await readFile(committed, 'utf8');
    expect(text, 'schema/voiceover.schema.json is stale; regenerate it with `npm run schema`').toBe(configJsonSchemaText());
    expect(JSON.parse(text)).toEqual(configJsonSchema());
  });

  it('writeConfigSchema writes the same text, creating folders', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'voiceover-schema-'));
    try {
      const written = await writeConfigSchema(path.join(dir, 'nested/voiceover.schema.json'));
      expect(await readFile(written, 'utf8')).toBe(configJsonSchemaText());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('has an id, a title, strict objects and a description on every field', () => {
    const schema = configJsonSchema();
    expect(schema.$id).toBe('urn:voiceover-action:config:1');
    expect(schema.title).toBe('voiceover config');
    expect(schema.additionalProperties).toBe(false);
    const fields = properties(schema);
    expect(fields.length).toBeGreaterThan(30);
    const undescribed = fields.filter(([, s]) => typeof s.description !== 'string').map(([p]) => p);
    expect(undescribed).toEqual([]);
  });

  it('accepts the config of DESIGN.md', () => {
    const example = {
      version: 1,
      defaults: {
        backend: 'auto',
        language: 'en',
        voice: 'slt',
        instruction: 'add a natural AI voiceover in English',
        output: { dir: 'out', resolution: '1080p', aspect: 'keep', quality: 'high' },
        audio: { loudness: -16, duck_db: 12, max_stretch: 1.15, overflow: 'extend' },
        music: { file: 'music/bed.mp3', volume: 0.35 },
        captions: { sidecar: ['srt', 'vtt'], burn: false },
        nemo: { poll_interval_s: 10, poll_limit: 30, sse_timeout_s: 900, keepalive_timeout_s: 600, on_session_lost: 'redo', compatible_copy: false },
      },
      videos: [{ name: 'product-demo', video: 'demos/product-demo.mp4', script: 'scripts/product-demo.txt' }],
    };
    expect(configSchema.safeParse(example).success).toBe(true);
  });
});
