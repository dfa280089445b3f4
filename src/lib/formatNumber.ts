/**
 * Numbers in Chinese conventions: 万 for large counts and amounts, one decimal for
 * percentages, no trailing zeros.
 */

function trimDecimals(value: number, digits: number): string {
  return value.toFixed(digits).replace(/\.?0+$/, '');
}

/**
 * A count, in 万 from ten thousand up.
 * @example formatCount(15800) // '1.58万'
 * @example formatCount(980) // '980'
 */
export function formatCount(value: number): string {
  if (Math.abs(value) >= 100_000_000) return `${trimDecimals(value / 100_000_000, 2)}亿`;
  if (Math.abs(value) >= 10_000) return `${trimDecimals(value / 10_000, 2)}万`;
  return value.toLocaleString('zh-CN', { useGrouping: false });
}

/**
 * An amount of money in 元, in 万元 from ten thousand up.
 * @example formatYuan(200000) // '20万元'
 * @example formatYuan(2000) // '2000元'
 */
export function formatYuan(value: number): string {
  return `${formatCount(value)}元`;
}

/**
 * A share as a percentage with one decimal.
 * @example formatPercent(0.1234) // '12.3%'
 */
export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
