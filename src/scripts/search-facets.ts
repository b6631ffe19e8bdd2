import type { Pagefind, PagefindSearch } from './pagefind-loader.ts';
import { SEARCH_FILTERS } from '../lib/search-fields.ts';
import { FACETS, stateToSearchOptions, type Facet, type SearchState } from './search-state.ts';

/** For each facet, how many results each of its values would give. */
export type FacetCounts = Record<Facet, Record<string, number>>;

/** A search with the counts its facets show. */
export interface FacetedSearch {
  search: PagefindSearch;
  counts: FacetCounts;
}

/**
 * Runs a search and counts its facets truthfully. A value's count is the number of results that
 * choosing it would give under the query and the *other* facets' choices: within a facet values
 * combine with OR, so a facet's own choices must not narrow its counts. Pagefind reports, for each
 * value, how many of a search's results have it; so a facet without choices reads its counts off the
 * main search, and each facet with choices gets one more search that leaves those choices out.
 */
export async function facetedSearch(pagefind: Pagefind, state: SearchState): Promise<FacetedSearch> {
  const query = state.q || null;
  const chosenFacets = FACETS.filter((facet) => state.chosen[facet].length > 0);
  const [search, ...without] = await Promise.all([
    pagefind.search(query, stateToSearchOptions(state)),
    ...chosenFacets.map((facet) => pagefind.search(query, { filters: stateToSearchOptions(state, facet).filters })),
  ]);
  const counts = {} as FacetCounts;
  for (const facet of FACETS) {
    const source = chosenFacets.includes(facet) ? without[chosenFacets.indexOf(facet)]! : search!;
    counts[facet] = { ...source.filters[SEARCH_FILTERS[facet]] };
  }
  return { search: search!, counts };
}

/** How many results a state gives, for the suggestions that offer a way on from zero. */
export async function countResults(pagefind: Pagefind, state: SearchState): Promise<number> {
  if (!state.q && FACETS.every((facet) => state.chosen[facet].length === 0)) return 0;
  return (await pagefind.search(state.q || null, stateToSearchOptions(state))).results.length;
}
