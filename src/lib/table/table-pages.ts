import type { TableRow } from './table-row.ts';

/**
 * Rows per page of the papers table, on the server and in the browser: about 20 KB of gzip HTML,
 * so a survey of 10,000 papers is 100 light pages instead of one page of 650 KB.
 */
export const TABLE_PAGE_SIZE = 100;

/** The site path of a page of the table: `/papers/` for the first, `/papers/page/<n>/` after it. */
export function tablePagePath(page: number): string {
  return page <= 1 ? '/papers/' : `/papers/page/${page}/`;
}

/** How many pages `count` rows fill (at least one, so an empty survey still has its table page). */
export function tablePageCount(count: number, size = TABLE_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The paths of the table's pages after the first, for `count` papers: `/papers/page/2/` … */
export function laterTablePagePaths(count: number, size = TABLE_PAGE_SIZE): string[] {
  return Array.from({ length: tablePageCount(count, size) - 1 }, (_, i) => tablePagePath(i + 2));
}

/** The rows of one page (from 1). */
export function pageRows<T>(rows: readonly T[], page: number, size = TABLE_PAGE_SIZE): T[] {
  return rows.slice((page - 1) * size, page * size);
}

/** Where a year starts in the table's default order: its page, and the slug of its first row. */
export interface YearStart {
  year: number | null;
  page: number;
  slug: string;
  count: number;
}

/** The first row of each year in rows already in the default (newest first) order, with its page. */
export function yearStarts(rows: readonly TableRow[], size = TABLE_PAGE_SIZE): YearStart[] {
  const starts: YearStart[] = [];
  rows.forEach((row, i) => {
    const last = starts.at(-1);
    if (last && last.year === row.year) last.count += 1;
    else starts.push({ year: row.year, page: Math.floor(i / size) + 1, slug: row.slug, count: 1 });
  });
  return starts;
}

/** The id of the table row that starts a year, a jump target: `year-2024`, `year-unknown`. */
export function yearAnchor(year: number | null): string {
  return `year-${year ?? 'unknown'}`;
}
