import type { Entry } from '../schema.ts';
import { paperYear } from '../dates.ts';

/** Papers of one year, counted per theme (in the order of the theme ids given). */
export interface YearRow {
  year: number;
  counts: number[];
  total: number;
}

/** Counts per year and primary theme, every year from the first to the last, empty years included. */
export interface YearCounts {
  rows: YearRow[];
  /** Papers whose year is unknown: not drawn, but said under the chart. */
  unknownYear: number;
}

/** One bar segment; x and width are percentages of the bar area, so the SVG needs no viewBox. */
export interface BarSegment {
  themeIndex: number;
  count: number;
  x: number;
  width: number;
}

/** A laid-out row of the horizontal stacked bar chart. */
export interface BarRow extends YearRow {
  y: number;
  segments: BarSegment[];
  /** Where the bar ends, in percent: the total's label is drawn just after it. */
  end: number;
}

/** Counts papers per year and primary theme; years with no papers between the first and last get a row. */
export function countPapersPerYear(entries: Pick<Entry, 'date' | 'theme'>[], themeIds: readonly string[]): YearCounts {
  const byYear = new Map<number, number[]>();
  let unknownYear = 0;
  for (const entry of entries) {
    const year = paperYear(entry.date);
    if (year === null) {
      unknownYear += 1;
      continue;
    }
    const counts = byYear.get(year) ?? themeIds.map(() => 0);
    const index = themeIds.indexOf(entry.theme);
    if (index >= 0) counts[index]! += 1;
    byYear.set(year, counts);
  }
  const years = [...byYear.keys()];
  const rows: YearRow[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) {
    const counts = byYear.get(year) ?? themeIds.map(() => 0);
    rows.push({ year, counts, total: counts.reduce((sum, count) => sum + count, 0) });
  }
  return { rows, unknownYear };
}

/**
 * Lays the rows out as horizontal stacked bars. Widths are percentages of the bar area with the
 * longest bar at `maxWidth` percent, which leaves room for its total at any screen width.
 */
export function layoutBars(rows: YearRow[], options: { rowHeight: number; maxWidth: number }): BarRow[] {
  const max = Math.max(1, ...rows.map((row) => row.total));
  const scale = options.maxWidth / max;
  return rows.map((row, i) => {
    let x = 0;
    const segments: BarSegment[] = [];
    row.counts.forEach((count, themeIndex) => {
      if (count === 0) return;
      const width = round(count * scale);
      segments.push({ themeIndex, count, x: round(x), width });
      x += width;
    });
    return { ...row, y: i * options.rowHeight, segments, end: round(x) };
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
