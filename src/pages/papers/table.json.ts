/** `/papers/table.json`: the papers table's rows in one compact file, fetched only when a reader sorts, filters or selects. */
import type { APIRoute } from 'astro';
import { getTableData } from '../../build-cache.ts';
import { rowsToIndex } from '../../lib/table/index.ts';
import { themesConfig } from '../../lib/themes.ts';

/** Serves the index, written once per build. */
export const GET: APIRoute = async () => {
  const { rows, aliases } = await getTableData();
  const themes = themesConfig.themes.map((theme): [string, string] => [theme.id, theme.name]);
  return new Response(JSON.stringify(rowsToIndex(rows, themes, aliases)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
