import { describe, expect, test } from 'vitest';
import { authorsCell, entryToTableRow, indexToRows, pageRows, rowsToIndex, tablePageCount, tablePagePath, yearStarts } from '../../src/lib/table/index.ts';
import { makeEntry } from '../helpers/cite-seed.ts';

describe('authorsCell', () => {
  test.each([
    [{ authors: [{ family: 'Yang', given: 'Xi' }] }, 'Yang'],
    [{ authors: [{ family: 'Yang', given: 'Xi' }, { literal: 'The MIMIC Consortium' }] }, 'Yang, The MIMIC Consortium'],
    [{ authors: [{ family: 'A' }, { family: 'B' }, { family: 'C' }, { family: 'D' }] }, 'A, B, C et al.'],
    [{ organization: { slug: 'google', name: 'Google' }, authorsCount: 9 }, 'Google'],
    [{ authorsCount: 1 }, '1 author'],
    [{ authorsCount: 18 }, '18 authors'],
    [{}, ''],
  ])('%j gives "%s"', (entry, expected) => {
    expect(authorsCell(entry)).toBe(expected);
  });
});

describe('entryToTableRow', () => {
  test('takes venue, the first code link and the year from the entry', () => {
    const entry = makeEntry({
      slug: 'gatortron',
      venue: { name: 'npj Digital Medicine', year: 2022, kind: 'journal' },
      links: [{ kind: 'project', url: 'https://example.org/p' }, { kind: 'code', url: 'https://github.com/uf/gatortron' }, { kind: 'code', url: 'https://example.org/2' }],
    });
    expect(entryToTableRow(entry)).toMatchObject({ slug: 'gatortron', dateKey: '2022-02-02', year: 2022, theme: 'clinical-nlp', venue: 'npj Digital Medicine', code: 'https://github.com/uf/gatortron' });
  });

  test('a year-less date has no year', () => {
    expect(entryToTableRow(makeEntry({ date: { precision: 'month-day', value: '--03-03' } }))).toMatchObject({ year: null, dateKey: '0000-03-03' });
  });
});

describe('the table index', () => {
  test('round-trips rows, with themes as positions and aliases kept', () => {
    const rows = [entryToTableRow(makeEntry({ slug: 'a', links: [{ kind: 'code', url: 'https://github.com/a/a' }] })), entryToTableRow(makeEntry({ slug: 'b', theme: 'imaging', date: { precision: 'month-day', value: '--01-02' } }))];
    const index = rowsToIndex(rows, [['clinical-nlp', 'Clinical NLP'], ['imaging', 'Imaging']], { old: 'a' });
    expect(index.rows.map((r) => r[4])).toEqual([0, 1]);
    const parsed = JSON.parse(JSON.stringify(index));
    expect(indexToRows(parsed)).toEqual(rows);
    expect(parsed.aliases).toEqual({ old: 'a' });
  });

  test('refuses an index of another version', () => {
    expect(() => indexToRows({ version: 2, themes: [], rows: [], aliases: {} } as never)).toThrow(/version 2, expected 1/);
  });
});

describe('table pages', () => {
  test('the first page is /papers/, later ones /papers/page/<n>/', () => {
    expect([1, 2, 30].map(tablePagePath)).toEqual(['/papers/', '/papers/page/2/', '/papers/page/30/']);
  });

  test.each([[0, 1], [1, 1], [100, 1], [101, 2], [10_000, 100]])('%i rows fill %i pages', (count, pages) => {
    expect(tablePageCount(count)).toBe(pages);
  });

  test('pages hold every row once, in order', () => {
    const rows = Array.from({ length: 250 }, (_, i) => i);
    expect(Array.from({ length: tablePageCount(rows.length) }, (_, i) => pageRows(rows, i + 1)).flat()).toEqual(rows);
  });

  test('yearStarts finds where each year begins and how many papers it has', () => {
    const rows = [2025, 2025, 2024, 2024, 2024, null].map((year, i) => ({ ...entryToTableRow(makeEntry({ slug: `p${i}` })), year }));
    expect(yearStarts(rows, 2)).toEqual([
      { year: 2025, page: 1, slug: 'p0', count: 2 },
      { year: 2024, page: 2, slug: 'p2', count: 3 },
      { year: null, page: 3, slug: 'p5', count: 1 },
    ]);
  });
});
