/**
 * The names of the fields the paper pages give Pagefind, in one place: the pages write them as
 * `data-pagefind-filter`/`-meta`/`-sort` attributes and the search scripts read them back, so a
 * rename here is a rename everywhere.
 */
export const SEARCH_FILTERS = {
  /** Every theme of a paper, primary and secondary: `theme:<theme id>`. */
  theme: 'theme',
  /** The year of the paper's date, when it has one: `year:2025`. */
  year: 'year',
  /** The venue's name, when the paper has one: `venue:Bioinformatics`. */
  venue: 'venue',
  /** Whether the paper links to its code: `code:yes` (absent otherwise). */
  code: 'code',
} as const;

/** The name of one Pagefind filter (`theme`, `year`, `venue` or `code`). */
export type SearchFilterName = (typeof SEARCH_FILTERS)[keyof typeof SEARCH_FILTERS];

/** Metadata that search results show. */
export const SEARCH_META = {
  title: 'title',
  date: 'date',
  /** The authors, shortened for a result card ("Yang, Chen, et al."). */
  authors: 'authors',
  /** The paper's slug, so a result can be ticked into a selection. */
  slug: 'slug',
} as const;

/** Sort keys. */
export const SEARCH_SORTS = {
  /** The paper's ISO date. */
  date: 'date',
} as const;

/** The value of the `code` filter for papers with a code link. */
export const HAS_CODE_VALUE = 'yes';
