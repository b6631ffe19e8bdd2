import { describe, expect, test } from 'vitest';
import { countPapersPerYear, layoutBars } from '../../src/lib/chart/year-chart.ts';
import type { PaperDate } from '../../src/lib/schema.ts';

const entry = (value: string, theme: string) => ({
  date: (value.startsWith('--') ? { precision: 'month-day', value } : { precision: 'day', value }) as PaperDate,
  theme,
});

describe('countPapersPerYear', () => {
  test('counts per year and theme, fills empty years, and sets year-less papers aside', () => {
    const counts = countPapersPerYear(
      [entry('2020-01-01', 'a'), entry('2022-05-05', 'b'), entry('2022-06-06', 'a'), entry('--03-03', 'a')],
      ['a', 'b'],
    );
    expect(counts).toEqual({
      rows: [
        { year: 2020, counts: [1, 0], total: 1 },
        { year: 2021, counts: [0, 0], total: 0 },
        { year: 2022, counts: [1, 1], total: 2 },
      ],
      unknownYear: 1,
    });
  });

  test('has no rows when no paper has a year', () => {
    expect(countPapersPerYear([entry('--01-01', 'a')], ['a'])).toEqual({ rows: [], unknownYear: 1 });
  });
});

describe('layoutBars', () => {
  test('stacks segments in percent, the longest bar at maxWidth', () => {
    const [first, second] = layoutBars(
      [
        { year: 2020, counts: [1, 0], total: 1 },
        { year: 2021, counts: [2, 2], total: 4 },
      ],
      { rowHeight: 20, maxWidth: 80 },
    );
    expect(first).toMatchObject({ y: 0, end: 20, segments: [{ themeIndex: 0, count: 1, x: 0, width: 20 }] });
    expect(second).toMatchObject({
      y: 20,
      end: 80,
      segments: [
        { themeIndex: 0, x: 0, width: 40 },
        { themeIndex: 1, x: 40, width: 40 },
      ],
    });
  });
});
