// Pure parse of `git diff -U0` output: which lines of the new file a change touches.

/**
 * Line numbers (1-based, in the new file) touched by the hunks of a zero-context diff. A pure
 * deletion touches the lines on both sides of where the text was.
 */
export function changedLines(diff: string): number[] {
  const lines = new Set<number>();
  for (const match of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    if (count === 0) {
      lines.add(Math.max(1, start));
      lines.add(start + 1);
    } else {
      for (let l = start; l < start + count; l++) lines.add(l);
    }
  }
  return [...lines].sort((a, b) => a - b);
}
