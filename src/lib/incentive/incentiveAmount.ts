import type { Amount } from '../../schemas/incentive.ts';
import { formatCount, formatYuan } from '../shared/formatNumber.ts';
import { incentiveValue } from './incentiveValue.ts';

/**
 * How an incentive's amount reads in plain Chinese. What it is worth in total is
 * incentiveValue (src/lib/incentive/incentiveValue.ts), the spec's one definition.
 */

/**
 * A range of 元 as Chinese writes it: one unit when both ends share it (5万—20万元, 500—800元).
 * @example formatYuanRange(50000, 200000) // '5万—20万元'
 * @example formatYuanRange(5000, 10000) // '5000元—1万元'
 * @example formatYuanRange(30000, 30000) // '3万元'
 */
export function formatYuanRange(min: number, max: number): string {
  if (min === max) return formatYuan(max);
  if (min === 0) return `最高${formatYuan(max)}`;
  const wan = (v: number) => v >= 10_000 && v < 100_000_000;
  const sameUnit = (wan(min) && wan(max)) || (min < 10_000 && max < 10_000);
  return sameUnit
    ? `${formatCount(min)}—${formatYuan(max)}`
    : `${formatYuan(min)}—${formatYuan(max)}`;
}

/**
 * The amount of one payment and how often it is paid, in plain Chinese; for a cash benefit
 * whose amount a rule sets (`amountNote` without `amount`), that rule; 服务类 for services.
 * @example formatAmount({ min: 200000, max: 200000, period: 'once' }) // '一次性20万元'
 * @example formatAmount({ min: 2000, max: 2000, period: 'monthly', times: 36 }) // '2000元/月，共36个月'
 * @example formatAmount({ min: 30000, max: 100000, period: 'yearly', times: 5 }) // '每年3万—10万元，共5年'
 * @example formatAmount(undefined, '按实际缴纳的社会保险费给予补贴') // '按实际缴纳的社会保险费给予补贴'
 */
export function formatAmount(amount: Amount | undefined, amountNote?: string): string {
  if (!amount) return amountNote ?? '服务类';
  const range = formatYuanRange(amount.min, amount.max);
  switch (amount.period) {
    case 'once':
      return `一次性${range}`;
    case 'monthly':
      return `${range}/月，共${amount.times}个月`;
    case 'yearly':
      return `每年${range}，共${amount.times}年`;
  }
}

/**
 * Whether an incentive is cash whose amount a rule sets rather than a figure (`amountNote`
 * without `amount`): not a service, but worth 0 in totals, which say how many they leave out.
 * @example isUnpriced({ amountNote: '按实际缴纳的社会保险费给予补贴' }) // true
 * @example isUnpriced({}) // false (a service)
 */
export function isUnpriced(incentive: {
  amount?: Amount | undefined;
  amountNote?: string | undefined;
}): boolean {
  return !incentive.amount && Boolean(incentive.amountNote);
}

/**
 * What a total leaves out: `另有 2 项金额按规定核定，未计入合计`, or null when it leaves out none.
 * @example unpricedNote(2) // '另有 2 项金额按规定核定，未计入合计'
 */
export function unpricedNote(count: number): string | null {
  return count > 0 ? `另有 ${count} 项金额按规定核定，未计入合计` : null;
}

/**
 * The headline figure for lists: 最高 and the most it pays in all; 服务类 for services.
 * @example formatValueCeiling({ min: 2000, max: 2000, period: 'monthly', times: 36 }) // '最高7.2万元'
 * @example formatValueCeiling(undefined) // '服务类'
 */
export function formatValueCeiling(amount: Amount | undefined): string {
  if (!amount) return '服务类';
  return `最高${formatYuan(incentiveValue(amount).max)}`;
}

/**
 * The total value of a periodic amount in words (合计…), or null when it equals one payment.
 * @example formatValueTotal({ min: 500, max: 800, period: 'monthly', times: 24 }) // '合计1.2万—1.92万元'
 * @example formatValueTotal({ min: 1, max: 1, period: 'once' }) // null
 */
export function formatValueTotal(amount: Amount | undefined): string | null {
  if (!amount || amount.period === 'once') return null;
  const value = incentiveValue(amount);
  return `合计${formatYuanRange(value.min, value.max)}`;
}
