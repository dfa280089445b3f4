import { describe, expect, test } from 'vitest';
import {
  addDays,
  formatChineseDate,
  isRealIsoDate,
  isoDateOfUtc,
  shanghaiDate,
  yearOf,
} from '../../../../src/lib/shared/isoDate.ts';

describe('isRealIsoDate', () => {
  test.each([
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2023-02-30', false],
    ['2023-13-45', false],
    ['2023-04-31', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-1-5', false],
    ['20230105', false],
    ['2023-01-05T00:00:00Z', false],
  ])('%s → %s', (text, expected) => {
    expect(isRealIsoDate(text)).toBe(expected);
  });
});

describe('date helpers', () => {
  test('isoDateOfUtc reads the UTC calendar date that YAML parsers produce', () => {
    expect(isoDateOfUtc(new Date(Date.UTC(2024, 0, 5)))).toBe('2024-01-05');
  });

  test('shanghaiDate turns to the next day at 16:00 UTC', () => {
    expect(shanghaiDate(new Date('2026-11-20T15:59:59Z'))).toBe('2026-11-20');
    expect(shanghaiDate(new Date('2026-11-20T16:00:00Z'))).toBe('2026-11-21');
  });

  test('formatChineseDate drops leading zeros', () => {
    expect(formatChineseDate('2024-03-01')).toBe('2024年3月1日');
  });

  test('addDays crosses month and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });

  test('yearOf reads the year', () => {
    expect(yearOf('2024-03-01')).toBe(2024);
  });
});
