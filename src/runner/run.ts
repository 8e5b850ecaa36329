// The runner: take a resolved config, run each selected item through its backend in parallel,
// skip unchanged ones, deliver files safely and write report.json.

import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import pLimit from 'p-limit';
import type { ItemConfig, ResolvedConfig, BackendName } from '../config/types.js';
import { toVoiceoverError } from '../core/errors.js';
import { redactSecrets, secretValues } from '../core/secrets.js';
import type { ProgressEvent } from '../core/progress.js';
import { loadBackend, resolveBackendName } from '../backends/registry.js';
import { itemFingerprint } from './fingerprint.js';
import { readState, saveRunState, statePath, type RunState } from './state.js';
import { mergeReportItems, readReport, writeReport, type Report, type ReportItem } from './report.js';
import { commitFiles, discardFiles, partialPath, verifyIntact, verifyOutput } from './deliver.js';

/** How to run. */
export interface RunOptions {
  /** Overrides every item's backend. */
  backend?: BackendName;
  /** Overrides every item's output folder (absolute). */
  outDir?: string;
  force?: boolean;
  concurrency?: number;
  /** Shared speech cache; defaults to <out>/.voiceover/cache. */
  cacheDir?: string;
  signal?: AbortSignal;
  onProgress?: (item: string, event: ProgressEvent) => void;
  onItemDone?: (item: ReportItem) => void;
  /** Where an item's lines for people go (the service's replies, timeline summaries, warnings): a logger per item name. */
  itemLogger?: (item: string) => import('../core/logger.js').Logger;
  env?: NodeJS.ProcessEnv;
}

/** The result of a run: the report of the items run, and where report.json was written. */
export interface RunResult {
  report: Report;
  reportFile: string;
  /** What report.json now holds: the items run plus the previous report's other items still in the config. */
  saved: Report;
}

const posix = (p: string): string => p.split(sep).join('/');

/** Run the items of a config (already selected) and write report.json into the output folder. */
export async function runItems(config: ResolvedConfig, items: readonly ItemConfig[], options: RunOptions = {}): Promise<RunResult> {
  const configDir = dirname(config.file);
  const outOf = (item: ItemConfig): string => options.outDir ?? item.output.dir;
  const reportDir = options.outDir ?? items[0]?.output.dir ?? join(configDir, 'out');
  await mkdir(reportDir, { recursive: true });
  const stateFile = statePath(reportDir);
  const state = await readState(stateFile);
  const limit = pLimit(Math.max(1, options.concurrency ?? availableParallelism()));
  const backendNames = new Set<string>();

  const results = await Promise.all(
    items.map((item) =>
      limit(async () => {
        const backend = resolveBackendName(options.backend ?? item.backend, options.env);
        backendNames.add(backend);
        const result = await runOne(item, backend, outOf(item), config.file, state, options);
        options.onItemDone?.(result);
        return result;
      }),
    ),
  );
  await saveRunState(stateFile, state, results.map((r) => r.name));
  const report: Report = { version: 1, backend: [...backendNames].join(',') || resolveBackendName(options.backend ?? 'auto', options.env), items: results };
  const reportFile = join(reportDir, 'report.json');
  // A run of some items (`--only`) keeps what the last report says about the others still in the config.
  const previous = await readReport(reportFile);
  const names = config.items.map((item) => item.name);
  const saved: Report = { ...report, items: mergeReportItems(previous?.items ?? [], results, names) };
  await writeReport(reportFile, saved);
  return { report, reportFile, saved };
}

async function runOne(item: ItemConfig, backendName: 'local' | 'nemo', outDir: string, configFile: string, state: RunState, options: RunOptions): Promise<ReportItem> {
  const configDir = dirname(configFile);
  const rel = (p: string): string => posix(relative(configDir, p));
  const finalMp4 = join(outDir, `${item.name}.mp4`);
  const finalCaptions = Object.fromEntries(item.captions.sidecar.map((f) => [f, join(outDir, `${item.name}.${f}`)])) as Partial<Record<'srt' | 'vtt', string>>;
  const progress = (event: ProgressEvent): void => options.onProgress?.(item.name, event);
  const temps: string[] = [];
  const started = performance.now();
  let workDir: string | undefined;
  try {
    const previous = state.items[item.name];
    const canSkip = !options.force && previous !== undefined;
    // Hashing a long input takes a moment: when nothing can be skipped, it runs beside the work.
    const fingerprinting = itemFingerprint(item, backendName, state.hashes);
    fingerprinting.catch(() => undefined);
    if (canSkip && previous.fingerprint === (await fingerprinting) && (await sizeOf(finalMp4)) === previous.size) {
      progress({ stage: 'done', ratio: 1, detail: 'unchanged' });
      return { ...previous.report, status: 'skipped', timings_s: { tts: 0, plan: 0, render: 0, total: 0 } };
    }
    await mkdir(outDir, { recursive: true });
    const cacheDir = options.cacheDir ?? join(outDir, '.voiceover', 'cache');
    await mkdir(cacheDir, { recursive: true });
    workDir = await mkdtemp(join(tmpdir(), `voiceover-${item.name}-`));
    const output = partialPath(finalMp4);
    const captions = Object.fromEntries(Object.entries(finalCaptions).map(([f, p]) => [f, partialPath(p)]));
    const finalCompat = join(outDir, `${item.name}.compat.mp4`);
    const compatOutput = partialPath(finalCompat);
    temps.push(output, compatOutput, ...Object.values(captions));
    progress({ stage: 'queued' });
    const backend = await loadBackend(backendName);
    const result = await backend.process(item, { output, captions, compatOutput, workDir, cacheDir, signal: options.signal, onProgress: progress, logger: options.itemLogger?.(item.name), ...(options.force ? { force: true } : {}) });
    // A paid export is delivered as it came (its format gets warnings); the local pipeline's own outputs are held to what it promises.
    await (backend.outputCheck === 'intact' ? verifyIntact : verifyOutput)(output, result.duration_s, options.signal);
    const compat = result.compatible_copy ? [{ from: compatOutput, to: finalCompat }] : [];
    await commitFiles([{ from: output, to: finalMp4 }, ...compat, ...Object.entries(captions).map(([f, p]) => ({ from: p, to: finalCaptions[f as 'srt' | 'vtt']! }))]);
    // A compatible copy of an earlier export must not sit beside a new one it is not a copy of.
    if (!result.compatible_copy) await discardFiles([finalCompat]);
    const report: ReportItem = {
      name: item.name,
      status: 'delivered',
      output: rel(finalMp4),
      captions: Object.values(finalCaptions).map((p) => rel(p!)),
      duration_s: result.duration_s,
      timings_s: result.timings_s,
      loudness: result.loudness,
      lines: result.lines,
      ...(result.qa ? { qa: result.qa } : {}),
      ...(result.credits ? { credits: result.credits } : {}),
      ...(result.tts ? { tts: result.tts } : {}),
      ...(result.links ? { links: result.links } : {}),
      ...(result.compatible_copy ? { compatible_copy: { output: rel(finalCompat), ...result.compatible_copy } } : {}),
      ...(result.warnings?.length ? { warnings: result.warnings.map((w) => ({ ...w, file: rel(configFile), line: item.line })) } : {}),
    };
    state.items[item.name] = { fingerprint: await fingerprinting, report, size: (await sizeOf(finalMp4)) ?? 0 };
    return report;
  } catch (caught) {
    await discardFiles(temps);
    delete state.items[item.name];
    const error = toVoiceoverError(caught);
    const located = error.location.file !== undefined;
    return {
      name: item.name,
      status: 'failed',
      output: null,
      captions: [],
      duration_s: null,
      // A failure's stages are unknown, but how long it took to fail is real.
      timings_s: { tts: 0, plan: 0, render: 0, total: Math.round(performance.now() - started) / 1000 },
      loudness: null,
      lines: [],
      error: {
        code: error.code,
        // Whatever a failure quoted (a service's answer, a command line), no key or token reaches the report, the log or a comment.
        message: redactSecrets(error.message, secretValues(options.env ?? process.env)),
        hint: redactSecrets(error.hint, secretValues(options.env ?? process.env)),
        file: located ? error.location.file! : rel(configFile),
        line: located ? (error.location.line ?? null) : item.line,
        ...(error.backendCode !== undefined ? { backend_code: error.backendCode } : {}),
      },
    };
  } finally {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).size;
  } catch {
    return undefined;
  }
}
