// Warnings about a delivered video: it is there, but a person should know something (some players
// refuse it, it was charged twice). Each has a code and an annotation title here; the message and
// the fix are written where the warning is raised. report.json lists them per item (`warnings`).

/** Every warning code a delivered item may carry, with the title its annotation shows. */
export const WARNINGS = {
  EXPORT_PLAYER_COMPAT: { title: 'Video some players refuse' },
  EXPORT_NO_FASTSTART: { title: 'Video must download fully before it plays' },
  NEMO_SESSION_REDONE: { title: 'NemoVideo message charged again' },
} as const;

/** A code of the warning table. */
export type WarningCode = keyof typeof WARNINGS;

/** One warning about a delivered item. */
export interface ItemWarning {
  code: WarningCode;
  /** What is the matter, in a sentence a person reads in a log. */
  message: string;
  /** How to fix or avoid it. */
  hint: string;
}

/** The title of a warning code (unknown codes, from other versions' reports, show as themselves). */
export function warningTitle(code: string): string {
  return (WARNINGS as Record<string, { title: string } | undefined>)[code]?.title ?? code;
}
