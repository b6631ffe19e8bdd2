import { authorName } from '../authors.ts';
import type { Author } from '../schema.ts';

/** How many authors a paper page names before "and N more". */
export const AUTHORS_SHOWN = 3;

/** A paper's authors split for a byline: the first few by name, and the rest behind "and N more". */
export interface AuthorList {
  shown: string[];
  more: string[];
}

/**
 * Splits authors into the names a byline shows and the rest, which it folds away. Never folds a single
 * name: four authors show as four, not "three and 1 more".
 *
 * @example
 * splitAuthors(eighteenAuthors) // { shown: ['Xi Yang', 'Aokun Chen', 'Nima PourNejatian'], more: [ …15 names ] }
 */
export function splitAuthors(authors: readonly Author[], shown = AUTHORS_SHOWN): AuthorList {
  const names = authors.map(authorName);
  return names.length <= shown + 1
    ? { shown: names, more: [] }
    : { shown: names.slice(0, shown), more: names.slice(shown) };
}
