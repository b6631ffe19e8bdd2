import type { PaperDate } from '../schema.ts';

/** A date split into numbers; `year` is absent when the listing never gave one. */
export interface DateParts {
  year?: number;
  month: number;
  day: number;
}

/** BibTeX's month macros, January first: styles print them in their own language. */
export const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

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

/**
 * The year to cite a paper by: its date's year, else the year its arXiv id encodes (`2203.03540` was
 * submitted in 2022), else its venue's year. Undefined when none is known; a year is never guessed.
 */
export function citationYear(entry: { date: PaperDate; arxiv?: string; venue?: { year?: number } }): number | undefined {
  const fromDate = paperDateParts(entry.date).year;
  if (fromDate !== undefined) return fromDate;
  const modern = /^(\d\d)(\d\d)\.\d{4,5}$/.exec(entry.arxiv ?? '');
  if (modern) return 2000 + Number(modern[1]);
  const old = /\/(\d\d)\d{5}$/.exec(entry.arxiv ?? '');
  if (old) return (Number(old[1]) >= 91 ? 1900 : 2000) + Number(old[1]);
  return entry.venue?.year;
}
