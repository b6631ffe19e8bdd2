/** What a search page shows: the query, the chosen filters, and the order. Lives in the URL. */
export interface SearchState {
  q: string;
  themes: string[];
  years: string[];
  sort: 'relevance' | 'newest';
}

/** Reads the state from a URL's query (`?q=…&theme=imaging&year=2024&sort=newest`). */
export function stateFromParams(params: URLSearchParams): SearchState {
  return {
    q: (params.get('q') ?? '').trim(),
    themes: params.getAll('theme'),
    years: params.getAll('year'),
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** Writes the state as a URL query, leaving out defaults, so a search can be shared as a link. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const theme of state.themes) params.append('theme', theme);
  for (const year of state.years) params.append('year', year);
  if (state.sort === 'newest') params.set('sort', 'newest');
  return params;
}

/** Pagefind search options for the state: filters as "any of", and date order when asked. */
export function stateToSearchOptions(state: SearchState) {
  const filters: Record<string, { any: string[] }> = {};
  if (state.themes.length > 0) filters.theme = { any: state.themes };
  if (state.years.length > 0) filters.year = { any: state.years };
  return { filters, ...(state.sort === 'newest' ? { sort: { date: 'desc' as const } } : {}) };
}
