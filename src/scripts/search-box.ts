import { excerptToNodes, loadPagefind } from './pagefind-loader.ts';

// The header's search box. Without JS it is a plain form that submits to /search/?q=…; with JS,
// Pagefind is loaded on focus or "/" and the first results appear as the reader types.
const DEBOUNCE_MS = 150;
const SHOWN = 5;

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box]')) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-results]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const base = form.dataset.base ?? '/';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const warm = () => void loadPagefind(base);
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void show(input.value.trim()), DEBOUNCE_MS);
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || target.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    input.focus();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node)) close();
  });

  async function show(query: string): Promise<void> {
    const ticket = ++latest;
    if (query === '') return close();
    const pagefind = await loadPagefind(base);
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
    if (ticket !== latest) return; // a newer query has started; drop this one
    const list = document.createElement('ul');
    for (const result of results) {
      const item = list.appendChild(document.createElement('li'));
      const link = item.appendChild(document.createElement('a'));
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = item.appendChild(document.createElement('span'));
      excerpt.append(...excerptToNodes(result.excerpt));
    }
    const all = document.createElement('a');
    all.href = `${form.action}?q=${encodeURIComponent(query)}`;
    all.textContent = search.results.length === 0 ? `No papers match “${query}”` : `All ${search.results.length} results`;
    panel.replaceChildren(list, all);
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'}`;
    panel.hidden = false;
  }

  function close(): void {
    panel.hidden = true;
  }
}
