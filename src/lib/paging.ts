/**
 * Long lists split into pages of plain links, so every item is reachable without JavaScript and no
 * page grows with the survey. Shared by the papers table (`/papers/page/<n>/`) and the theme pages
 * (`/themes/<theme>/page/<n>/`), so both number pages, name their paths and find where each year
 * starts the same way.
 */

/** How many pages `count` items fill (at least one, so an empty list still has its first page). */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The items of one page (pages count from 1). */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * The path of a page of a list whose first page is `firstPath` (ending in `/`): `firstPath` itself
 * for page 1, so the list keeps its old URL, then `<firstPath>page/<n>/`.
 */
export function listPagePath(firstPath: string, page: number): string {
  return page <= 1 ? firstPath : `${firstPath}page/${page}/`;
}

/** The paths of a list's pages after the first, for `count` items: `<firstPath>page/2/` … */
export function laterPagePaths(firstPath: string, count: number, size: number): string[] {
  return Array.from({ length: pageCount(count, size) - 1 }, (_, i) => listPagePath(firstPath, i + 2));
}

/** What the year index needs of a listed item: its year (`null` when unknown) and its slug. */
export interface YearedItem {
  year: number | null;
  slug: string;
}

/** Where a year starts in a list: the page, the slug of its first item, and how many items it has. */
export interface YearStart {
  year: number | null;
  page: number;
  slug: string;
  count: number;
}

/** The first item of each year in items already in list order (newest first), with its page. */
export function yearStarts(items: readonly YearedItem[], size: number): YearStart[] {
  const starts: YearStart[] = [];
  items.forEach((item, i) => {
    const last = starts.at(-1);
    if (last && last.year === item.year) last.count += 1;
    else starts.push({ year: item.year, page: Math.floor(i / size) + 1, slug: item.slug, count: 1 });
  });
  return starts;
}

/** The id of the element that starts a year, a jump target: `year-2024`, `year-unknown`. */
export function yearAnchor(year: number | null): string {
  return `year-${year ?? 'unknown'}`;
}

/**
 * The later pages of a list that the URL ledger holds but the list no longer fills (papers were
 * withdrawn or moved), each with the page it now redirects to: the list's last page. A published URL
 * keeps working, as the ledger promises.
 */
export function shrunkPages(
  ledger: readonly string[],
  firstPath: string,
  pages: number,
): Array<{ page: number; path: string; target: string }> {
  const shrunk: Array<{ page: number; path: string; target: string }> = [];
  for (const path of ledger) {
    if (!path.startsWith(`${firstPath}page/`)) continue;
    const page = /^page\/([1-9]\d*)\/$/.exec(path.slice(firstPath.length))?.[1];
    if (page !== undefined && Number(page) > pages)
      shrunk.push({ page: Number(page), path, target: listPagePath(firstPath, pages) });
  }
  return shrunk;
}
