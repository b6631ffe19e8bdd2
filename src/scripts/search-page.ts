import { loadPagefind, type PagefindResult } from './pagefind-loader.ts';
import { facetedSearch, type FacetCounts } from './search-facets.ts';
import { buildFilters, chosenInFilters, facetValues, updateFilters } from './search-filters-ui.ts';
import { resultItem, wayOnList } from './search-results-ui.ts';
import { parseTermList } from './search-spelling.ts';
import { FACETS, hasChoices, stateFromParams, stateToParams, type Facet, type SearchState } from './search-state.ts';
import { SEARCH_FILTERS } from '../lib/search-fields.ts';

// The /search/ page: results first, then facets (theme, year, venue, code) with truthful counts,
// relevance or date order, and ways on when nothing is found. The state lives in the URL, so a
// search can be shared and Back works.
const PAGE_SIZE = 20;
const WIDE = window.matchMedia('(min-width: 60rem)');
const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const base = root.dataset.base ?? '/';
const themeNames: Record<string, string> = JSON.parse(root.dataset.themes ?? '{}');
const input = root.querySelector<HTMLInputElement>('#search-query')!;
const sortSelect = root.querySelector<HTMLSelectElement>('#search-sort')!;
const panel = root.querySelector<HTMLDetailsElement>('[data-filters-panel]')!;
const chosenCount = panel.querySelector<HTMLElement>('[data-chosen-count]')!;
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const wayOn = root.querySelector<HTMLElement>('[data-way-on]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const jump = root.querySelector<HTMLButtonElement>('[data-filters-jump]')!;
let timer: ReturnType<typeof setTimeout> | undefined;
let ticket = 0;
let pending: Array<{ data(): Promise<PagefindResult> }> = [];
let terms: Promise<string[]> | undefined;

const label = (facet: Facet, value: string) =>
  facet === 'theme' ? (themeNames[value] ?? value) : facet === 'code' ? 'Links to code' : value;
const urlOf = (state: SearchState) =>
  `${location.pathname}${stateToParams(state).size > 0 ? `?${stateToParams(state)}` : ''}`;

root.hidden = false;
// Filters sit open at the side on wide screens and fold away under the results on phones.
const fitPanel = () => (panel.open = WIDE.matches);
fitPanel();
WIDE.addEventListener('change', fitPanel);
root.querySelector('form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  void update('push');
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void update('replace'), 150);
});
sortSelect.addEventListener('change', () => void update('push'));
filterBox.addEventListener('change', () => void update('push'));
more.addEventListener('click', () => void showMore());
jump.addEventListener('click', () => {
  panel.open = true;
  panel.querySelector('summary')!.focus();
});
wayOn.addEventListener('click', (event) => {
  const link = (event.target as Element).closest('a');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  void render(stateFromParams(new URL(link.href).searchParams)).then(() => input.focus());
});
window.addEventListener('popstate', () => void render(stateFromParams(new URLSearchParams(location.search))));
void render(stateFromParams(new URLSearchParams(location.search)));

function currentState(): SearchState {
  return {
    q: input.value.trim(),
    chosen: chosenInFilters(filterBox),
    sort: sortSelect.value === 'newest' ? 'newest' : 'relevance',
  };
}

async function update(mode: 'push' | 'replace'): Promise<void> {
  const state = currentState();
  const url = urlOf(state);
  if (url !== `${location.pathname}${location.search}`)
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  await render(state);
}

async function render(state: SearchState): Promise<void> {
  const mine = ++ticket;
  // Busy until this search's results and status are shown together (assistive tech waits; so can tests).
  list.setAttribute('aria-busy', 'true');
  // Only a different query replaces the box's text: rewriting it as typed would eat a trailing space.
  if (input.value.trim() !== state.q) input.value = state.q;
  sortSelect.value = state.sort;
  const pagefind = await loadPagefind(base);
  const all = await pagefind.filters();
  const active = state.q !== '' || hasChoices(state);
  const found = active ? await facetedSearch(pagefind, state) : undefined;
  if (mine !== ticket) return;
  const everything = Object.fromEntries(
    FACETS.map((facet) => [facet, all[SEARCH_FILTERS[facet]] ?? {}]),
  ) as FacetCounts;
  if (!filterBox.firstElementChild) buildFilters(filterBox, facetValues(everything, Object.keys(themeNames)), label);
  updateFilters(filterBox, state, found?.counts ?? everything);
  const chosen = Object.values(state.chosen).flat().length;
  chosenCount.textContent = chosen > 0 ? `(${chosen} chosen)` : '';
  jump.textContent = `Filters${chosen > 0 ? ` (${chosen} chosen)` : ''}`;
  pending = found?.search.results ?? [];
  const n = pending.length;
  const message = found
    ? `${n} ${n === 1 ? 'paper' : 'papers'}${state.q ? ` for “${state.q}”` : ''}${chosen > 0 ? ' with the chosen filters' : ''}.`
    : 'Type a query, or choose a filter.';
  await showMore(message);
  if (found && n === 0) await showWaysOn(state, mine);
}

/** Offers ways on from zero results; the way-on module and the term list load only now. */
async function showWaysOn(state: SearchState, mine: number): Promise<void> {
  const [{ waysOn }, pagefind] = await Promise.all([import('./search-way-on.ts'), loadPagefind(base)]);
  terms ??= fetch(`${base}search/terms.txt`)
    .then((response) => (response.ok ? response.text() : ''))
    .then(parseTermList);
  const ways = await waysOn(pagefind, state, label, () => terms!);
  if (mine !== ticket) return;
  wayOn.replaceChildren(...wayOnList(ways, (way) => urlOf(way.state)));
  wayOn.hidden = false;
  if (ways.length > 0) status.textContent += ' Ways on are listed below.';
}

/**
 * Shows the next page of results. A new search (with its status `message`) replaces the list and
 * the announcement in one step, so the list never flickers empty and the count matches what is shown.
 */
async function showMore(message?: string): Promise<void> {
  const mine = ticket;
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const results = await Promise.all(batch.map((result) => result.data()));
  if (mine !== ticket) return;
  const items = results.map((result) => resultItem(result, themeNames));
  if (message === undefined) {
    list.append(...items);
    items[0]?.querySelector('a')?.focus(); // the button may vanish with the last page: focus goes to what it showed
  } else {
    list.replaceChildren(...items);
    list.removeAttribute('aria-busy');
    status.textContent = message;
    wayOn.hidden = true;
  }
  more.hidden = pending.length === 0;
}
