import { describe, expect, test } from 'vitest';
import { countThemeYears, layoutColumns } from '../../src/lib/chart/theme-histogram.ts';
import type { PaperDate } from '../../src/lib/schema.ts';

const item = (value: string, secondary = false) => ({
  date: (value.startsWith('--') ? { precision: 'month-day', value } : { precision: 'day', value }) as PaperDate,
  secondary,
});

describe('countThemeYears', () => {
  test('counts primary and secondary papers per year over the span, empty years included, year-less set aside', () => {
    expect(
      countThemeYears([item('2021-02-02'), item('2021-05-05', true), item('2023-01-01'), item('--03-03')], {
        first: 2020,
        last: 2023,
      }),
    ).toEqual({
      rows: [
        { year: 2020, primary: 0, secondary: 0, total: 0 },
        { year: 2021, primary: 1, secondary: 1, total: 2 },
        { year: 2022, primary: 0, secondary: 0, total: 0 },
        { year: 2023, primary: 1, secondary: 0, total: 1 },
      ],
      unknownYear: 1,
    });
  });

  test('widens the span to a paper outside it, and has no rows without dated papers or span', () => {
    expect(countThemeYears([item('2019-01-01')], { first: 2020, last: 2020 }).rows.map((row) => row.year)).toEqual([
      2019, 2020,
    ]);
    expect(countThemeYears([item('--01-01')])).toEqual({ rows: [], unknownYear: 1 });
  });
});

describe('layoutColumns', () => {
  test('gives each year an equal slot in percent and the tallest column the full height', () => {
    const columns = layoutColumns(
      [
        { year: 2020, primary: 1, secondary: 0, total: 1 },
        { year: 2021, primary: 2, secondary: 2, total: 4 },
      ],
      { height: 80, fill: 0.6 },
    );
    expect(
      columns.map(({ x, width, center, primaryHeight, secondaryHeight }) => ({
        x,
        width,
        center,
        primaryHeight,
        secondaryHeight,
      })),
    ).toEqual([
      { x: 10, width: 30, center: 25, primaryHeight: 20, secondaryHeight: 0 },
      { x: 60, width: 30, center: 75, primaryHeight: 40, secondaryHeight: 40 },
    ]);
  });

  test('draws no height when every year is empty', () => {
    expect(
      layoutColumns([{ year: 2020, primary: 0, secondary: 0, total: 0 }], { height: 80, fill: 0.5 })[0],
    ).toMatchObject({ primaryHeight: 0, secondaryHeight: 0 });
  });
});
