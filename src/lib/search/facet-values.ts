import type { Entry } from '../schema.ts';
import { HAS_CODE_VALUE } from '../search-fields.ts';
import { creditLine } from '../text/entry-text.ts';

/** What a paper page tells search beyond its text: the facet values and result metadata of one entry. */
export interface SearchFacetValues {
  /** The venue's name as the entry gives it, for the `venue` filter. */
  venue?: string;
  /** `HAS_CODE_VALUE` when the entry links to its code, for the `code` filter. */
  code?: typeof HAS_CODE_VALUE;
  /** Who wrote the paper, in a few words, for a result card. */
  authors?: string;
}

/** The venue, has-code and authors values that a paper page hands to Pagefind. */
export function searchFacetValues(
  entry: Pick<Entry, 'venue' | 'links' | 'authors' | 'authorsCount' | 'organization'>,
): SearchFacetValues {
  return {
    venue: entry.venue?.name,
    code: entry.links.some((link) => link.kind === 'code') ? HAS_CODE_VALUE : undefined,
    authors: creditLine(entry),
  };
}
