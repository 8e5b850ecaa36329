// Load a config file: parse, validate, check inputs and voices, and resolve it, with every problem as a diagnostic.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { ERRORS, VoiceoverError } from '../core/errors.js';
import { checkUrlBackend, itemBackend, type BackendResolver } from './check-backend.js';
import { checkInputs, type CheckContext, type InputFacts } from './check-inputs.js';
import { checkDuplicateNames } from './check-names.js';
import { checkOutputDir } from './check-output.js';
import { checkPronunciations } from './check-pronunciations.js';
import { checkVoices, voiceWritten } from './check-voices.js';
import { ConfigError } from './config-error.js';
import { decodeProblem, decodeText } from './decode-text.js';
import { isPlainObject } from './merge.js';
import { findRepoRoot } from './repo-paths.js';
import { resolveItem } from './resolve-item.js';
import { configSchema } from './schema.js';
import type { ResolvedConfig } from './types.js';
import type { VoiceCatalogue } from './voice-catalogue.js';
import { issueDiagnostics } from './zod-issues.js';
import { parseYamlSource, positionAt, yamlData } from './yaml-source.js';

/** Options of `loadConfig`. */
export interface LoadOptions {
  /** Installed voices; when given, voices and languages are checked against it. */
  voices?: VoiceCatalogue;
  /** Repository root inputs must stay in; default: nearest folder with `.git` above the config, else its folder. */
  root?: string;
  /**
   * The backend each configured one will really be (from `--backend` and the environment). When given, checks
   * follow it: `url:` videos on local are errors, voices are not checked for nemo. Without it only an
   * explicit `backend: local|nemo` counts.
   */
  backend?: BackendResolver;
}

/** The config when it is valid, and every problem found (warnings may accompany a config). */
export interface LoadResult {
  config?: ResolvedConfig;
  diagnostics: Diagnostic[];
}

/** The config file as diagnostics name it: relative to the working folder when inside it. */
export function displayPath(file: string): string {
  if (!path.isAbsolute(file)) return path.normalize(file);
  const rel = path.relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

const isError = (d: Diagnostic) => d.severity === 'error';

/** Sort by position and drop repeats (a bad default is found once per video). */
function tidy(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const key = `${d.line}:${d.col}:${d.severity}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => a.line - b.line || a.col - b.col);
}

async function load(file: string, options: LoadOptions): Promise<LoadResult & { notFound?: boolean }> {
  const abs = path.resolve(file);
  const shown = displayPath(file);
  const at = (message: string, hint?: string): Diagnostic => ({ file: shown, line: 1, col: 1, message, severity: 'error', ...(hint ? { hint } : {}) });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { notFound: true, diagnostics: [at(`config file ${shown} does not exist`, ERRORS.CONFIG_NOT_FOUND.hint)] };
    return { diagnostics: [at(`config file ${shown} cannot be read: ${(error as Error).message}`)] };
  }
  const decoded = decodeText(bytes);
  if (!('text' in decoded)) {
    const { message, hint } = decodeProblem(shown, decoded);
    return { diagnostics: [{ file: shown, line: decoded.line, col: decoded.col, message: `config file ${message}`, hint, severity: 'error' }] };
  }
  const { source, diagnostics } = parseYamlSource(decoded.text, shown);
  if (diagnostics.some(isError)) return { diagnostics: tidy(diagnostics) };
  const converted = yamlData(source);
  if ('diagnostics' in converted) return { diagnostics: tidy([...diagnostics, ...converted.diagnostics]) };
  const data = converted.data;
  if (!isPlainObject(data)) {
    diagnostics.push(at('the config must be a mapping with `version: 1` and `videos:`', 'see voiceover.config.example.yml'));
    return { diagnostics: tidy(diagnostics) };
  }
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) diagnostics.push(...issueDiagnostics(parsed.error.issues, data, source, configSchema));

  const configDir = path.dirname(abs);
  const root = await findRepoRoot(configDir, options.root);
  const ctx: CheckContext = { source, data, configDir, root, diagnostics };
  const videos: unknown[] = Array.isArray(data.videos) ? data.videos : [];
  checkDuplicateNames(ctx, videos);
  checkPronunciations(ctx, videos);
  const facts: (InputFacts | undefined)[] = [];
  for (const [i, item] of videos.entries()) {
    if (!isPlainObject(item)) {
      facts.push(undefined);
      continue;
    }
    facts.push(await checkInputs(ctx, i, item));
    checkOutputDir(ctx, i, item);
    const backend = itemBackend(ctx, item, options.backend);
    checkUrlBackend(ctx, i, item, backend);
    if (options.voices) checkVoices(ctx, i, item, options.voices, backend);
  }

  const all = tidy(diagnostics);
  if (!parsed.success || all.some(isError)) return { diagnostics: all };
  const items = parsed.data.videos.map((video, index) => {
    const found = facts[index];
    if (!found?.video || !found.script) throw new VoiceoverError('INTERNAL', { detail: `videos[${index}] passed its checks without a video and script` });
    const line = positionAt(source, ['videos', index]).line;
    const itemFacts = { ...found, video: found.video, script: found.script };
    return resolveItem({ video, defaults: parsed.data.defaults, index, line, facts: itemFacts, configDir, voiceWritten: voiceWritten(ctx, index) });
  });
  return { config: { version: 1, file: abs, root: root.dir, items }, diagnostics: all };
}

/** Load and check a config; `config` is set only when there is no error (warnings may remain). */
export async function loadConfig(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { config, diagnostics } = await load(file, options);
  return config ? { config, diagnostics } : { diagnostics };
}

/** Load a config or throw a ConfigError (CONFIG_NOT_FOUND / CONFIG_INVALID) carrying the diagnostics. */
export async function loadConfigOrThrow(file: string, options: LoadOptions = {}): Promise<{ config: ResolvedConfig; warnings: Diagnostic[] }> {
  const { config, diagnostics, notFound } = await load(file, options);
  if (!config) throw new ConfigError(diagnostics, { file: displayPath(file), ...(notFound ? { notFound } : {}) });
  return { config, warnings: diagnostics };
}
