/**
 * Picks the benchmark's search words from the entries themselves, so they suit any synthetic corpus:
 * the most widespread long words (in most abstracts) and words found in only one or two papers.
 */

/** Words to search for: `common` ones match much of the survey, `rare` ones one or two papers. */
export interface SearchQueries {
  common: string[];
  rare: string[];
}

/** Counts in how many papers each word of 6+ letters appears, and picks `count` of each kind, deterministically. */
export function pickSearchQueries(
  papers: Array<{ title: string; abstract: string }>,
  count = { common: 2, rare: 4 },
): SearchQueries {
  const documents = new Map<string, number>();
  for (const paper of papers) {
    for (const word of new Set(`${paper.title} ${paper.abstract}`.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? [])) {
      documents.set(word, (documents.get(word) ?? 0) + 1);
    }
  }
  const byFrequency = [...documents].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  // The rarest words, whatever their count, spread over the alphabet so they fall in different index chunks.
  const ascending = [...byFrequency].reverse();
  const limit = Math.max(2, ascending[Math.min(ascending.length - 1, count.rare * 10)]?.[1] ?? 0);
  const rare = ascending
    .filter(([, n]) => n <= limit)
    .map(([word]) => word)
    .sort();
  const step = Math.max(1, Math.floor(rare.length / count.rare));
  return {
    common: byFrequency.slice(0, count.common).map(([word]) => word),
    rare: Array.from({ length: Math.min(count.rare, rare.length) }, (_, i) => rare[i * step]),
  };
}
