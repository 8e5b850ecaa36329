// Public API of the config module: load and check a config, pick items, export the JSON Schema.
export { loadConfig, loadConfigOrThrow, displayPath, type LoadOptions, type LoadResult } from './load.js';
export type { BackendResolver } from './check-backend.js';
export { ConfigError } from './config-error.js';
export { selectItems } from './select.js';
export { configJsonSchema, configJsonSchemaText, CONFIG_SCHEMA_FILE, CONFIG_SCHEMA_ID } from './json-schema.js';
export { writeConfigSchema } from './write-schema.js';
export { languageMatches, type VoiceCatalogue } from './voice-catalogue.js';
export type * from './types.js';
