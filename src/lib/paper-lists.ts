import type { Entry } from './schema.ts';
import { listedUnderTheme, themePaging, type ThemePaging } from './theme-pages.ts';
import { getTheme, THEME_IDS, type Theme } from './themes.ts';
import { paperDateKey, paperYear, UNKNOWN_YEAR_LABEL } from './dates.ts';

/** What the site needs of an entry: the collection entry's id (the slug), data and file path. */
export interface PaperSource {
  id: string;
  data: Entry;
  filePath?: string;
}

/** Papers of one year, or of unknown year (`year: null`), in list order. */
export interface YearGroup<T> {
  year: number | null;
  label: string;
  items: T[];
}

/** A paper as listed on a theme page: secondary when the theme is not its primary one. */
export interface ThemeItem<P> {
  paper: P;
  secondary: boolean;
}

/** One theme with its papers, newest first, primary and secondary interleaved. */
export interface ThemeListing<P> {
  theme: Theme;
  /** Position in `content/themes.json`; picks the theme's colour. */
  index: number;
  items: ThemeItem<P>[];
  groups: YearGroup<ThemeItem<P>>[];
  primaryCount: number;
  secondaryCount: number;
  /** How the list splits into pages (`/themes/<theme>/page/<n>/`), and where each year starts. */
  paging: ThemePaging;
}

/** Everything the pages show, computed once per build from the whole collection. */
export interface SiteData<P extends PaperSource> {
  /** Every entry, withdrawn ones included: each keeps its page. */
  all: P[];
  /** Published entries, newest first: what lists, counts and the chart show. */
  published: P[];
  /** Published entries grouped by year, for `/papers/`. */
  years: YearGroup<P>[];
  themes: ThemeListing<P>[];
  /** The most recently added entries, for the overview. */
  newest: P[];
  /** Previous (newer) and next (older) paper in each published paper's primary theme. */
  neighbours: ReadonlyMap<string, { previous?: P; next?: P }>;
}

/** Orders entries newest first; year-less dates go last, ties by title. */
export function compareNewestFirst(a: PaperSource, b: PaperSource): number {
  const byDate = paperDateKey(b.data.date).localeCompare(paperDateKey(a.data.date));
  return byDate !== 0 ? byDate : a.data.title.localeCompare(b.data.title, 'en');
}

/** Groups items already sorted newest first into runs of the same year. */
export function groupByYear<T>(items: T[], entryOf: (item: T) => Entry): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const item of items) {
    const year = paperYear(entryOf(item).date);
    const group = groups.at(-1);
    if (group && group.year === year) group.items.push(item);
    else groups.push({ year, label: year === null ? UNKNOWN_YEAR_LABEL : String(year), items: [item] });
  }
  return groups;
}

/** Builds the site's data from every entry in one pass per view: O(n log n), no pairwise work. */
export function buildSiteData<P extends PaperSource>(entries: P[], newestCount = 6): SiteData<P> {
  const all = [...entries].sort(compareNewestFirst);
  const published = all.filter((paper) => paper.data.status !== 'withdrawn');
  const themes = THEME_IDS.map((id, index) => themeListing(published, id, index));
  const newest = [...published]
    .sort((a, b) => b.data.added.localeCompare(a.data.added) || compareNewestFirst(a, b))
    .slice(0, newestCount);
  return {
    all,
    published,
    years: groupByYear(published, (paper) => paper.data),
    themes,
    newest,
    neighbours: neighbours(themes),
  };
}

function themeListing<P extends PaperSource>(published: P[], id: string, index: number): ThemeListing<P> {
  const items: ThemeItem<P>[] = [];
  for (const paper of published) {
    if (listedUnderTheme(paper.data, id)) items.push({ paper, secondary: paper.data.theme !== id });
  }
  const primaryCount = items.filter((item) => !item.secondary).length;
  const groups = groupByYear(items, (item) => item.paper.data);
  const paging = themePaging(items.map((item) => ({ year: paperYear(item.paper.data.date), slug: item.paper.id })));
  return {
    theme: getTheme(id),
    index,
    items,
    groups,
    primaryCount,
    secondaryCount: items.length - primaryCount,
    paging,
  };
}

// Neighbours follow the primary theme only, so "next" then "previous" always leads back.
function neighbours<P extends PaperSource>(themes: ThemeListing<P>[]): Map<string, { previous?: P; next?: P }> {
  const map = new Map<string, { previous?: P; next?: P }>();
  for (const listing of themes) {
    const primary = listing.items.filter((item) => !item.secondary).map((item) => item.paper);
    primary.forEach((paper, i) => map.set(paper.id, { previous: primary[i - 1], next: primary[i + 1] }));
  }
  return map;
}
