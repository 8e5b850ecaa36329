// Pure builders of annotations: config diagnostics, failed videos and delivered videos' warnings, at their file and line,
// folded past GitHub's limit of 10 errors and 10 warnings shown per step.

import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { ERRORS, type ErrorSpec } from '../core/errors.js';
import { warningTitle } from '../core/warnings.js';
import type { ReportItem } from '../runner/report.js';

/** One annotation as @actions/core issues it. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  /** Path relative to the repository root (the workspace). */
  file?: string;
  line?: number;
  col?: number;
}

/** GitHub shows at most this many errors, and as many warnings, per step. */
export const ANNOTATION_LIMIT = 10;

const withHint = (message: string, hint: string | undefined): string => (hint ? `${message} (hint: ${hint})` : message);

/** A path as annotations need it: relative to the workspace, POSIX separators. */
export function workspacePath(workspace: string, file: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, file));
  return rel.split(path.sep).join('/');
}

/** The registry's title for a code (codes added by backends included), else the code itself. */
export function errorTitle(code: string): string {
  return (ERRORS as Record<string, ErrorSpec | undefined>)[code]?.title ?? code;
}

/** Config diagnostics (file:line:col), paths made relative to the workspace. */
export function configAnnotations(diagnostics: readonly Diagnostic[], workspace: string, errorTitle: string = ERRORS.CONFIG_INVALID.title): Annotation[] {
  return diagnostics.map((d) => ({
    level: d.severity,
    title: d.severity === 'error' ? errorTitle : 'Voiceover config warning',
    message: withHint(d.message, d.hint),
    file: workspacePath(workspace, d.file),
    line: d.line,
    col: d.col,
  }));
}

/** One titled error per failed video, at the file and line its error points to (paths in the report are relative to the config's folder). */
export function failureAnnotations(items: readonly ReportItem[], configDir: string, workspace: string): Annotation[] {
  return items.flatMap((item) => {
    const error = item.error;
    if (item.status !== 'failed' || !error) return [];
    const backend = error.backend_code !== undefined ? ` [${error.backend_code}]` : '';
    return [{
      level: 'error' as const,
      title: errorTitle(error.code),
      message: withHint(`${item.name}: ${error.message}${backend}`, error.hint),
      file: workspacePath(workspace, path.resolve(configDir, error.file)),
      ...(error.line !== null ? { line: error.line } : {}),
    }];
  });
}

/** One titled warning per warning of a video delivered in this run, at that video's config line. */
export function warningAnnotations(items: readonly ReportItem[], configDir: string, workspace: string): Annotation[] {
  return items.flatMap((item) =>
    item.status !== 'delivered'
      ? []
      : (item.warnings ?? []).map((w) => ({
          level: 'warning' as const,
          title: warningTitle(w.code),
          message: withHint(`${item.name}: ${w.message}`, w.hint),
          file: workspacePath(workspace, path.resolve(configDir, w.file)),
          ...(w.line !== null ? { line: w.line } : {}),
        })),
  );
}

/** What is shown as annotations, and what only the summary lists. */
export interface FoldedAnnotations {
  shown: Annotation[];
  folded: Annotation[];
}

/**
 * Keep at most `limit` errors and `limit` warnings: past that, the last shown one says how many more the
 * summary lists. `reserveError` keeps room for the step's own failure message (also an error annotation),
 * `reserveWarning` for one warning issued later (the pull request comment's).
 */
export function foldAnnotations(all: readonly Annotation[], options: { limit?: number; reserveError?: boolean; reserveWarning?: boolean } = {}): FoldedAnnotations {
  const shown: Annotation[] = [];
  const folded: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = all.filter((a) => a.level === level);
    const reserved = (level === 'error' && options.reserveError) || (level === 'warning' && options.reserveWarning) ? 1 : 0;
    const limit = (options.limit ?? ANNOTATION_LIMIT) - reserved;
    if (level === 'notice' || ofLevel.length <= limit) {
      shown.push(...ofLevel);
      continue;
    }
    shown.push(...ofLevel.slice(0, limit - 1));
    const rest = ofLevel.slice(limit - 1);
    folded.push(...rest);
    shown.push({
      level,
      title: level === 'error' ? `${rest.length} more errors` : `${rest.length} more warnings`,
      message: `${rest.length} more ${level === 'error' ? 'errors' : 'warnings'} are listed in the job summary: ${rest.map((a) => (a.file ? `${a.file}:${a.line ?? 1}` : a.title)).join(', ')}`,
    });
  }
  return { shown, folded };
}

/** `file:line:col title: message`, as the summary lists folded annotations. */
export function annotationText(a: Annotation): string {
  const at = a.file ? `${a.file}:${a.line ?? 1}${a.col ? `:${a.col}` : ''} ` : '';
  return `${at}${a.title}: ${a.message}`;
}
