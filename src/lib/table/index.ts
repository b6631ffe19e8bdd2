// The papers table's pure core: rows from entries, the compact index, URL state, sort/filter and pages.
export { authorsCell, entryToTableRow, type TableRow } from './table-row.ts';
export { indexToRows, rowsToIndex, TABLE_INDEX_VERSION, type CompactRow, type TableIndex } from './table-index.ts';
export {
  DEFAULT_STATE,
  defaultDir,
  SORT_KEYS,
  stateFromParams,
  stateToParams,
  UNKNOWN_YEAR,
  type SortKey,
  type TableState,
} from './table-state.ts';
export { compareRows, filterRows, foldText, matchesWords, queryRows, queryWords, sortRows } from './table-query.ts';
export {
  laterTablePagePaths,
  pageRows,
  TABLE_PAGE_SIZE,
  tablePageCount,
  tablePagePath,
  yearAnchor,
  yearStarts,
  type YearStart,
} from './table-pages.ts';
export { decodeSlug, encodeSlug, guessPrefixSlug, guessSlug } from './slug-guess.ts';
