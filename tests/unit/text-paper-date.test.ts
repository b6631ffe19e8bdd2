import { describe, expect, test } from 'vitest';
import { formatPaperDate, paperDatetime, paperDateKey, paperYear } from '../../src/lib/dates.ts';

const day = (value: string) => ({ precision: 'day' as const, value });
const monthDay = (value: string) => ({ precision: 'month-day' as const, value });

describe('formatPaperDate', () => {
  test.each([
    [day('2025-03-03'), 'Mar 3, 2025', 'Mar 3'],
    [day('2022-12-31'), 'Dec 31, 2022', 'Dec 31'],
    [monthDay('--03-03'), 'Mar 3 (year unknown)', 'Mar 3'],
  ])('formats %j', (date, long, short) => {
    expect(formatPaperDate(date)).toBe(long);
    expect(formatPaperDate(date, 'short')).toBe(short);
  });
});

describe('paperYear', () => {
  test('is the year of a full date and null without one', () => {
    expect(paperYear(day('2025-03-03'))).toBe(2025);
    expect(paperYear(monthDay('--03-03'))).toBeNull();
  });
});

describe('paperDateKey', () => {
  test('sorts year-less dates before every dated one', () => {
    const keys = [day('2020-01-01'), monthDay('--12-31'), day('2019-06-01'), monthDay('--01-02')]
      .map(paperDateKey)
      .sort();
    expect(keys).toEqual(['0000-01-02', '0000-12-31', '2019-06-01', '2020-01-01']);
  });
});

describe('paperDatetime', () => {
  test('gives a date as it is, and a year-less date as month and day, which the Nu HTML Checker accepts', () => {
    expect(paperDatetime({ precision: 'day', value: '2025-03-03' })).toBe('2025-03-03');
    expect(paperDatetime({ precision: 'month-day', value: '--07-14' })).toBe('07-14');
  });
});
