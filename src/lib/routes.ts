import { paperPath, themePath } from './links.ts';
import { shrunkPages } from './paging.ts';
import { laterTablePagePaths } from './table/table-pages.ts';
import { laterThemePagePaths, themeListSizes, type ThemeMembership } from './theme-pages.ts';
import { THEME_IDS } from './themes.ts';

/** The survey's pages that do not depend on entries, as site-relative paths. */
export const STATIC_ROUTES = [
  '/',
  '/papers/',
  '/about/',
  '/changes/',
  '/changes.xml',
  '/search/',
  '/selection/',
  '/papers.bib',
  '/papers.json',
  '/papers.schema.json',
  '/feed.xml',
  '/sitemap-index.xml',
  '/robots.txt',
];

/** Each paper's citation downloads, beside its page (`/papers/<slug>/cite.bib`); served at old slugs too, as copies. */
export const PAPER_FILES = ['cite.bib', 'cite.ris'];

/** What a URL of the survey serves: a page, or a redirect to the page that replaced it. */
export type RouteKind = 'page' | 'redirect';

/** What the routes need of an entry: its slugs, and its themes and status, which decide the theme pages. */
export interface RouteEntry extends ThemeMembership {
  slug: string;
  aliases?: string[];
}

/**
 * Every URL the survey publishes for a set of entries: the static pages, theme pages (with the later
 * pages of a long theme) and their bibliographies, each paper's page and downloads, and a redirect for
 * each of its old slugs (aliases) that is no entry's slug (pages are placed first, so a page always
 * wins over an alias). Later list pages that the `ledger` holds but the lists no longer fill are
 * redirects to their list's last page.
 */
export function siteRoutes(
  entries: readonly RouteEntry[],
  themes: readonly string[] = THEME_IDS,
  ledger: readonly string[] = [],
): Map<string, RouteKind> {
  const routes = new Map<string, RouteKind>(STATIC_ROUTES.map((path) => [path, 'page']));
  const listSizes = themeListSizes(entries, themes);
  for (const theme of themes) {
    routes.set(themePath(theme), 'page');
    // Counted as the theme page lists them (published entries only): the pages the build writes.
    const later = laterThemePagePaths(theme, listSizes.get(theme)!);
    for (const path of later) routes.set(path, 'page');
    for (const { path } of shrunkPages(ledger, themePath(theme), later.length + 1)) routes.set(path, 'redirect');
    routes.set(`/themes/${theme}.bib`, 'page');
    routes.set(`/themes/${theme}.xml`, 'page');
  }
  // The table's later pages; counting withdrawn entries too, this may name a page more than the build has.
  const tablePages = laterTablePagePaths(entries.length);
  for (const path of tablePages) routes.set(path, 'page');
  for (const { path } of shrunkPages(ledger, '/papers/', tablePages.length + 1)) routes.set(path, 'redirect');
  for (const entry of entries) {
    routes.set(paperPath(entry.slug), 'page');
    for (const file of PAPER_FILES) routes.set(`${paperPath(entry.slug)}${file}`, 'page');
  }
  for (const entry of entries) {
    for (const alias of entry.aliases ?? []) {
      if (routes.has(paperPath(alias))) continue;
      routes.set(paperPath(alias), 'redirect');
      for (const file of PAPER_FILES) routes.set(`${paperPath(alias)}${file}`, 'page');
    }
  }
  return routes;
}

/** The file of a built site that serves a site-relative path (`/papers/x/` → `papers/x/index.html`). */
export function pathToBuiltFile(path: string): string {
  const relative = path.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** Ledger URLs that no longer resolve: each published URL must stay a page or a redirect forever. */
export function brokenLedgerUrls(ledger: readonly string[], resolves: (path: string) => boolean): string[] {
  return ledger.filter((path) => !resolves(path));
}

/** The later pages of the table and of each theme's list that `entries` fill: what a new entry may publish. */
export function laterListPages(entries: readonly RouteEntry[], themes: readonly string[] = THEME_IDS): string[] {
  const sizes = themeListSizes(entries, themes);
  return [
    ...laterTablePagePaths(entries.length),
    ...themes.flatMap((theme) => laterThemePagePaths(theme, sizes.get(theme)!)),
  ];
}
