import { PaperDateSchema, type PaperDate } from '../schema.ts';

/**
 * Reads a date as a contributor types it: `2025-05-02`, or `--05-02` when the year is unknown.
 * Returns undefined for anything else, including impossible dates.
 */
export function parseDateInput(text: string): PaperDate | undefined {
  const value = text.trim();
  const date = { precision: value.startsWith('--') ? 'month-day' : 'day', value };
  const checked = PaperDateSchema.safeParse(date);
  return checked.success ? checked.data : undefined;
}
