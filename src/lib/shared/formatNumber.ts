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

/**
 * A count in 万 (亿) from ten thousand up, with as many decimals as it takes to stay exact,
 * for tables where a reader compares figures (18510 and 18500 must not both read 1.85万).
 * @example formatExactCount(18510) // '1.851万'
 * @example formatExactCount(980) // '980'
 */
export function formatExactCount(value: number): string {
  if (!Number.isInteger(value)) return formatCount(value);
  if (Math.abs(value) >= 100_000_000) return `${trimDecimals(value / 100_000_000, 8)}亿`;
  if (Math.abs(value) >= 10_000) return `${trimDecimals(value / 10_000, 4)}万`;
  return formatCount(value);
}

/**
 * An amount in 元, exact, in 万元 (亿元) from ten thousand up.
 * @example formatExactYuan(24612000) // '2461.2万元'
 */
export function formatExactYuan(value: number): string {
  return `${formatExactCount(value)}元`;
}
