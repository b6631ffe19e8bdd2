/** The columns the papers table sorts by. */
export const SORT_KEYS = ['title', 'authors', 'year', 'theme', 'venue', 'code'] as const;

/** A column the table sorts by. */
export type SortKey = (typeof SORT_KEYS)[number];

/** The year filter's value for papers whose year is not known. */
export const UNKNOWN_YEAR = 'unknown';

/**
 * What the reader chose: sort column and direction, theme and year filters ('' for all), the text
 * filter and the page (from 1). It lives in the URL: `/papers/?sort=title&dir=asc&theme=imaging&q=ct`.
 */
export interface TableState {
  sort: SortKey;
  dir: 'asc' | 'desc';
  theme: string;
  year: string;
  q: string;
  page: number;
}

/** The direction a column sorts in when first chosen: newest first for the year, A to Z otherwise. */
export function defaultDir(sort: SortKey): 'asc' | 'desc' {
  return sort === 'year' || sort === 'code' ? 'desc' : 'asc';
}

/** The table as the server renders it: newest first, unfiltered, page 1. */
export const DEFAULT_STATE: TableState = { sort: 'year', dir: 'desc', theme: '', year: '', q: '', page: 1 };

/**
 * Reads the state from a URL's query; values it does not know (a theme that is not in `themes`, a
 * page that is not a positive number) fall back to the default, so a stale or hand-made link still works.
 */
export function stateFromParams(params: URLSearchParams, themes: readonly string[]): TableState {
  const sort = SORT_KEYS.find((key) => key === params.get('sort')) ?? DEFAULT_STATE.sort;
  const dir = params.get('dir');
  const theme = params.get('theme') ?? '';
  const year = params.get('year') ?? '';
  const page = Number(params.get('page'));
  return {
    sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : defaultDir(sort),
    theme: themes.includes(theme) ? theme : '',
    year: /^\d{4}$/.test(year) || year === UNKNOWN_YEAR ? year : '',
    q: (params.get('q') ?? '').trim(),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Writes the state as a URL query, leaving out every default so the plain `/papers/` stays plain. */
export function stateToParams(state: TableState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort);
  if (state.dir !== defaultDir(state.sort)) params.set('dir', state.dir);
  if (state.theme) params.set('theme', state.theme);
  if (state.year) params.set('year', state.year);
  if (state.q) params.set('q', state.q);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}
