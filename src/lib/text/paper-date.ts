import type { PaperDate } from '../schema.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The label of the group of papers whose year is not known. */
export const UNKNOWN_YEAR_LABEL = 'Year unknown';

/** The paper's year, or null when the listing gave only month and day. */
export function paperYear(date: PaperDate): number | null {
  return date.precision === 'day' ? Number(date.value.slice(0, 4)) : null;
}

/**
 * A paper date for readers; a year-less date says so instead of guessing a year.
 *
 * @example
 * formatPaperDate({ precision: 'day', value: '2025-03-03' })         // 'Mar 3, 2025'
 * formatPaperDate({ precision: 'month-day', value: '--03-03' })      // 'Mar 3 (year unknown)'
 * formatPaperDate({ precision: 'day', value: '2025-03-03' }, 'short') // 'Mar 3'
 */
export function formatPaperDate(date: PaperDate, style: 'long' | 'short' = 'long'): string {
  const [month, day] = date.value.slice(-5).split('-').map(Number) as [number, number];
  const monthDay = `${MONTHS[month - 1]} ${day}`;
  const year = paperYear(date);
  if (style === 'short') return monthDay;
  return year === null ? `${monthDay} (year unknown)` : `${monthDay}, ${year}`;
}

/**
 * A paper date for a `<time datetime>`: the date, or for a year-less date its month and day
 * (`07-14`). The HTML spec allows `--07-14` too, but the Nu HTML Checker rejects it.
 */
export function paperDatetime(date: PaperDate): string {
  return date.precision === 'day' ? date.value : date.value.replace(/^--/, '');
}

/**
 * A key that sorts dates oldest to newest as plain strings; year-less dates sort before every dated
 * one, so "newest first" puts them last, where their "Year unknown" group goes.
 */
export function paperDateKey(date: PaperDate): string {
  return date.precision === 'day' ? date.value : `0000-${date.value.slice(2)}`;
}
