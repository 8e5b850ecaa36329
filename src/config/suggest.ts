// "Did you mean" suggestions: the closest candidate within a small edit distance.
import { distance } from 'fastest-levenshtein';

/** The candidate closest to `word` (case-insensitive) if within `max` edits and not a total rewrite. */
export function closestMatch(word: string, candidates: Iterable<string>, max = 2): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= max && bestDistance < word.length ? best : undefined;
}

/** `; did you mean \`x\`?` when a close candidate exists, else ''. */
export function didYouMean(word: string, candidates: Iterable<string>, max = 2): string {
  const match = closestMatch(word, candidates, max);
  return match === undefined ? '' : `; did you mean \`${match}\`?`;
}
