import type { PaperDate } from './schema.ts';

/**
 * English month names, January first: the one month table. Readers' dates, APA citations, BibTeX macros,
 * the digest's date lines and the bench's synthetic listings all take their month words from here.
 */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// The derived tables are marked pure so that a browser bundle importing only `paperYear` drops them.
/** Three-letter month names (`Jan` … `Dec`), as readers' dates and the listings write them. */
export const MONTH_ABBREVIATIONS = /* @__PURE__ */ MONTH_NAMES.map((name) => name.slice(0, 3));

/** BibTeX's month macros (`jan` … `dec`): styles print them in their own language. */
export const BIBTEX_MONTHS = /* @__PURE__ */ MONTH_ABBREVIATIONS.map((name) => name.toLowerCase());

/** A month or day number as two digits (`3` → `03`), as ISO and RIS dates write them. */
export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * An ISO day (YYYY-MM-DD) from numbers. It does not check that the day exists.
 *
 * @example
 * isoDate(2025, 3, 8) // '2025-03-08'
 */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** A date split into numbers; `year` is absent when the listing never gave one. */
export interface DateParts {
  year?: number;
  month: number;
  day: number;
}

/** Splits a paper date (`2025-03-28` or year-less `--03-28`) into numbers; a year is never invented. */
export function paperDateParts(date: PaperDate): DateParts {
  if (date.precision === 'month-day') {
    const [, month, day] = /^--(\d\d)-(\d\d)$/.exec(date.value) ?? [];
    return { month: Number(month), day: Number(day) };
  }
  return isoDateParts(date.value);
}

/** Splits an ISO date (YYYY-MM-DD) into numbers. */
export function isoDateParts(value: string): Required<DateParts> {
  const [year, month, day] = value.split('-').map(Number);
  return { year, month, day };
}

/** The ISO date (YYYY-MM-DD) of a paper, or undefined when its year is unknown. */
export function paperIsoDate(date: PaperDate): string | undefined {
  return date.precision === 'day' ? date.value : undefined;
}

/** The label of the group of papers whose year is not known. */
export const UNKNOWN_YEAR_LABEL = 'Year unknown';

/** The paper's year, or null when the listing gave only month and day. */
export function paperYear(date: PaperDate): number | null {
  return date.precision === 'day' ? Number(date.value.slice(0, 4)) : null;
}

/**
 * The year to cite a paper by: its date's year, else the year its arXiv id encodes (`2203.03540` was
 * submitted in 2022), else its venue's year. Undefined when none is known; a year is never guessed.
 */
export function citationYear(entry: {
  date: PaperDate;
  arxiv?: string;
  venue?: { year?: number };
}): number | undefined {
  const fromDate = paperDateParts(entry.date).year;
  if (fromDate !== undefined) return fromDate;
  const modern = /^(\d\d)(\d\d)\.\d{4,5}$/.exec(entry.arxiv ?? '');
  if (modern) return 2000 + Number(modern[1]);
  const old = /\/(\d\d)\d{5}$/.exec(entry.arxiv ?? '');
  if (old) return (Number(old[1]) >= 91 ? 1900 : 2000) + Number(old[1]);
  return entry.venue?.year;
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
  const monthDay = `${MONTH_ABBREVIATIONS[month - 1]} ${day}`;
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
