/**
 * Chinese numerals as used in article and chapter numbers (第一百零二条).
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral below 10,000 may contain. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/**
 * Parses a Chinese numeral below 10,000; returns null for anything that is not one.
 * @example parseChineseNumeral('一百零二') // 102
 * @example parseChineseNumeral('十二') // 12
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: 一二
      digit = DIGITS[char]!;
    } else if (char in UNITS) {
      const unit = UNITS[char]!;
      if (unit >= lastUnit) return null; // units must descend: 十百 is not a number
      if (digit === 0) return null;
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    } else {
      return null;
    }
  }
  total += digit ?? 0;
  return total > 0 ? total : null;
}

/**
 * Writes a positive integer below 10,000 as a Chinese numeral, the way documents number articles.
 * @example toChineseNumeral(102) // '一百零二'
 * @example toChineseNumeral(10) // '十'
 */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value <= 0 || value >= 10000) {
    throw new RangeError(`toChineseNumeral: ${value} is not an integer from 1 to 9999`);
  }
  const names = '零一二三四五六七八九';
  // Each digit with the unit of its place, from thousands down to ones.
  const places: [digit: number, unit: string][] = [
    [Math.floor(value / 1000), '千'],
    [Math.floor(value / 100) % 10, '百'],
    [Math.floor(value / 10) % 10, '十'],
    [value % 10, ''],
  ];
  let out = '';
  let pendingZero = false;
  for (const [digit, unit] of places) {
    if (digit === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十二, not 一十二, when ten is the leading place.
    const skipOne = digit === 1 && unit === '十' && out === '';
    out += (skipOne ? '' : names.charAt(digit)) + unit;
  }
  return out;
}
