import type { Amount } from '../../schemas/incentive.ts';

/**
 * What an incentive is worth in total, by the content specification: a one-off payment is
 * worth its amount; a monthly or yearly one is worth the amount times the number of payments;
 * a service without an amount (人才公寓, 子女入学 ...) is worth 0.
 */

/** The lowest and highest total value of an incentive, in 元. */
export interface IncentiveValue {
  min: number;
  max: number;
}

/**
 * The total value of an incentive from its amount; 0 for a service without one.
 * @example incentiveValue({ min: 500, max: 1000, period: 'monthly', times: 24 }) // { min: 12000, max: 24000 }
 * @example incentiveValue(undefined) // { min: 0, max: 0 }
 */
export function incentiveValue(amount: Amount | undefined): IncentiveValue {
  if (!amount) return { min: 0, max: 0 };
  const times = amount.period === 'once' ? 1 : (amount.times ?? 1);
  return { min: amount.min * times, max: amount.max * times };
}
