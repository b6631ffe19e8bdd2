import { excerptToNodes, loadPagefind } from './pagefind-loader.ts';
import { SEARCH_META } from '../lib/search-fields.ts';

const DEBOUNCE_MS = 120;
const SHOWN = 6;

/**
 * The header box's typeahead, an ARIA combobox: results appear in a listbox as the reader types;
 * ArrowDown enters the list and Up/Down move through it (focus stays in the box, the active option is
 * named by `aria-activedescendant`), Enter opens the active paper, Escape closes the list (a second
 * Escape clears the box, as in any search field), and a click opens a paper too. Loaded on the box's first focus.
 */
export function startTypeahead(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-results]')!;
  const listbox = panel.querySelector<HTMLElement>('[role="listbox"]')!;
  const all = panel.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const base = form.dataset.base ?? '/';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let active = -1;

  void loadPagefind(base);
  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const open = (yes: boolean) => {
    panel.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) activate(-1);
  };
  const activate = (index: number) => {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = options()[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const go = (option: HTMLElement | undefined) => option && location.assign(option.dataset.href!);

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void show(input.value.trim()), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (panel.hidden) return void (count > 0 && input.value.trim() !== '' && (open(true), activate(0)));
      const step = event.key === 'ArrowDown' ? 1 : -1;
      activate(active + step < -1 ? count - 1 : active + step >= count ? -1 : active + step);
    } else if (event.key === 'Enter' && !panel.hidden && active >= 0) {
      event.preventDefault();
      go(options()[active]);
    } else if (event.key === 'Escape') {
      if (panel.hidden) input.value = '';
      else open(false);
    }
  });
  // A click on an option must not first blur the box (which closes the list): keep focus in the box.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) =>
    go((event.target as Element).closest<HTMLElement>('[role="option"]') ?? undefined),
  );
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node)) open(false);
  });
  if (input.value.trim() !== '') void show(input.value.trim());

  async function show(query: string): Promise<void> {
    const ticket = ++latest;
    if (query === '') return open(false);
    const pagefind = await loadPagefind(base);
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
    if (ticket !== latest) return; // a newer query has started; drop this one
    listbox.replaceChildren(
      ...results.map((result, i) => {
        const option = document.createElement('li');
        option.id = `site-search-option-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.href = result.url;
        option.appendChild(document.createElement('strong')).textContent = result.meta[SEARCH_META.title] ?? result.url;
        option.appendChild(document.createElement('span')).append(...excerptToNodes(result.excerpt));
        return option;
      }),
    );
    const n = search.results.length;
    all.href = `${form.action}?q=${encodeURIComponent(query)}`;
    all.textContent = n === 0 ? `No papers match “${query}”: search options` : `All ${n} results for “${query}”`;
    status.textContent = `${n} result${n === 1 ? '' : 's'}${n > 0 ? ', use the arrow keys to choose' : ''}`;
    // One childList change on the panel per rendered query: what `npm run bench` (search-timing.ts) waits for.
    panel.replaceChildren(listbox, all);
    open(true);
    activate(-1);
  }
}
