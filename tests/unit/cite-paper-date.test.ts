import { describe, expect, test } from 'vitest';
import { citationYear } from '../../src/lib/dates.ts';

const yearless = { precision: 'month-day' as const, value: '--03-28' };

describe('citationYear', () => {
  test.each([
    ['the date', { date: { precision: 'day' as const, value: '2021-12-16' }, arxiv: '2203.03540' }, 2021],
    ['a new-style arXiv id', { date: yearless, arxiv: '2203.03540' }, 2022],
    ['an old-style arXiv id of this century', { date: yearless, arxiv: 'cs/0601001' }, 2006],
    ['an old-style arXiv id of the last century', { date: yearless, arxiv: 'hep-th/9901001' }, 1999],
    ['the venue', { date: yearless, venue: { year: 2023 } }, 2023],
    ['nothing', { date: yearless }, undefined],
  ])('comes from %s', (_case, entry, year) => {
    expect(citationYear(entry)).toBe(year);
  });
});
