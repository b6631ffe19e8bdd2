/** Today's date as YYYY-MM-DD in local time; `SURVEY_TODAY` pins it for reproducible runs and tests. */
export function todayIso(): string {
  const pinned = process.env.SURVEY_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
