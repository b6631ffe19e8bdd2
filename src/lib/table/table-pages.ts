import { laterPagePaths, listPagePath, pageCount, pageItems, type YearStart } from '../paging.ts';
import { yearStarts as listYearStarts } from '../paging.ts';
import type { TableRow } from './table-row.ts';

export { yearAnchor, type YearStart } from '../paging.ts';

/**
 * Rows per page of the papers table, on the server and in the browser: about 20 KB of gzip HTML,
 * so a survey of 10,000 papers is 100 light pages instead of one page of 650 KB.
 */
export const TABLE_PAGE_SIZE = 100;

/** The site path of a page of the table: `/papers/` for the first, `/papers/page/<n>/` after it. */
export function tablePagePath(page: number): string {
  return listPagePath('/papers/', page);
}

/** How many pages `count` rows fill (at least one, so an empty survey still has its table page). */
export function tablePageCount(count: number, size = TABLE_PAGE_SIZE): number {
  return pageCount(count, size);
}

/** The paths of the table's pages after the first, for `count` papers: `/papers/page/2/` … */
export function laterTablePagePaths(count: number, size = TABLE_PAGE_SIZE): string[] {
  return laterPagePaths('/papers/', count, size);
}

/** The rows of one page (from 1). */
export function pageRows<T>(rows: readonly T[], page: number, size = TABLE_PAGE_SIZE): T[] {
  return pageItems(rows, page, size);
}

/** The first row of each year in rows already in the default (newest first) order, with its page. */
export function yearStarts(rows: readonly TableRow[], size = TABLE_PAGE_SIZE): YearStart[] {
  return listYearStarts(rows, size);
}
