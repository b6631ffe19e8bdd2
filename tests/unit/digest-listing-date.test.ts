import { describe, expect, test } from 'vitest';
import {
  choosePageDate,
  parseDateLine,
  resolveListingDate,
  type ListingDate,
} from '../../src/lib/digest/listing-date.ts';

describe('parseDateLine', () => {
  test.each([
    ['Mar 28, 2025', { date: { year: 2025, month: 3, day: 28 } }],
    ['Sep 14, 2023 4', { date: { year: 2023, month: 9, day: 14 }, trailingNumber: 4 }],
    ['Jan 8', { date: { month: 1, day: 8 } }],
    ['Mar 3 4', { date: { month: 3, day: 3 }, trailingNumber: 4 }],
    ['March 28, 2025', { date: { year: 2025, month: 3, day: 28 } }],
    ['Sept 5, 2024', { date: { year: 2024, month: 9, day: 5 } }],
    ['Dec. 1, 2020', { date: { year: 2020, month: 12, day: 1 } }],
    ['  Aug 31, 2022  ', { date: { year: 2022, month: 8, day: 31 } }],
    ['Feb 29', { date: { month: 2, day: 29 } }],
    ['Feb 29, 2024', { date: { year: 2024, month: 2, day: 29 } }],
  ])('reads %j', (text, expected) => {
    expect(parseDateLine(text)).toStrictEqual(expected);
  });

  test.each([
    ['a day that does not exist', 'Feb 30'],
    ['Feb 29 of a common year', 'Feb 29, 2023'],
    ['April 31st', 'Apr 31, 2024'],
    ['a word that only starts like a month', 'Marching 5'],
    ['a word that starts like December', 'Decoding 2'],
    ['an unknown month', 'Foo 3, 2024'],
    ['a month alone', 'Mar'],
    ['a two-digit year', 'Mar 28, 25'],
    ['a sentence that contains a date', 'Published Mar 28, 2025'],
    ['a title line', 'Few-Shot Learning for Clinical Natural Language Processing'],
  ])('refuses %s (%j)', (_what, text) => {
    expect(parseDateLine(text)).toBeUndefined();
  });
});

describe('resolveListingDate', () => {
  const yearless: ListingDate = { month: 1, day: 8 };
  const page2026: ListingDate = { year: 2026, month: 1, day: 8 };
  test.each([
    [
      'keeps a full date as it is',
      { year: 2025, month: 3, day: 28 },
      page2026,
      { precision: 'day', value: '2025-03-28' },
    ],
    [
      'leaves a year-less date partial with no page date',
      { month: 3, day: 3 },
      undefined,
      { precision: 'month-day', value: '--03-03' },
    ],
    [
      'leaves a year-less date partial on a year-less page',
      { month: 1, day: 5 },
      yearless,
      { precision: 'month-day', value: '--01-05' },
    ],
    [
      'takes the page year for the page day itself',
      { month: 1, day: 8 },
      page2026,
      { precision: 'day', value: '2026-01-08' },
    ],
    [
      'takes the page year for an earlier day',
      { month: 1, day: 5 },
      page2026,
      { precision: 'day', value: '2026-01-05' },
    ],
    [
      'does not take the page year for a later day of the month',
      { month: 1, day: 9 },
      page2026,
      { precision: 'month-day', value: '--01-09' },
    ],
    [
      'does not take the page year for a later month',
      { month: 12, day: 31 },
      page2026,
      { precision: 'month-day', value: '--12-31' },
    ],
    [
      'does not invent Feb 29 in a common year',
      { month: 2, day: 29 },
      { year: 2026, month: 3, day: 1 },
      { precision: 'month-day', value: '--02-29' },
    ],
    [
      'keeps Feb 29 in a leap year',
      { month: 2, day: 29 },
      { year: 2024, month: 3, day: 1 },
      { precision: 'day', value: '2024-02-29' },
    ],
  ])('%s', (_what, date, page, expected) => {
    expect(resolveListingDate(date, page)).toStrictEqual(expected);
  });
});

describe('choosePageDate', () => {
  const previous = { year: 2025, month: 12, day: 31 };
  const today = { year: 2026, month: 1, day: 1 };
  const next = { year: 2026, month: 1, day: 2 };
  test.each([
    ['gives the date line the year of the link to the same day', { month: 1, day: 1 }, [previous, today, next], today],
    ['ignores links to other days', { month: 1, day: 1 }, [previous, next], { month: 1, day: 1 }],
    ['keeps a date line that has its year', { year: 2026, month: 1, day: 1 }, [next], { year: 2026, month: 1, day: 1 }],
    ['takes a single linked day when there is no date line', undefined, [today, today], today],
    ['takes nothing from several linked days without a date line', undefined, [previous, next], undefined],
    ['has no date with neither', undefined, [], undefined],
  ])('%s', (_what, shown, linked, expected) => {
    expect(choosePageDate(shown, linked)).toStrictEqual(expected);
  });
});
