import { excerptToNodes, loadPagefind, type PagefindResult } from './pagefind-loader.ts';
import { stateFromParams, stateToParams, stateToSearchOptions, type SearchState } from './search-state.ts';

// The /search/ page: results with excerpts, theme and year filters with counts, relevance or date
// order. The query and filters live in the URL, so a search can be shared and Back works.
const PAGE_SIZE = 20;
const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const base = root.dataset.base ?? '/';
const themeNames: Record<string, string> = JSON.parse(root.dataset.themes ?? '{}');
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
let timer: ReturnType<typeof setTimeout> | undefined;
let ticket = 0;
let pending: Array<{ data(): Promise<PagefindResult> }> = [];

root.hidden = false;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void update('push');
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void update('replace'), 200);
});
sortSelect.addEventListener('change', () => void update('push'));
filterBox.addEventListener('change', () => void update('push'));
more.addEventListener('click', () => void showMore());
window.addEventListener('popstate', () => void render(stateFromParams(new URLSearchParams(location.search))));
void render(stateFromParams(new URLSearchParams(location.search)));

function currentState(): SearchState {
  const checked = (name: string) => [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);
  return { q: input.value.trim(), themes: checked('theme'), years: checked('year'), sort: sortSelect.value === 'newest' ? 'newest' : 'relevance' };
}

async function update(mode: 'push' | 'replace'): Promise<void> {
  const state = currentState();
  const query = stateToParams(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  await render(state);
}

async function render(state: SearchState): Promise<void> {
  const mine = ++ticket;
  input.value = state.q;
  sortSelect.value = state.sort;
  const pagefind = await loadPagefind(base);
  const hasFilters = state.themes.length + state.years.length > 0;
  const search = state.q || hasFilters ? await pagefind.search(state.q || null, stateToSearchOptions(state)) : undefined;
  const all = await pagefind.filters();
  if (mine !== ticket) return;
  renderFilters(search?.filters ?? all, state, all);
  pending = search?.results ?? [];
  const n = search?.results.length ?? 0;
  const message = search
    ? `${n} ${n === 1 ? 'paper' : 'papers'}${state.q ? ` for “${state.q}”` : ''}${hasFilters ? ' with the chosen filters' : ''}.`
    : 'Type a query, or choose a theme or a year.';
  await showMore(message);
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
  const items = results.map(resultItem);
  if (message === undefined) list.append(...items);
  else {
    list.replaceChildren(...items);
    status.textContent = message;
  }
  more.hidden = pending.length === 0;
}

function resultItem(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  const heading = item.appendChild(document.createElement('h2'));
  const link = heading.appendChild(document.createElement('a'));
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const meta = item.appendChild(document.createElement('p'));
  meta.className = 'result-meta';
  const date = meta.appendChild(document.createElement('time'));
  if (result.meta.date) date.dateTime = result.meta.date;
  date.textContent = result.meta.date ? formatDate(result.meta.date) : 'Year unknown';
  for (const theme of result.filters.theme ?? []) {
    const badge = meta.appendChild(document.createElement('span'));
    badge.className = 'badge';
    badge.textContent = themeNames[theme] ?? theme;
  }
  const excerpt = item.appendChild(document.createElement('p'));
  excerpt.append(...excerptToNodes(result.excerpt));
  return item;
}

/** Builds the filter checkboxes once (every theme and year), then only updates counts and checks, so focus stays put. */
function renderFilters(counts: Record<string, Record<string, number>>, state: SearchState, all: Record<string, Record<string, number>>): void {
  if (!filterBox.firstElementChild) {
    const groups: Array<[string, string, string[]]> = [
      ['theme', 'Theme', Object.keys(themeNames)],
      ['year', 'Year', Object.keys(all.year ?? {}).sort().reverse()],
    ];
    filterBox.append(...groups.map(([name, legend, values]) => {
      const fieldset = document.createElement('fieldset');
      fieldset.appendChild(document.createElement('legend')).textContent = legend;
      for (const value of values) {
        const label = fieldset.appendChild(document.createElement('label'));
        const box = label.appendChild(document.createElement('input'));
        Object.assign(box, { type: 'checkbox', name, value });
        label.append(` ${name === 'theme' ? (themeNames[value] ?? value) : value} `);
        label.appendChild(document.createElement('span')).dataset.count = '';
      }
      return fieldset;
    }));
  }
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = (box.name === 'theme' ? state.themes : state.years).includes(box.value);
    box.parentElement!.querySelector<HTMLElement>('[data-count]')!.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
  }
}

/** `2025-03-28` → `Mar 28, 2025`, as the listing writes dates. */
function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}
