import { themePath } from './links.ts';
import { laterPagePaths, listPagePath, pageCount, yearStarts, type YearedItem, type YearStart } from './paging.ts';

/**
 * Papers per page of a theme's list. A listed paper (title, date, authors, a TL;DR or a sentence of
 * its abstract) is 0.3–0.5 KB of gzip HTML, so a page of 200 stays near a third of the 100 KB budget
 * however large the survey grows; at the survey's seed size no theme needs a second page.
 */
export const THEME_PAGE_SIZE = 200;

/** The site path of a page of a theme's list: `/themes/<theme>/` for the first, `/themes/<theme>/page/<n>/` after. */
export function themePagePath(theme: string, page: number): string {
  return listPagePath(themePath(theme), page);
}

/** The paths of a theme's pages after the first, for a list of `count` papers. */
export function laterThemePagePaths(theme: string, count: number, size = THEME_PAGE_SIZE): string[] {
  return laterPagePaths(themePath(theme), count, size);
}

/** What deciding a theme's list needs of an entry; each field may be missing in a file being checked. */
export interface ThemeMembership {
  theme?: unknown;
  secondaryThemes?: unknown;
  status?: unknown;
}

/**
 * Whether a theme's page lists the entry: a published entry whose primary or secondary theme it is.
 * The site's listings and the URL ledger's routes both ask this, so they agree on the page count.
 */
export function listedUnderTheme(entry: ThemeMembership, theme: string): boolean {
  if (entry.status === 'withdrawn') return false;
  return entry.theme === theme || (Array.isArray(entry.secondaryThemes) && entry.secondaryThemes.includes(theme));
}

/** How many papers each theme's list has, for every theme in `themes` (zero when none). */
export function themeListSizes(entries: readonly ThemeMembership[], themes: readonly string[]): Map<string, number> {
  const sizes = new Map(themes.map((theme) => [theme, 0]));
  for (const entry of entries) {
    for (const theme of themes) if (listedUnderTheme(entry, theme)) sizes.set(theme, sizes.get(theme)! + 1);
  }
  return sizes;
}

/** A theme's list as pages: how many there are, and where each year starts. */
export interface ThemePaging {
  pageCount: number;
  years: YearStart[];
}

/** Pages a theme's list (items newest first, as the theme page shows them). */
export function themePaging(items: readonly YearedItem[], size = THEME_PAGE_SIZE): ThemePaging {
  return { pageCount: pageCount(items.length, size), years: yearStarts(items, size) };
}

/**
 * Whether the year of a page's first heading began on an earlier page, so the heading can say the
 * year is continued rather than seem to start there.
 */
export function yearContinues(years: readonly YearStart[], year: number | null, page: number): boolean {
  const start = years.find((candidate) => candidate.year === year);
  return start !== undefined && start.page < page;
}
