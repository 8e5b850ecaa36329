// Per-video voice checks against the installed voice catalogue: known voice, a voice for the language.
import type { CheckContext } from './check-inputs.js';
import { builtinDefaults, defaultVoiceFor } from './defaults.js';
import { deepMerge, isPlainObject } from './merge.js';
import { LANGUAGE_PATTERN } from './schema.js';
import { closestMatch } from './suggest.js';
import { installersFor, languageMatches, type VoiceCatalogue } from './voice-catalogue.js';
import { diagnosticAt, hasPath, type DataPath } from './yaml-source.js';

const LIST_HINT = 'run `voiceover voices` to list the installed voices';

type Voice = VoiceCatalogue['voices'][number];

/** Where a setting of `videos[i]` is written: the video, else defaults, else (built in) the video entry. */
export function settingPath(ctx: CheckContext, i: number, key: string): DataPath {
  if (hasPath(ctx.source, ['videos', i, key])) return ['videos', i, key];
  if (hasPath(ctx.source, ['defaults', key])) return ['defaults', key];
  return ['videos', i];
}

/** Where a voice/language mismatch is shown: the video's own voice or language line before an inherited one. */
function mismatchPath(ctx: CheckContext, i: number): DataPath {
  const ownVoice = hasPath(ctx.source, ['videos', i, 'voice']);
  return !ownVoice && hasPath(ctx.source, ['videos', i, 'language']) ? ['videos', i, 'language'] : settingPath(ctx, i, 'voice');
}

function checkLanguage(ctx: CheckContext, i: number, language: string, catalogue: VoiceCatalogue): void {
  const installers = installersFor(catalogue, language);
  const install = installers.map((m) => `install ${m.engine} (${m.install})`).join(' or ');
  const languages = [...new Set(catalogue.voices.map((v) => v.language))].join(', ');
  const message = `no voice for language '${language}'${install ? `: ${install}` : ''}`;
  const hint = languages ? `or set \`language\` to one with voices: ${languages}` : LIST_HINT;
  ctx.diagnostics.push(diagnosticAt(ctx.source, settingPath(ctx, i, 'language'), message, { hint }));
}

function checkEngineVoice(ctx: CheckContext, i: number, engine: string, language: string, forLanguage: Voice[]): void {
  if (forLanguage.length === 0 || forLanguage.some((v) => v.engine === engine)) return;
  const hint = `pick a ${language} voice (${forLanguage.slice(0, 4).map((v) => v.id).join(', ')}) or \`voice: auto\``;
  ctx.diagnostics.push(diagnosticAt(ctx.source, mismatchPath(ctx, i), `engine \`${engine}\` has no voice for ${language}`, { hint, severity: 'warning' }));
}

/**
 * A cloud voice (`openai:alloy`, `elevenlabs:<id>`) is valid as written (the service knows its voices and
 * languages); without its key a warning says which variable (or action input) to set: only its videos fail.
 */
function checkCloudVoice(ctx: CheckContext, at: DataPath, voice: string, catalogue: VoiceCatalogue): boolean {
  const wanted = voice.toLowerCase();
  const cloud = catalogue.cloud?.find((c) => wanted === c.engine || wanted.startsWith(`${c.engine}:`));
  if (!cloud) return false;
  if (!cloud.keySet) {
    const message = `voice \`${voice}\` needs ${cloud.keyVariable}, which is not set: the videos with this voice will fail (TTS_KEY_MISSING)`;
    const hint = `set ${cloud.keyVariable} (in a workflow: pass a repository secret as the action input ${cloud.keyInput}), or pick a local voice`;
    ctx.diagnostics.push(diagnosticAt(ctx.source, at, message, { hint, severity: 'warning' }));
  }
  return true;
}

/** Whether `videos[i]` or the defaults write `voice` (else the language picks it: `defaultVoiceFor`). */
export function voiceWritten(ctx: CheckContext, i: number): boolean {
  return hasPath(ctx.source, ['videos', i, 'voice']) || hasPath(ctx.source, ['defaults', 'voice']);
}

/**
 * Check the voice and language of `videos[i]`. `voice` may be a voice id, an engine id (that engine's
 * best voice) or `auto`, as the TTS registry resolves it. Skipped for the nemo backend (its own voices):
 * `backend` is the item's effective backend when known.
 */
export function checkVoices(ctx: CheckContext, i: number, item: Record<string, unknown>, catalogue: VoiceCatalogue, backend?: 'local' | 'nemo'): void {
  const defaults = isPlainObject(ctx.data.defaults) ? ctx.data.defaults : {};
  const merged = deepMerge(deepMerge(builtinDefaults(), defaults), item);
  if (!isPlainObject(merged) || (backend ?? merged.backend) === 'nemo') return;
  const { language } = merged;
  if (typeof language !== 'string' || !LANGUAGE_PATTERN.test(language) || typeof merged.voice !== 'string') return;
  const voice = voiceWritten(ctx, i) ? merged.voice : defaultVoiceFor(language);
  const forLanguage = catalogue.voices.filter((v) => languageMatches(v.language, language));
  const at = settingPath(ctx, i, 'voice');
  if (checkCloudVoice(ctx, at, voice, catalogue)) return;
  if (forLanguage.length === 0) checkLanguage(ctx, i, language, catalogue);
  if (voice === 'auto' || voice === '') return;
  const missingEngine = catalogue.missing.find((m) => m.engine === voice);
  if (missingEngine) {
    ctx.diagnostics.push(diagnosticAt(ctx.source, at, `engine \`${voice}\` is not installed: install it (${missingEngine.install})`, { hint: LIST_HINT }));
    return;
  }
  if (catalogue.voices.some((v) => v.engine === voice)) return checkEngineVoice(ctx, i, voice, language, forLanguage);
  const found = catalogue.voices.find((v) => v.id.toLowerCase() === voice.toLowerCase());
  if (found === undefined) {
    const close = closestMatch(voice, catalogue.voices.map((v) => v.id));
    const suggestion = close === undefined ? '' : `; did you mean \`${close}\`?`;
    const ids = forLanguage.slice(0, 8).map((v) => v.id);
    const notListed = catalogue.missing.length > 0 ? `; not installed here: ${catalogue.missing.map((m) => m.engine).join(', ')}` : '';
    const hint = (ids.length > 0 ? `${LIST_HINT}; voices for ${language}: ${ids.join(', ')}` : LIST_HINT) + notListed;
    ctx.diagnostics.push(diagnosticAt(ctx.source, at, `unknown voice \`${voice}\`${suggestion}`, { hint }));
  } else if (forLanguage.length > 0 && !languageMatches(found.language, language)) {
    const hint = `pick a ${language} voice (${forLanguage.slice(0, 4).map((v) => v.id).join(', ')}) or set \`language: ${found.language}\``;
    const message = `voice \`${found.id}\` speaks ${found.language}, but the language is ${language}`;
    ctx.diagnostics.push(diagnosticAt(ctx.source, mismatchPath(ctx, i), message, { hint, severity: 'warning' }));
  }
}
