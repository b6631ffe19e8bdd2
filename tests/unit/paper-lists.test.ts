import { describe, expect, test } from 'vitest';
import type { Entry } from '../../src/lib/schema.ts';
import { buildSiteData, compareNewestFirst, groupByYear, type PaperSource } from '../../src/lib/paper-lists.ts';
import { THEME_IDS } from '../../src/lib/themes.ts';

const [NLP, IMAGING] = THEME_IDS as unknown as [string, string];

function paper(id: string, date: string, overrides: Partial<Entry> = {}): PaperSource {
  const value = date.length === 7 ? `--${date.slice(2)}` : date;
  const data = {
    slug: id,
    title: `Paper ${id}`,
    abstract: 'An abstract.',
    date:
      date.startsWith('--') || date.length === 5
        ? { precision: 'month-day', value: date.startsWith('--') ? date : `--${date}` }
        : { precision: 'day', value },
    theme: NLP,
    secondaryThemes: [],
    themeReason: { source: 'curator' },
    added: '2026-01-01',
    aliases: [],
    status: 'published',
    ...overrides,
  } as Entry;
  return { id, data };
}

describe('compareNewestFirst', () => {
  test('orders by date, newest first, year-less last, then by title', () => {
    const papers = [
      paper('b', '2024-01-01'),
      paper('y', '--05-05'),
      paper('a', '2025-02-02'),
      paper('c', '2024-01-01'),
    ];
    expect(papers.sort(compareNewestFirst).map((p) => p.id)).toEqual(['a', 'b', 'c', 'y']);
  });
});

describe('groupByYear', () => {
  test('makes one group per year in order, and a "Year unknown" group', () => {
    const papers = [
      paper('a', '2025-02-02'),
      paper('b', '2024-01-01'),
      paper('c', '2024-03-01'),
      paper('y', '--05-05'),
    ].sort(compareNewestFirst);
    expect(groupByYear(papers, (p) => p.data).map((g) => [g.label, g.items.map((p) => p.id)])).toEqual([
      ['2025', ['a']],
      ['2024', ['c', 'b']],
      ['Year unknown', ['y']],
    ]);
  });
});

describe('buildSiteData', () => {
  const papers = [
    paper('old', '2020-01-01'),
    paper('new', '2025-01-01', { added: '2026-02-01' }),
    paper('mid', '2023-01-01', { secondaryThemes: [IMAGING] }),
    paper('img', '2024-01-01', { theme: IMAGING }),
    paper('gone', '2026-01-01', { status: 'withdrawn', withdrawnReason: 'Duplicate.' }),
  ];
  const data = buildSiteData(papers, 2);

  test('keeps withdrawn entries for their pages but out of every list', () => {
    expect(data.all.map((p) => p.id)).toContain('gone');
    expect(data.published.map((p) => p.id)).toEqual(['new', 'img', 'mid', 'old']);
    expect(data.themes.flatMap((t) => t.items.map((i) => i.paper.id))).not.toContain('gone');
    expect(data.neighbours.has('gone')).toBe(false);
  });

  test('lists a paper under its secondary themes, marked secondary', () => {
    const imaging = data.themes.find((t) => t.theme.id === IMAGING)!;
    expect(imaging.items.map((i) => [i.paper.id, i.secondary])).toEqual([
      ['img', false],
      ['mid', true],
    ]);
    expect([imaging.primaryCount, imaging.secondaryCount]).toEqual([1, 1]);
  });

  test('gives every theme in themes.json a listing, in order', () => {
    expect(data.themes.map((t) => t.theme.id)).toEqual(THEME_IDS);
  });

  test('links previous (newer) and next (older) papers within the primary theme only', () => {
    expect(data.neighbours.get('new')).toEqual({ previous: undefined, next: papers[2] });
    expect(data.neighbours.get('mid')).toEqual({ previous: papers[1], next: papers[0] });
    expect(data.neighbours.get('img')).toEqual({ previous: undefined, next: undefined });
  });

  test('picks the newest additions by date added, then by date', () => {
    expect(data.newest.map((p) => p.id)).toEqual(['new', 'img']);
  });
});
