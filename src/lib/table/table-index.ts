import { decodeSlug, encodeSlug } from './slug-guess.ts';
import type { TableRow } from './table-row.ts';

/** The format version of `/papers/table.json`; bump it when the row layout changes. */
export const TABLE_INDEX_VERSION = 2;

/**
 * A row as stored in the index: `[slug, title, authors, dateKey, theme position, venue, code]`, where
 * the slug is '' or '^' when it can be guessed from the title (see `encodeSlug`).
 */
export type CompactRow = [string, string, string, string, number, string, string];

/**
 * The table's rows in one compact JSON document, written once per build and fetched by the table and
 * the selection page only when a reader uses them. Rows are arrays, not objects, and themes are
 * positions, so 10,000 rows stay small; `aliases` maps old slugs to current ones, so shared
 * selections that name an old slug still find their paper.
 */
export interface TableIndex {
  version: typeof TABLE_INDEX_VERSION;
  /** `[id, name]` of each theme, in display order. */
  themes: Array<[string, string]>;
  rows: CompactRow[];
  aliases: Record<string, string>;
}

/** Packs rows (in the table's default order) into the index. */
export function rowsToIndex(
  rows: readonly TableRow[],
  themes: Array<[string, string]>,
  aliases: Record<string, string> = {},
): TableIndex {
  const position = new Map(themes.map(([id], i) => [id, i]));
  return {
    version: TABLE_INDEX_VERSION,
    themes,
    rows: rows.map((row) => [
      encodeSlug(row.slug, row.title),
      row.title,
      row.authors,
      row.dateKey,
      position.get(row.theme) ?? -1,
      row.venue,
      row.code,
    ]),
    aliases,
  };
}

/** Unpacks the index's rows; throws on an index of another version, so a stale cache fails loudly. */
export function indexToRows(index: TableIndex): TableRow[] {
  if (index.version !== TABLE_INDEX_VERSION)
    throw new Error(`papers table index version ${index.version}, expected ${TABLE_INDEX_VERSION}`);
  return index.rows.map(([slug, title, authors, dateKey, theme, venue, code]) => ({
    slug: decodeSlug(slug, title),
    title,
    authors,
    dateKey,
    year: dateKey.startsWith('0000') ? null : Number(dateKey.slice(0, 4)),
    theme: index.themes[theme]?.[0] ?? '',
    venue,
    code,
  }));
}
