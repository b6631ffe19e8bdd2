/** The most terms a term list keeps: enough for any real survey's vocabulary, small enough to fetch on a miss. */
export const MAX_TERMS = 20_000;

// Words as search sees them: runs of letters and digits. Hyphens, apostrophes and punctuation split words.
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const DIGITS = /^\d+$/;

/** Adds the lowercase words (3 to 30 characters, not bare numbers) of one text to `terms`. */
export function addTextTerms(text: string, terms: Set<string>): Set<string> {
  for (const word of text.toLowerCase().split(NOT_WORD)) {
    if (word.length >= 3 && word.length <= 30 && !DIGITS.test(word)) terms.add(word);
  }
  return terms;
}

/**
 * The search index's own vocabulary for spelling suggestions: every word of the given papers' texts,
 * the words found in most papers first (ties in alphabetical order), at most `max`, one a line. A
 * suggestion that more papers use ranks higher, so the order carries the weight and the file stays
 * a plain list.
 *
 * @example
 * termList([['Brain MRI', 'MRI of the brain.'], ['Knee MRI', 'Knee scans.']])
 * // 'mri\nbrain\nknee\nscans\nthe\n'
 */
export function termList(papers: Iterable<readonly string[]>, max = MAX_TERMS): string {
  const papersWith = new Map<string, number>();
  for (const texts of papers) {
    const terms = new Set<string>();
    for (const text of texts) addTextTerms(text, terms);
    for (const term of terms) papersWith.set(term, (papersWith.get(term) ?? 0) + 1);
  }
  const ranked = [...papersWith].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  return ranked
    .slice(0, max)
    .map(([term]) => `${term}\n`)
    .join('');
}
