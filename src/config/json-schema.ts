// The JSON Schema of the config file (for editors), generated from the zod schema.
import { z } from 'zod';
import { configSchema } from './schema.js';

/** `$id` of the published schema. */
export const CONFIG_SCHEMA_ID = 'urn:voiceover-action:config:1';

/** Where the generated schema lives in the repository (and the npm package). */
export const CONFIG_SCHEMA_FILE = 'schema/voiceover.schema.json';

/** The JSON Schema (draft 2020-12) of a version-1 config, as written by a person (input side). */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { target: 'draft-2020-12', io: 'input' });
  const { $schema, ...rest } = generated;
  return { $schema, $id: CONFIG_SCHEMA_ID, title: 'voiceover config', ...rest };
}

/** The schema file's exact text: pretty JSON with a trailing newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
