// A monotonic alignment of two token sequences (minimum edits: substitutions, insertions, deletions).

/** Cells of the alignment table above which sequences are not aligned (the caller falls back). */
const MAX_CELLS = 4_000_000;

/**
 * For each token of `a`, the index of its partner in `b` (matched or substituted), or -1 when it has none;
 * partners only ever increase. undefined when either is empty or they are too long to align.
 */
export function alignSequences(a: readonly string[], b: readonly string[]): number[] | undefined {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return undefined;
  if (n === m && a.every((token, i) => token === b[i])) return a.map((_, i) => i);
  // 0 diagonal, 1 up (a token of `a` with no partner), 2 left (a token of `b` with none).
  const step = new Uint8Array((n + 1) * (m + 1));
  let previous = new Uint32Array(m + 1).map((_, j) => j);
  for (let j = 1; j <= m; j++) step[j] = 2;
  for (let i = 1; i <= n; i++) {
    const row = new Uint32Array(m + 1);
    row[0] = i;
    step[i * (m + 1)] = 1;
    for (let j = 1; j <= m; j++) {
      const diagonal = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const up = previous[j]! + 1;
      const left = row[j - 1]! + 1;
      const best = Math.min(diagonal, up, left);
      row[j] = best;
      step[i * (m + 1) + j] = best === diagonal ? 0 : best === up ? 1 : 2;
    }
    previous = row;
  }
  const partners = new Array<number>(n).fill(-1);
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const move = step[i * (m + 1) + j]!;
    if (move === 0) partners[--i] = --j;
    else if (move === 1) i--;
    else j--;
  }
  return partners;
}
