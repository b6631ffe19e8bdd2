import type { PaperDate } from '../schema.ts';
import { paperYear } from '../dates.ts';

/** A theme's papers of one year: those whose main theme it is, and those from other themes that touch on it. */
export interface ThemeYear {
  year: number;
  primary: number;
  secondary: number;
  total: number;
}

/** A theme's papers per year, and how many have no known year (not drawn, but said). */
export interface ThemeYears {
  rows: ThemeYear[];
  unknownYear: number;
}

/** A laid-out column: x, width and centre in percent of the plot's width (no viewBox), heights in pixels. */
export interface HistogramColumn extends ThemeYear {
  x: number;
  width: number;
  center: number;
  primaryHeight: number;
  secondaryHeight: number;
}

/**
 * Counts a theme's papers per year over `span` (the whole survey's years, so that every theme's
 * histogram has the same axis), widened if a paper falls outside it; empty years get a row.
 */
export function countThemeYears(
  items: ReadonlyArray<{ date: PaperDate; secondary: boolean }>,
  span?: { first: number; last: number },
): ThemeYears {
  const byYear = new Map<number, ThemeYear>();
  let unknownYear = 0;
  for (const { date, secondary } of items) {
    const year = paperYear(date);
    if (year === null) {
      unknownYear += 1;
      continue;
    }
    const row = byYear.get(year) ?? { year, primary: 0, secondary: 0, total: 0 };
    row[secondary ? 'secondary' : 'primary'] += 1;
    row.total += 1;
    byYear.set(year, row);
  }
  const years = [...byYear.keys(), ...(span ? [span.first, span.last] : [])];
  const rows: ThemeYear[] = [];
  if (years.length === 0) return { rows, unknownYear };
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) {
    rows.push(byYear.get(year) ?? { year, primary: 0, secondary: 0, total: 0 });
  }
  return { rows, unknownYear };
}

/**
 * Lays the years out as columns of equal width, the tallest at `height` pixels; `fill` is the share of
 * each year's slot the column takes (the rest is the gap between columns).
 */
export function layoutColumns(
  rows: readonly ThemeYear[],
  options: { height: number; fill: number },
): HistogramColumn[] {
  const slot = 100 / Math.max(1, rows.length);
  const scale = options.height / Math.max(1, ...rows.map((row) => row.total));
  return rows.map((row, i) => ({
    ...row,
    x: round(slot * (i + (1 - options.fill) / 2)),
    width: round(slot * options.fill),
    center: round(slot * (i + 0.5)),
    primaryHeight: round(row.primary * scale),
    secondaryHeight: round(row.secondary * scale),
  }));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
