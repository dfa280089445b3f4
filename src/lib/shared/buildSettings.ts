import { isRealIsoDate, shanghaiDate, type IsoDate } from './isoDate.ts';

/**
 * Resolves the as-of date from the `SITE_AS_OF` setting: the given date, or today in
 * Asia/Shanghai when unset. Throws a Chinese message naming the variable when it is malformed.
 * @example resolveSiteAsOf('2026-11-21') // '2026-11-21'
 */
export function resolveSiteAsOf(setting: string | undefined, now: Date = new Date()): IsoDate {
  const value = setting?.trim();
  if (!value) return shanghaiDate(now);
  if (!isRealIsoDate(value)) {
    throw new Error(
      `SITE_AS_OF: 「${value}」不是有效日期，应为真实存在的 YYYY-MM-DD 日期，例如 2026-11-21`,
    );
  }
  return value;
}

/**
 * The content tree every command reads: `CONTENT_DIR`, or `content` when unset.
 * @example resolveContentDir(undefined) // 'content'
 */
export function resolveContentDir(setting: string | undefined): string {
  const value = setting?.trim();
  return value ? value.replace(/[\\/]+$/, '') : 'content';
}

/**
 * The path the site is published under: `BASE_PATH`, or `/` when unset.
 * @example resolveBasePath(' /rencai/ ') // '/rencai/'
 */
export function resolveBasePath(setting: string | undefined): string {
  return setting?.trim() || '/';
}
