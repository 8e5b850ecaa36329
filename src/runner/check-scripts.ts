// Parse every item's script and check its per-line `{voice=…}` tags, so the CLI and the action catch them before any work.

import type { Diagnostic } from '../core/diagnostics.js';
import { toVoiceoverError } from '../core/errors.js';
import { displayPath } from '../config/load.js';
import type { ItemConfig, ResolvedConfig } from '../config/types.js';
import { parseScript } from '../script/parse.js';
import type { Cue } from '../script/types.js';
import { CLOUD_SERVICES } from '../tts/cloud-service.js';
import { engineForVoice, resolveVoice, type RegistryOptions } from '../tts/registry.js';

/** What the script checks need besides the config. */
export interface ScriptCheckOptions {
  /** The backend an item will run on: per-line voices are checked only for local (nemo has its own voices). */
  backendOf: (item: ItemConfig) => 'local' | 'nemo';
  /** The TTS engines to resolve voices with (default: the registry's). */
  registry?: RegistryOptions;
}

type VoiceProblem = { message: string; hint: string; severity?: 'warning' } | undefined;

/** Why a voice cannot speak `language` here, as the run would find out (undefined: it can). */
async function voiceProblem(voice: string, language: string, registry?: RegistryOptions): Promise<VoiceProblem> {
  try {
    const resolved = await resolveVoice(voice, language, registry);
    // A cloud voice without its key: only the videos it speaks in will fail (TTS_KEY_MISSING), so a warning.
    const engine = await engineForVoice(resolved.id, registry);
    const service = engine?.cloud ? CLOUD_SERVICES.find((s) => s.engine === engine.id) : undefined;
    if (service && !process.env[service.keyVariable]?.trim()) {
      return {
        message: `voice "${resolved.id}" needs ${service.keyVariable}, which is not set: this video will fail (TTS_KEY_MISSING)`,
        hint: `set ${service.keyVariable} (in a workflow: pass a repository secret as the action input ${service.keyInput}), or pick a local voice`,
        severity: 'warning',
      };
    }
    return undefined;
  } catch (caught) {
    const error = toVoiceoverError(caught);
    return { message: error.message, hint: error.hint };
  }
}

/**
 * Every problem of the items' scripts, FILE:LINE:COL in the script file (or in the config, for inline text):
 * what the script parser reports, and per-line voices that are unknown or not installed.
 */
export async function checkScripts(config: ResolvedConfig, options: ScriptCheckOptions): Promise<Diagnostic[]> {
  const found: Diagnostic[] = [];
  const voices = new Map<string, Promise<VoiceProblem>>();
  for (const item of config.items) {
    const { script } = item;
    const file = script.path ? displayPath(script.path) : script.rel;
    const column = script.column ?? 0;
    // Script lines are config lines for inline text: columns move right by the text's indentation.
    const parsed = parseScript(script.text, { format: script.format, file, lineOffset: script.lineOffset, language: item.language });
    const own = parsed.diagnostics.map((d) => ({ ...d, col: d.col + column }));
    if (options.backendOf(item) === 'local') own.push(...(await voiceDiagnostics(item, parsed.script.cues, file, voices, options.registry)));
    found.push(...own.sort((a, b) => a.line - b.line || a.col - b.col));
  }
  const seen = new Set<string>();
  return found.filter((d) => {
    const key = `${d.file}:${d.line}:${d.col}:${d.severity}:${d.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** A diagnostic at the `{voice=…}` tag of every cue whose voice cannot speak here. */
async function voiceDiagnostics(item: ItemConfig, cues: readonly Cue[], file: string, voices: Map<string, Promise<VoiceProblem>>, registry?: RegistryOptions): Promise<Diagnostic[]> {
  const { script } = item;
  const column = script.column ?? 0;
  const found: Diagnostic[] = [];
  const lines = script.text.replace(/\r\n?/g, '\n').split('\n');
  for (const cue of cues) {
    if (cue.voice === undefined) continue;
    const key = `${cue.voice}\n${item.language}`;
    if (!voices.has(key)) voices.set(key, voiceProblem(cue.voice, item.language, registry));
    const problem = await voices.get(key);
    if (!problem) continue;
    const text = lines[cue.line - script.lineOffset - 1] ?? '';
    const tag = text.search(/\{\s*voice\s*=/i);
    found.push({
      file,
      line: cue.line,
      col: (tag < 0 ? 1 : tag + 1) + column,
      message: `{voice=${cue.voice}}: ${problem.message}`,
      hint: problem.hint,
      severity: problem.severity ?? 'error',
    });
  }
  return found;
}
