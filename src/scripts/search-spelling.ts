/**
 * Spelling suggestions from the index's own words (Pagefind has no suggestion API): the search page
 * fetches `/search/terms.txt` only when a search finds nothing, and looks for the known words
 * closest to each unknown word of the query.
 */

/**
 * The edit distance between two words (insertions, deletions, substitutions and swaps of neighbours
 * each cost 1), or `max + 1` as soon as it must exceed `max`.
 *
 * @example
 * editDistance('segmentaton', 'segmentation', 2) // 1
 * editDistance('radiolgy', 'radiology', 2)       // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1; // every path through this row already costs too much
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** How far a word may be from a suggestion: short words must be nearly right, or anything would match. */
export function allowedDistance(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2;
}

/**
 * The known words closest to `word`, nearest first and, at the same distance, the most widespread
 * first (`terms` is ordered that way), at most `limit`. A word that is itself known gets none.
 */
export function closestTerms(word: string, terms: readonly string[], limit = 3): string[] {
  const lower = word.toLowerCase();
  const max = allowedDistance(lower);
  if (max === 0 || terms.includes(lower)) return [];
  const found: Array<{ term: string; distance: number; rank: number }> = [];
  terms.forEach((term, rank) => {
    const distance = editDistance(lower, term, max);
    if (distance <= max) found.push({ term, distance, rank });
  });
  return found
    .sort((x, y) => x.distance - y.distance || x.rank - y.rank)
    .slice(0, limit)
    .map(({ term }) => term);
}

/** Reads the term list file: one word a line. */
export function parseTermList(text: string): string[] {
  return text.split('\n').filter(Boolean);
}
