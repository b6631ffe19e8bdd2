/**
 * English plurals for counts: the site is written in English only, where a count takes the singular
 * for exactly 1 and the plural otherwise ("0 papers"). That is all `Intl.PluralRules('en')` would say
 * (`one` for 1, `other` for the rest), and the caller would still pass both words, so a comparison does
 * the job without building a rules object per call in loops over 10,000 rows.
 */

/**
 * The word that goes with `count`.
 *
 * @example
 * plural(1, 'is', 'are') // 'is'
 * plural(0, 'is', 'are') // 'are'
 */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * The count and its word.
 *
 * @example
 * countLabel(1, 'paper', 'papers') // '1 paper'
 * countLabel(3, 'paper', 'papers') // '3 papers'
 */
export function countLabel(count: number, one: string, many: string): string {
  return `${count} ${plural(count, one, many)}`;
}
