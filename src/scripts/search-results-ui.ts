import { excerptToNodes, type PagefindResult } from './pagefind-loader.ts';
import { SEARCH_FILTERS, SEARCH_META } from '../lib/search-fields.ts';
import type { WayOn } from './search-way-on.ts';

/**
 * One result card: the title as a link, date, authors, themes and venue, the excerpt with its
 * matches marked (as text, never parsed as HTML), and a toggle that ticks the paper into the reader's
 * selection (the selection script handles its clicks by delegation and keeps `aria-pressed` true).
 */
export function resultItem(result: PagefindResult, themeNames: Record<string, string>): HTMLLIElement {
  const item = document.createElement('li');
  const title = result.meta[SEARCH_META.title] ?? result.url;
  const heading = item.appendChild(document.createElement('h2'));
  const link = heading.appendChild(document.createElement('a'));
  link.href = result.url;
  link.textContent = title;
  const meta = item.appendChild(document.createElement('p'));
  meta.className = 'result-meta';
  const date = meta.appendChild(document.createElement('time'));
  const iso = result.meta[SEARCH_META.date];
  if (iso) date.dateTime = iso;
  date.textContent = iso ? formatDate(iso) : 'Year unknown';
  const authors = result.meta[SEARCH_META.authors];
  if (authors) meta.appendChild(document.createElement('span')).textContent = authors;
  for (const theme of result.filters[SEARCH_FILTERS.theme] ?? []) {
    const badge = meta.appendChild(document.createElement('span'));
    // The theme's colour, as its badges have elsewhere: by its position in the themes file (toneClass, lib/themes.ts).
    badge.className = `badge tone-${Math.max(0, Object.keys(themeNames).indexOf(theme)) % 6}`;
    badge.textContent = themeNames[theme] ?? theme;
  }
  for (const venue of result.filters[SEARCH_FILTERS.venue] ?? []) {
    meta.appendChild(document.createElement('span')).textContent = venue;
  }
  const excerpt = item.appendChild(document.createElement('p'));
  excerpt.append(...excerptToNodes(result.excerpt));
  const slug = result.meta[SEARCH_META.slug];
  if (slug) item.append(selectToggle(slug, title));
  return item;
}

function selectToggle(slug: string, title: string): HTMLButtonElement {
  const button = document.createElement('button');
  Object.assign(button, { type: 'button', className: 'select-toggle' });
  button.dataset.selectPaper = slug;
  button.dataset.selectTitle = title;
  button.setAttribute('aria-pressed', 'false');
  button.append('Select');
  button.appendChild(document.createElement('span')).className = 'sr-only';
  button.lastElementChild!.textContent = ` “${title}”`;
  return button;
}

/** The ways on from zero results, as a list of links to the changed searches, each with its count. */
export function wayOnList(ways: WayOn[], href: (way: WayOn) => string): HTMLElement[] {
  if (ways.length === 0)
    return [paragraph('Nothing close finds papers either. Try fewer or other words, or browse the lists.')];
  const list = document.createElement('ul');
  for (const way of ways) {
    const item = list.appendChild(document.createElement('li'));
    const link = item.appendChild(document.createElement('a'));
    link.href = href(way);
    link.textContent = way.link;
    item.append(`${way.detail ? ` ${way.detail}` : ''}: ${way.count} ${way.count === 1 ? 'paper' : 'papers'}`);
  }
  return [paragraph('Try one of these instead:'), list];
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/** `2025-03-28` → `Mar 28, 2025`, as the listing writes dates. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
