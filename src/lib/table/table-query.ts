import type { TableRow } from './table-row.ts';
import { UNKNOWN_YEAR, type SortKey, type TableState } from './table-state.ts';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
// Ties break by title as `localeCompare(…, 'en')` does, with one collator made once: a collator per
// comparison is what makes sorting 10,000 rows slow.
const titleCollator = new Intl.Collator('en');

/** Lowercases and strips accents, so "Évaluation" matches "evaluation". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Folded once per row, so typing in a table of 10,000 rows does not fold 10,000 strings per keystroke.
const folded = new WeakMap<TableRow, string>();

/** True when every word of the query occurs in the row's title, authors or venue. */
export function matchesWords(row: TableRow, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  let haystack = folded.get(row);
  if (haystack === undefined) folded.set(row, (haystack = foldText(`${row.title} ${row.authors} ${row.venue}`)));
  return words.every((word) => haystack.includes(word));
}

/** The query's words, folded: what `matchesWords` looks for. */
export function queryWords(q: string): string[] {
  return foldText(q)
    .split(/\s+/)
    .filter((word) => word !== '');
}

// Missing values (no venue, no code, no known year) go last in either direction.
const sortValue: Record<SortKey, (row: TableRow) => string> = {
  title: (row) => row.title,
  authors: (row) => row.authors,
  year: (row) => (row.year === null ? '' : row.dateKey),
  theme: (row) => row.theme,
  venue: (row) => row.venue,
  code: (row) => (row.code ? '1' : ''),
};

/**
 * Orders rows by a column; ties go newest first, then by title, so every order is total and the
 * default (year, descending) is the order the server renders.
 */
export function compareRows(
  sort: SortKey,
  dir: 'asc' | 'desc',
  themeName: (id: string) => string = (id) => id,
): (a: TableRow, b: TableRow) => number {
  const value = sort === 'theme' ? (row: TableRow) => themeName(row.theme) : sortValue[sort];
  const sign = dir === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x !== y && (x === '' || y === '')) return x === '' ? 1 : -1;
    const byColumn = sort === 'year' ? compareCodeUnits(x, y) : collator.compare(x, y);
    return sign * byColumn || compareCodeUnits(b.dateKey, a.dateKey) || titleCollator.compare(a.title, b.title);
  };
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The rows that pass the state's theme, year and text filters, in the order given. */
export function filterRows(rows: readonly TableRow[], state: Pick<TableState, 'theme' | 'year' | 'q'>): TableRow[] {
  const words = queryWords(state.q);
  const year = state.year === UNKNOWN_YEAR ? null : state.year ? Number(state.year) : undefined;
  return rows.filter(
    (row) =>
      (!state.theme || row.theme === state.theme) &&
      (year === undefined || row.year === year) &&
      matchesWords(row, words),
  );
}

/** The rows in the order of a column; a new array. */
export function sortRows(
  rows: readonly TableRow[],
  sort: SortKey,
  dir: 'asc' | 'desc',
  themeName?: (id: string) => string,
): TableRow[] {
  return [...rows].sort(compareRows(sort, dir, themeName));
}

/**
 * The rows the state asks for, filtered by theme, year and text, in its order (all pages). Filtering
 * keeps order, so a caller may sort once per column and filter that on every keystroke instead.
 */
export function queryRows(
  rows: readonly TableRow[],
  state: TableState,
  themeName?: (id: string) => string,
): TableRow[] {
  return sortRows(filterRows(rows, state), state.sort, state.dir, themeName);
}
