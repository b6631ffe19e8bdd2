import { MONTH_NAMES, pad2 } from '../dates.ts';

// Listings write month names in any case; lower-case them once, not per date line.
const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());

/** A date as a listing writes it: month and day, and the year when the listing gave one. */
export interface ListingDate {
  year?: number;
  month: number;
  day: number;
}

/**
 * Matches a listing date line: `Mar 28, 2025`, `Mar 28` or `March 28, 2025`, optionally followed by
 * a number (the paper's comment count on the listing).
 *
 * @example
 * parseDateLine('Sep 14, 2023 4') // { date: { year: 2023, month: 9, day: 14 }, trailingNumber: 4 }
 */
export function parseDateLine(text: string): { date: ListingDate; trailingNumber?: number } | undefined {
  // Some layouts say "Published on Mar 28, 2025".
  const match =
    /^(?:(?:published|submitted) on\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?(?:\s+(\d{1,6}))?$/i.exec(
      text.trim(),
    );
  if (!match) return undefined;
  const month = monthNumber(match[1]);
  const day = Number(match[2]);
  const year = match[3] === undefined ? undefined : Number(match[3]);
  if (month === 0 || !isRealDay(year ?? 2024, month, day)) return undefined;
  const date: ListingDate = year === undefined ? { month, day } : { year, month, day };
  return match[4] === undefined ? { date } : { date, trailingNumber: Number(match[4]) };
}

/** 1-12 for a month's name or its start (`Mar`, `Sept`, `March`); 0 for any other word (`Marching`). */
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.findIndex((name) => name.startsWith(lower) && lower.length >= 3) + 1;
}

/** True when the day exists in that month (2024, a leap year, stands in for an unknown year). */
function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * The page's date from its header: the date line ("Jan 8"), given its year by a header link to the
 * same day (`/papers/date/2026-01-08`). Links to other days (Previous, Next) never move it; without a
 * date line, a single linked day is taken as the page's.
 */
export function choosePageDate(shown: ListingDate | undefined, linked: ListingDate[]): ListingDate | undefined {
  if (shown) {
    if (shown.year !== undefined) return shown;
    return linked.find((date) => date.month === shown.month && date.day === shown.day) ?? shown;
  }
  const days = new Set(linked.map((date) => `${date.year}-${date.month}-${date.day}`));
  return days.size === 1 ? linked[0] : undefined;
}

/**
 * Gives a paper's listing date a full ISO value when its year is known, or can be taken with
 * certainty from the page's date (a year-less date on a page of known year is that year's, unless it
 * would lie after the page date or not exist that year). Otherwise the date stays partial: a year is
 * never invented.
 */
export function resolveListingDate(
  date: ListingDate,
  pageDate?: ListingDate,
): { precision: 'day' | 'month-day'; value: string } {
  const md = `${pad2(date.month)}-${pad2(date.day)}`;
  if (date.year !== undefined) return { precision: 'day', value: `${date.year}-${md}` };
  const year = pageDate?.year;
  const notAfterPage =
    pageDate !== undefined &&
    (date.month < pageDate.month || (date.month === pageDate.month && date.day <= pageDate.day));
  if (year !== undefined && notAfterPage && isRealDay(year, date.month, date.day)) {
    return { precision: 'day', value: `${year}-${md}` };
  }
  return { precision: 'month-day', value: `--${md}` };
}
