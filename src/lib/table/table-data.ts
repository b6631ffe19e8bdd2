import type { PaperSource } from '../paper-lists.ts';
import { getTheme } from '../themes.ts';
import { tablePageCount, yearStarts, type YearStart } from './table-pages.ts';
import { queryRows } from './table-query.ts';
import { entryToTableRow, type TableRow } from './table-row.ts';
import { DEFAULT_STATE } from './table-state.ts';

/** The papers table as the build renders it: every published paper's row in the default order. */
export interface TableData {
  rows: TableRow[];
  years: YearStart[];
  pageCount: number;
  /** Old slug → current slug, for shared selections that still name an old slug. */
  aliases: Record<string, string>;
}

/** The table's rows, year starts, page count and alias map, from the published papers. */
export function buildTableData(published: readonly PaperSource[]): TableData {
  const rows = queryRows(
    published.map((paper) => entryToTableRow(paper.data)),
    DEFAULT_STATE,
    (id) => getTheme(id).name,
  );
  const aliases: Record<string, string> = {};
  for (const paper of published) for (const alias of paper.data.aliases) aliases[alias] = paper.id;
  return { rows, years: yearStarts(rows), pageCount: tablePageCount(rows.length), aliases };
}
