import { isoDate } from '../../src/lib/dates.ts';

/** Today's date as YYYY-MM-DD in local time; `SURVEY_TODAY` pins it for reproducible runs and tests. */
export function todayIso(): string {
  const pinned = process.env.SURVEY_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  const now = new Date();
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
