// fast-check arbitraries that break a text file the way people and editors do: delete, duplicate or swap lines,
// insert punctuation (YAML's `*`, `&`, `<<:`, `:`, `-`, `[`, `{`, tabs; script times and arrows), truncate.
import fc from 'fast-check';

/** One edit of a text, positions as fractions so any text can take it. */
export type Mutation =
  | { op: 'delete' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'insert'; at: number; col: number; token: string }
  | { op: 'truncate'; at: number };

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** Mutations that insert one of `tokens`, or reshape lines. */
export function mutationArb(tokens: readonly string[]): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: fraction }),
    fc.record({ op: fc.constant('swap' as const), at: fraction, with: fraction }),
    fc.record({ op: fc.constant('insert' as const), at: fraction, col: fraction, token: fc.constantFrom(...tokens) }),
    fc.record({ op: fc.constant('insert' as const), at: fraction, col: fraction, token: fc.string({ minLength: 1, maxLength: 3 }) }),
    fc.record({ op: fc.constant('truncate' as const), at: fraction }),
  );
}

/** Apply the mutations in order. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const i = Math.floor(m.at * lines.length);
    if (m.op === 'delete') lines.splice(i, 1);
    else if (m.op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else if (m.op === 'swap') {
      const j = Math.floor(m.with * lines.length);
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    } else if (m.op === 'insert') {
      const line = lines[i] ?? '';
      const col = Math.floor(m.col * (line.length + 1));
      lines[i] = line.slice(0, col) + m.token + line.slice(col);
    } else {
      const all = lines.join('\n');
      lines = all.slice(0, Math.floor(m.at * all.length)).split('\n');
    }
  }
  return lines.join('\n');
}
