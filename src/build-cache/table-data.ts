import { DEFAULT_STATE, entryToTableRow, queryRows, tablePageCount, yearStarts, type TableRow, type YearStart } from '../lib/table/index.ts';
import { getTheme } from '../lib/themes.ts';
import { getSiteData } from './site-data.ts';

/** The papers table as the build renders it: every published paper's row in the default order. */
export interface TableData {
  rows: TableRow[];
  years: YearStart[];
  pageCount: number;
  /** Old slug → current slug, for shared selections that still name an old slug. */
  aliases: Record<string, string>;
}

let cached: Promise<TableData> | undefined;

/** The table's rows, computed once per build and shared by its pages and its JSON index. */
export function getTableData(): Promise<TableData> {
  cached ??= getSiteData().then(({ published }) => {
    const rows = queryRows(published.map((paper) => entryToTableRow(paper.data)), DEFAULT_STATE, (id) => getTheme(id).name);
    const aliases: Record<string, string> = {};
    for (const paper of published) for (const alias of paper.data.aliases) aliases[alias] = paper.id;
    return { rows, years: yearStarts(rows), pageCount: tablePageCount(rows.length), aliases };
  });
  return cached;
}
