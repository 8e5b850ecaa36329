// Ducking as a deterministic volume envelope computed from the plan (DESIGN step 5), not a compressor.

/** A span where the bed must be fully ducked, with ramps outside it. */
export interface DuckSpan {
  start_s: number;
  end_s: number;
}

/** Ramp lengths of the duck: down before speech starts, up after it ends. */
export interface DuckShape {
  attack_s: number;
  release_s: number;
}

/** The default ramps: 150 ms attack, 300 ms release. */
export const DEFAULT_DUCK_SHAPE: DuckShape = { attack_s: 0.15, release_s: 0.3 };

/** Merge speech spans whose ramps would touch, so the bed doesn't bob up between close lines. */
export function duckSpans(lines: readonly { start_s: number; end_s: number }[], shape: DuckShape = DEFAULT_DUCK_SHAPE): DuckSpan[] {
  const sorted = [...lines].sort((a, b) => a.start_s - b.start_s);
  const spans: DuckSpan[] = [];
  for (const line of sorted) {
    const last = spans[spans.length - 1];
    if (last && line.start_s - shape.attack_s <= last.end_s + shape.release_s) {
      last.end_s = Math.max(last.end_s, line.end_s);
    } else {
      spans.push({ start_s: line.start_s, end_s: line.end_s });
    }
  }
  return spans;
}

/** Fraction of full ducking (0..1) at time t: trapezoids around each span. */
export function duckAmount(t: number, spans: readonly DuckSpan[], shape: DuckShape = DEFAULT_DUCK_SHAPE): number {
  let amount = 0;
  for (const s of spans) {
    const rise = shape.attack_s > 0 ? (t - (s.start_s - shape.attack_s)) / shape.attack_s : t >= s.start_s ? 1 : 0;
    const fall = shape.release_s > 0 ? (s.end_s + shape.release_s - t) / shape.release_s : t <= s.end_s ? 1 : 0;
    amount = Math.max(amount, Math.min(1, Math.max(0, Math.min(rise, fall))));
  }
  return amount;
}

const num = (x: number): string => x.toFixed(4).replace(/\.?0+$/, '') || '0';

/**
 * An ffmpeg `volume` expression (linear gain, evaluated per frame with `eval=frame`) equal to
 * 10^(-duck_db·duckAmount(t)/20). Quote it with '…' inside a filter graph.
 */
export function duckVolumeExpression(spans: readonly DuckSpan[], duck_db: number, shape: DuckShape = DEFAULT_DUCK_SHAPE): string {
  if (spans.length === 0 || duck_db === 0) return '1';
  const terms = spans.map((s) => {
    const a = Math.max(shape.attack_s, 0.001);
    const r = Math.max(shape.release_s, 0.001);
    return `min(clip((t-${num(s.start_s - a)})/${num(a)},0,1),clip((${num(s.end_s + r)}-t)/${num(r)},0,1))`;
  });
  // A balanced tree of max() keeps the expression's nesting shallow for long scripts.
  let level = terms;
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? `max(${level[i]},${level[i + 1]})` : level[i]!);
    }
    level = next;
  }
  return `pow(10,-${num(duck_db)}*${level[0]}/20)`;
}
