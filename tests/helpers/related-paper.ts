/**
 * A paper for the related-papers tests: its text is both title and abstract, dated 2025-01-01 unless
 * a date (and its precision) is given.
 */
export const relatedPaper = (
  slug: string,
  theme: string,
  text: string,
  value = '2025-01-01',
  precision: 'day' | 'month-day' = 'day',
) => ({
  slug,
  theme,
  title: text,
  abstract: text,
  date: { precision, value },
});
