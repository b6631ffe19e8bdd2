import { expect, test } from 'vitest';
import type { PaperSource } from '../../src/lib/paper-lists.ts';
import type { Entry } from '../../src/lib/schema.ts';
import { buildTableData } from '../../src/lib/table/table-data.ts';
import { THEME_IDS } from '../../src/lib/themes.ts';

function paper(id: string, date: string, aliases: string[] = []): PaperSource {
  const data = {
    slug: id,
    title: `Paper ${id}`,
    abstract: 'An abstract.',
    date: { precision: 'day', value: date },
    theme: THEME_IDS[0],
    secondaryThemes: [],
    themeReason: { source: 'curator' },
    added: '2026-01-01',
    aliases,
    links: [],
    status: 'published',
  } as unknown as Entry;
  return { id, data };
}

test('buildTableData lists rows newest first, marks where each year starts and maps old slugs to current ones', () => {
  const table = buildTableData([
    paper('old', '2023-05-01', ['older-name']),
    paper('new', '2025-01-02'),
    paper('mid', '2025-01-01'),
  ]);
  expect(table.rows.map((row) => row.slug)).toEqual(['new', 'mid', 'old']);
  expect(table.years.map((start) => start.year)).toEqual([2025, 2023]);
  expect(table.pageCount).toBe(1);
  expect(table.aliases).toEqual({ 'older-name': 'old' });
});
