import {
  DEFAULT_STATE,
  defaultDir,
  indexToRows,
  pageRows,
  filterRows,
  sortRows,
  SORT_KEYS,
  stateFromParams,
  stateToParams,
  tablePageCount,
  TABLE_PAGE_SIZE,
  type TableIndex,
  type TableRow,
  type TableState,
  yearAnchor,
} from '../lib/table/index.ts';

// Sorting and filtering over every paper, loaded on first use. The rows come from /papers/table.json
// (one file per build); the state lives in the URL, so a view can be shared and Back works.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let root: HTMLElement;
let rows: TableRow[] = [];
let themes: Array<[string, string]> = [];
let state: TableState = DEFAULT_STATE;
// All rows in the current column's order, sorted once per column: each keystroke only filters them.
let sorted: { key: string; rows: TableRow[] } | undefined;
const themeName = (id: string) => themes.find(([key]) => key === id)?.[1] ?? id;

/** Fetches every row and takes over the table's body, status and pager. */
export async function startTable(element: HTMLElement): Promise<void> {
  root = element;
  const index: TableIndex = await (await fetch(root.dataset.index!)).json();
  themes = index.themes;
  rows = indexToRows(index);
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('[data-table-pager] a');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    go({ ...state, page: pageOfUrl(new URL(link.href)) }, 'push');
    root.querySelector('table')!.scrollIntoView({ block: 'start' });
  });
}

/** Sorts by a column; choosing the current column again reverses the order. */
export function sortBy(key: string): void {
  const sort = SORT_KEYS.find((candidate) => candidate === key) ?? state.sort;
  const dir = sort === state.sort ? (state.dir === 'asc' ? 'desc' : 'asc') : defaultDir(sort);
  go({ ...state, sort, dir, page: 1 }, 'push');
}

/** Applies the filter controls; typing replaces the history entry, choosing a theme or year adds one. */
export function fromControls(): void {
  const form = controls();
  const next = { ...state, q: form.q.value.trim(), theme: form.theme.value, year: form.year.value, page: 1 };
  go(next, next.q !== state.q && next.theme === state.theme && next.year === state.year ? 'replace' : 'push');
}

/** Shows the state the URL holds (on load with a shared URL, and on Back and Forward). */
export function fromUrl(): void {
  const params = new URLSearchParams(location.search);
  params.set('page', String(pageOfUrl(location)));
  state = stateFromParams(
    params,
    themes.map(([id]) => id),
  );
  const form = controls();
  form.q.value = state.q;
  form.theme.value = state.theme;
  form.year.value = state.year;
  render();
}

/** The page a table URL shows: `?page=3` (the browser's views) or `/papers/page/3/` (the server's pages). */
function pageOfUrl(url: URL | Location): number {
  return Number(new URLSearchParams(url.search).get('page') ?? /\/papers\/page\/(\d+)\/$/.exec(url.pathname)?.[1] ?? 1);
}

function tableUrl(of: TableState): string {
  const query = stateToParams(of).toString();
  return `${BASE}papers/${query ? `?${query}` : ''}`;
}

function go(next: TableState, mode: 'push' | 'replace'): void {
  state = next;
  const url = tableUrl(state);
  if (url !== location.pathname + location.search)
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  render();
}

function render(): void {
  const key = `${state.sort} ${state.dir}`;
  if (sorted?.key !== key) sorted = { key, rows: sortRows(rows, state.sort, state.dir, themeName) };
  const found = filterRows(sorted.rows, state);
  const filtered = state.q || state.theme || state.year;
  const pageCount = tablePageCount(found.length);
  const page = Math.min(state.page, pageCount);
  const shown = pageRows(found, page).map(rowElement);
  // In the default order the first row of each year is the target of the year links, as on the server.
  const byYear = !filtered && state.sort === 'year' && state.dir === 'desc';
  const offset = (page - 1) * TABLE_PAGE_SIZE;
  shown.forEach((tr, i) => {
    const row = found[offset + i]!;
    if (byYear && found[offset + i - 1]?.year !== row.year) tr.id = yearAnchor(row.year);
  });
  root.querySelector('[data-table-body]')!.replaceChildren(...shown);
  for (const th of root.querySelectorAll<HTMLElement>('th[data-sort]')) {
    if (th.dataset.sort === state.sort) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
  root.querySelector<HTMLElement>('[data-table-years]')!.hidden = !byYear;
  const first = offset + 1;
  const range = pageCount > 1 ? `${first}–${Math.min(first + TABLE_PAGE_SIZE - 1, found.length)} of ` : '';
  const order = `sorted by ${state.sort}, ${state.dir === 'asc' ? 'ascending' : 'descending'}`;
  root.querySelector('[data-table-status]')!.textContent =
    found.length === 0
      ? `No papers match${state.q ? ` “${state.q}”` : ''} with these filters.`
      : `${range}${found.length} ${found.length === 1 ? 'paper' : 'papers'}${filtered ? ` of ${rows.length}` : ''}, ${order}.`;
  renderPager(page, pageCount);
}

function rowElement(row: TableRow): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const cell = (tag: 'td' | 'th', className: string) =>
    tr.appendChild(Object.assign(document.createElement(tag), { className }));
  const link = (parent: HTMLElement, href: string, text: string) =>
    parent.appendChild(Object.assign(document.createElement('a'), { href, textContent: text }));
  const toggle = cell('td', 'select-col').appendChild(document.createElement('button'));
  Object.assign(toggle, { type: 'button', className: 'select-toggle select-compact' });
  Object.assign(toggle.dataset, { selectPaper: row.slug, selectTitle: row.title });
  toggle.setAttribute('aria-pressed', 'false');
  toggle.append(
    Object.assign(document.createElement('span'), { className: 'sr-only', textContent: 'Select' }),
    Object.assign(document.createElement('span'), { className: 'sr-only', textContent: ` ${row.title}` }),
  );
  const title = cell('th', 'col-title');
  title.scope = 'row';
  link(title, `${BASE}papers/${row.slug}/`, row.title);
  cell('td', 'col-authors').textContent = row.authors;
  cell('td', 'col-year').textContent = row.year === null ? '?' : String(row.year);
  const position = themes.findIndex(([id]) => id === row.theme);
  link(cell('td', 'col-theme'), `${BASE}themes/${row.theme}/`, themeName(row.theme)).className =
    `dot tone-${position % 6}`;
  cell('td', 'col-venue').textContent = row.venue;
  const code = cell('td', 'col-code');
  if (row.code) link(code, row.code, 'Code');
  return tr;
}

function renderPager(page: number, pageCount: number): void {
  let nav = root.querySelector<HTMLElement>('[data-table-pager]');
  if (!nav) {
    nav = Object.assign(document.createElement('nav'), { className: 'table-pager' });
    nav.dataset.tablePager = '';
    nav.setAttribute('aria-label', 'Pages of the table');
    root.append(nav);
  }
  nav.hidden = pageCount < 2;
  const list = document.createElement('ul');
  const item = (n: number, text: string, rel?: string) => {
    const a = list.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
    a.href = tableUrl({ ...state, page: n });
    a.textContent = text;
    if (rel) a.rel = rel;
    if (n === page && !rel) a.setAttribute('aria-current', 'page');
  };
  if (page > 1) item(page - 1, 'Previous', 'prev');
  for (let n = 1; n <= pageCount; n += 1) item(n, String(n));
  if (page < pageCount) item(page + 1, 'Next', 'next');
  nav.replaceChildren(list);
}

function controls(): { q: HTMLInputElement; theme: HTMLSelectElement; year: HTMLSelectElement } {
  const form = root.querySelector<HTMLFormElement>('[data-table-controls]')!;
  return {
    q: form.elements.namedItem('q') as HTMLInputElement,
    theme: form.elements.namedItem('theme') as HTMLSelectElement,
    year: form.elements.namedItem('year') as HTMLSelectElement,
  };
}
