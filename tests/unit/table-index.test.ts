import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  authorsCell,
  decodeSlug,
  encodeSlug,
  entryToTableRow,
  guessSlug,
  indexToRows,
  laterTablePagePaths,
  pageRows,
  rowsToIndex,
  tablePageCount,
  tablePagePath,
  yearStarts,
} from '../../src/lib/table/index.ts';
import { toSlug, uniqueSlug } from '../../src/lib/slug.ts';
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
      links: [
        { kind: 'project', url: 'https://example.org/p' },
        { kind: 'code', url: 'https://github.com/uf/gatortron' },
        { kind: 'code', url: 'https://example.org/2' },
      ],
    });
    expect(entryToTableRow(entry)).toMatchObject({
      slug: 'gatortron',
      dateKey: '2022-02-02',
      year: 2022,
      theme: 'clinical-nlp',
      venue: 'npj Digital Medicine',
      code: 'https://github.com/uf/gatortron',
    });
  });

  test('a year-less date has no year', () => {
    expect(entryToTableRow(makeEntry({ date: { precision: 'month-day', value: '--03-03' } }))).toMatchObject({
      year: null,
      dateKey: '0000-03-03',
    });
  });
});

describe('the table index', () => {
  test('round-trips rows, with themes as positions and aliases kept', () => {
    const rows = [
      entryToTableRow(makeEntry({ slug: 'a', links: [{ kind: 'code', url: 'https://github.com/a/a' }] })),
      entryToTableRow(makeEntry({ slug: 'b', theme: 'imaging', date: { precision: 'month-day', value: '--01-02' } })),
    ];
    const index = rowsToIndex(
      rows,
      [
        ['clinical-nlp', 'Clinical NLP'],
        ['imaging', 'Imaging'],
      ],
      { old: 'a' },
    );
    expect(index.rows.map((r) => r[4])).toEqual([0, 1]);
    const parsed = JSON.parse(JSON.stringify(index));
    expect(indexToRows(parsed)).toEqual(rows);
    expect(parsed.aliases).toEqual({ old: 'a' });
  });

  test('refuses an index of another version', () => {
    expect(() => indexToRows({ version: 1, themes: [], rows: [], aliases: {} } as never)).toThrow(
      /version 1, expected 2/,
    );
  });
});

describe('table pages', () => {
  test('the first page is /papers/, later ones /papers/page/<n>/', () => {
    expect([1, 2, 30].map(tablePagePath)).toEqual(['/papers/', '/papers/page/2/', '/papers/page/30/']);
  });

  test.each([
    [0, 1],
    [1, 1],
    [100, 1],
    [101, 2],
    [10_000, 100],
  ])('%i rows fill %i pages', (count, pages) => {
    expect(tablePageCount(count)).toBe(pages);
  });

  test('pages hold every row once, in order', () => {
    const rows = Array.from({ length: 250 }, (_, i) => i);
    expect(Array.from({ length: tablePageCount(rows.length) }, (_, i) => pageRows(rows, i + 1)).flat()).toEqual(rows);
  });

  test('yearStarts finds where each year begins and how many papers it has', () => {
    const rows = [2025, 2025, 2024, 2024, 2024, null].map((year, i) => ({
      ...entryToTableRow(makeEntry({ slug: `p${i}` })),
      year,
    }));
    expect(yearStarts(rows, 2)).toEqual([
      { year: 2025, page: 1, slug: 'p0', count: 2 },
      { year: 2024, page: 2, slug: 'p2', count: 3 },
      { year: null, page: 3, slug: 'p5', count: 1 },
    ]);
  });
});

describe('slugs in the index', () => {
  test.each([
    ['GatorTron: A Large Clinical Language Model', 'gatortron-a-large-clinical-language-model', ''],
    ['GatorTron: A Large Clinical Language Model', 'gatortron', '^'],
    ['Error Detection & Correction', 'error-detection-and-correction', 'error-detection-and-correction'],
    ['Anything', 'a-renamed-slug', 'a-renamed-slug'],
  ])('%s with slug %s is stored as "%s"', (title, slug, stored) => {
    expect(encodeSlug(slug, title)).toBe(stored);
    expect(decodeSlug(stored, title)).toBe(slug);
  });

  test('any slug survives the round trip, whatever the title', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), (title, slug) => {
        expect(decodeSlug(encodeSlug(slug, title), title)).toBe(slug);
      }),
    );
  });

  test("the guess is the importer's slug for plain ASCII titles, long ones cut the same way", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), { minLength: 1, maxLength: 20 }), (words) => {
        const title = words.join(' ');
        expect(guessSlug(title)).toBe(toSlug(title));
      }),
    );
    expect(uniqueSlug('A title that is quite a lot longer than sixty characters, to be cut at a word', new Set())).toBe(
      guessSlug('A title that is quite a lot longer than sixty characters, to be cut at a word'),
    );
  });
});

describe('laterTablePagePaths', () => {
  test('names the pages after the first, none while one page holds every paper', () => {
    expect(laterTablePagePaths(100)).toEqual([]);
    expect(laterTablePagePaths(250)).toEqual(['/papers/page/2/', '/papers/page/3/']);
  });
});
