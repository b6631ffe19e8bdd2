import { HAS_CODE_VALUE, SEARCH_FILTERS, SEARCH_SORTS, type SearchFilterName } from '../lib/search-fields.ts';

/** The facets a search can be narrowed by, in the order the page shows them. */
// Literals, not SEARCH_FILTERS.theme…, so the browser bundle stays as small as before; `satisfies` still
// fails the type check if a facet is not one of the filter names the paper pages write.
export const FACETS = ['theme', 'year', 'venue', 'code'] as const satisfies readonly SearchFilterName[];

/** One facet: theme, year, venue or "has code". */
export type Facet = (typeof FACETS)[number];

/** What a search page shows: the query, the values chosen in each facet, and the order. Lives in the URL. */
export interface SearchState {
  q: string;
  chosen: Record<Facet, string[]>;
  sort: 'relevance' | 'newest';
}

/** Pagefind's filter option: within a facet a result needs any one of the values. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** A state with no query and nothing chosen. */
export function emptyState(): SearchState {
  return { q: '', chosen: { theme: [], year: [], venue: [], code: [] }, sort: 'relevance' };
}

/**
 * Reads the state from a URL's query (`?q=…&theme=imaging&theme=alignment&year=2024&venue=Nature&code=yes&sort=newest`).
 * Each facet's parameter is named after its Pagefind filter; repeated values are kept once.
 */
export function stateFromParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const facet of FACETS) state.chosen[facet] = [...new Set(params.getAll(SEARCH_FILTERS[facet]).filter(Boolean))];
  state.chosen.code = state.chosen.code.filter((value) => value === HAS_CODE_VALUE);
  state.sort = params.get('sort') === 'newest' ? 'newest' : 'relevance';
  return state;
}

/** Writes the state as a URL query, leaving out defaults, so a search can be shared as a link. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.chosen[facet]) params.append(SEARCH_FILTERS[facet], value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  return params;
}

/** True when any facet has a chosen value. */
export function hasChoices(state: SearchState): boolean {
  return FACETS.some((facet) => state.chosen[facet].length > 0);
}

/**
 * Pagefind filters for the state: values within a facet combine with OR (`any`), facets with AND.
 * `except` leaves one facet's choices out, which is how that facet's own counts are asked for.
 * Every facet is always named, with an empty `any` when nothing is chosen: Pagefind only reports
 * counts when it is given filters (with none it returns no counts at all, which showed as "(0)"),
 * and an empty `any` narrows nothing.
 */
export function stateToFilters(state: SearchState, except?: Facet): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of FACETS)
    filters[SEARCH_FILTERS[facet]] = { any: facet === except ? [] : [...state.chosen[facet]] };
  return filters;
}

/** Pagefind search options for the state: its filters, and date order when asked. */
export function stateToSearchOptions(state: SearchState, except?: Facet) {
  return {
    filters: stateToFilters(state, except),
    ...(state.sort === 'newest' ? { sort: { [SEARCH_SORTS.date]: 'desc' as const } } : {}),
  };
}

/** The state with one value of a facet added or removed. */
export function toggleChoice(state: SearchState, facet: Facet, value: string): SearchState {
  const values = state.chosen[facet];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...state, chosen: { ...state.chosen, [facet]: next } };
}
