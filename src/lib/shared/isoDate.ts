/**
 * Calendar dates as `YYYY-MM-DD` strings. Strings compare in calendar order,
 * and no time zone can shift them, so every date rule in the project uses them.
 */

/** An ISO calendar date string, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a `YYYY-MM-DD` date that exists on the calendar.
 * @example isRealIsoDate('2024-02-29') // true
 * @example isRealIsoDate('2023-02-30') // false: never rolled over to March
 */
export function isRealIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * Number of days in a month of the proleptic Gregorian calendar.
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether a Gregorian year has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The UTC calendar date of a Date object, as YAML parsers create them for unquoted dates.
 * @example isoDateOfUtc(new Date(Date.UTC(2024, 0, 5))) // '2024-01-05'
 */
export function isoDateOfUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar date in Asia/Shanghai (UTC+8, no daylight saving) at an instant.
 * @example shanghaiDate(new Date('2026-11-20T17:30:00Z')) // '2026-11-21'
 */
export function shanghaiDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * The year of an ISO date.
 * @example yearOf('2024-03-01') // 2024
 */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * An ISO date in Chinese, as government documents write it.
 * @example formatChineseDate('2024-03-01') // '2024年3月1日'
 */
export function formatChineseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/**
 * Adds days to an ISO date (negative to subtract).
 * @example addDays('2024-02-28', 1) // '2024-02-29'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
