import { BENEFITS, type Benefit } from '../../schemas/vocabularies.ts';
import type { IncentiveRecord } from '../content/contentModel.ts';
import { incentiveValue } from './incentiveValue.ts';

/** Incentives of one benefit type. */
export interface BenefitGroup<T> {
  benefit: Benefit;
  incentives: T[];
}

/**
 * Groups incentives by benefit type in the vocabulary's order, leaving out empty types;
 * within a type the largest total value comes first (ties by slug).
 * @example groupIncentivesByBenefit(offered).map((g) => g.benefit) // ['安家补贴', '购房补贴', …]
 */
export function groupIncentivesByBenefit<T extends Pick<IncentiveRecord, 'slug' | 'data'>>(
  incentives: readonly T[],
): BenefitGroup<T>[] {
  return BENEFITS.map((benefit) => ({
    benefit,
    incentives: incentives
      .filter((i) => i.data.benefit === benefit)
      .sort(
        (a, b) =>
          incentiveValue(b.data.amount).max - incentiveValue(a.data.amount).max ||
          (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
      ),
  })).filter((g) => g.incentives.length > 0);
}

/**
 * The stable anchor of a benefit type's section on the incentives list.
 * @example benefitAnchor('安家补贴') // 'benefit-1'
 */
export function benefitAnchor(benefit: Benefit): string {
  return `benefit-${BENEFITS.indexOf(benefit) + 1}`;
}
