// Per-video input checks: video or url, the script (file or inline), the music file; all inside the repository.
import type { Diagnostic } from '../core/diagnostics.js';
import { deepMerge, isPlainObject } from './merge.js';
import { checkInputPath, type RepoRoot } from './repo-paths.js';
import { readScriptText, scriptFormat, scriptKind } from './script-source.js';
import { decodeProblem } from './decode-text.js';
import type { MusicSettings, ScriptSource, VideoSource } from './types.js';
import { diagnosticAt, hasPath, textColumnOffset, textLineOffset, type DataPath, type YamlSource } from './yaml-source.js';

/** What the checks of one video need to know about the config. */
export interface CheckContext {
  source: YamlSource;
  /** The raw (unvalidated) config data. */
  data: Record<string, unknown>;
  /** Absolute folder of the config file; relative paths start here. */
  configDir: string;
  root: RepoRoot;
  diagnostics: Diagnostic[];
}

/** The inputs of one video as far as they could be resolved. */
export interface InputFacts {
  video?: VideoSource;
  script?: ScriptSource;
  /** The music file, when the merged settings name one. */
  music?: Omit<MusicSettings, 'volume'>;
}

type InputLabel = 'video' | 'script' | 'music';

/** Check one path value; add a diagnostic at `at` and return undefined when it is unusable. */
async function checkFile(ctx: CheckContext, label: InputLabel, written: string, at: DataPath): Promise<string | undefined> {
  const result = await checkInputPath(written, ctx.configDir, ctx.root);
  if (result.ok) return result.abs;
  const outsideHint = `inputs must be inside the repository (${ctx.root.dir}); move the file there${label === 'video' ? ' or give `url:` instead' : ''}`;
  const problems: Record<typeof result.problem, [string, string]> = {
    outside: [`${label} path \`${written}\` is outside the repository (${result.abs})`, outsideHint],
    'symlink-outside': [`${label} path \`${written}\` is a symlink to ${result.real ?? '?'}, outside the repository`, outsideHint],
    missing: [
      `${label} file \`${written}\` does not exist (${result.abs})`,
      `paths are relative to the config file's folder (${ctx.configDir})${label === 'script' ? '; to speak these words instead, write them under `script: |`' : ''}`,
    ],
    directory: [`${label} path \`${written}\` is a folder, not a file (${result.abs})`, 'give the path of a file'],
  };
  const [message, hint] = problems[result.problem];
  ctx.diagnostics.push(diagnosticAt(ctx.source, at, message, { hint }));
  return undefined;
}

async function checkVideo(ctx: CheckContext, i: number, item: Record<string, unknown>): Promise<VideoSource | undefined> {
  const here: DataPath = ['videos', i];
  const name = typeof item.name === 'string' ? ` \`${item.name}\`` : '';
  if (item.video !== undefined && item.url !== undefined) {
    ctx.diagnostics.push(diagnosticAt(ctx.source, [...here, 'url'], `video${name} has both \`video\` and \`url\`; give only one`, { key: true }));
    return undefined;
  }
  if (item.video === undefined && item.url === undefined) {
    const hint = 'add `video: path/in/repo.mp4` or `url: https://…`';
    ctx.diagnostics.push(diagnosticAt(ctx.source, here, `video${name} needs \`video\` (a file in the repository) or \`url\``, { hint }));
    return undefined;
  }
  if (typeof item.url === 'string') return { kind: 'url', url: item.url };
  if (typeof item.video !== 'string' || item.video === '') return undefined;
  const abs = await checkFile(ctx, 'video', item.video, [...here, 'video']);
  return abs === undefined ? undefined : { kind: 'file', path: abs, rel: item.video };
}

async function checkScript(ctx: CheckContext, i: number, item: Record<string, unknown>): Promise<ScriptSource | undefined> {
  const at: DataPath = ['videos', i, 'script'];
  const value = item.script;
  if (typeof value !== 'string') return undefined;
  if (value.trim() === '') {
    ctx.diagnostics.push(diagnosticAt(ctx.source, at, '`script` is empty', { hint: 'give a script file, or the narration text under `script: |`' }));
    return undefined;
  }
  const kind = scriptKind(value);
  const inline = (): ScriptSource => ({ text: value, format: 'text', rel: ctx.source.file, lineOffset: textLineOffset(ctx.source, at), column: textColumnOffset(ctx.source, at) });
  if (kind === 'inline') return inline();
  if (kind === 'bad-extension') {
    const hint = 'script files end in .txt, .md, .srt or .vtt; write inline text as `script: |` followed by indented lines';
    ctx.diagnostics.push(diagnosticAt(ctx.source, at, `script \`${value}\` looks like a path but is not a script file`, { hint }));
    return undefined;
  }
  const written = value.trim();
  // "Read the notes.txt" is a sentence, not a path: words with spaces and no such file are spoken.
  if (/\s/.test(written)) {
    const found = await checkInputPath(written, ctx.configDir, ctx.root);
    if (!found.ok && found.problem === 'missing') return inline();
  }
  const abs = await checkFile(ctx, 'script', written, at);
  if (abs === undefined) return undefined;
  const read = await readScriptText(abs).catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    ctx.diagnostics.push(diagnosticAt(ctx.source, at, `script file \`${written}\` cannot be read: ${detail}`));
    return undefined;
  });
  if (read === undefined) return undefined;
  if (!('text' in read)) {
    const { message, hint } = decodeProblem(written, read);
    ctx.diagnostics.push(diagnosticAt(ctx.source, at, `script file ${message}`, { hint }));
    return undefined;
  }
  return { text: read.text, format: scriptFormat(abs), path: abs, rel: written, lineOffset: 0 };
}

async function checkMusic(ctx: CheckContext, i: number, item: Record<string, unknown>): Promise<InputFacts['music']> {
  const defaults = isPlainObject(ctx.data.defaults) ? ctx.data.defaults.music : undefined;
  const music = deepMerge(defaults, item.music);
  if (!isPlainObject(music)) return undefined;
  const own = hasPath(ctx.source, ['videos', i, 'music']);
  const base: DataPath = own ? ['videos', i, 'music'] : ['defaults', 'music'];
  if (music.file === undefined) {
    const hint = 'add `file: path/to/music.mp3`, or `music: null` for no music';
    ctx.diagnostics.push(diagnosticAt(ctx.source, base, '`music` needs a `file`', { hint }));
    return undefined;
  }
  if (typeof music.file !== 'string' || music.file === '') return undefined;
  const ownFile = hasPath(ctx.source, ['videos', i, 'music', 'file']);
  const abs = await checkFile(ctx, 'music', music.file, ownFile ? ['videos', i, 'music', 'file'] : ['defaults', 'music', 'file']);
  return abs === undefined ? undefined : { file: abs, rel: music.file };
}

/** Check the video, script and music of `videos[i]`; problems go to `ctx.diagnostics`. */
export async function checkInputs(ctx: CheckContext, i: number, item: Record<string, unknown>): Promise<InputFacts> {
  const facts: InputFacts = {};
  const video = await checkVideo(ctx, i, item);
  const script = await checkScript(ctx, i, item);
  const music = await checkMusic(ctx, i, item);
  if (video) facts.video = video;
  if (script) facts.script = script;
  if (music) facts.music = music;
  return facts;
}
