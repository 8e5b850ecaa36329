// Write the config's JSON Schema file (the `npm run schema` generator calls this).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configJsonSchemaText } from './json-schema.js';

/** Write the JSON Schema to `file` (folders created as needed); returns the absolute path written. */
export async function writeConfigSchema(file: string): Promise<string> {
  const abs = path.resolve(file);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, configJsonSchemaText());
  return abs;
}
