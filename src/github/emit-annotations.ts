// Print annotations through @actions/core (workflow commands on stdout).

import * as core from '@actions/core';
import type { Annotation } from './annotations.js';

/** Issue each annotation as ::error / ::warning / ::notice with its file, line, column and title. */
export function emitAnnotations(annotations: readonly Annotation[]): void {
  for (const a of annotations) {
    const props: core.AnnotationProperties = { title: a.title };
    if (a.file) props.file = a.file;
    if (a.line !== undefined) props.startLine = a.line;
    if (a.col !== undefined) props.startColumn = a.col;
    core[a.level](a.message, props);
  }
}
