import { describe, expect, test } from 'vitest';
import {
  benefitAnchor,
  groupIncentivesByBenefit,
} from '../../../../src/lib/incentive/incentiveGroups.ts';
import { makeIncentive } from '../../../support/incentiveFactories.ts';

describe('groupIncentivesByBenefit', () => {
  test('groups in vocabulary order, leaves out empty types, and puts the largest value first', () => {
    const groups = groupIncentivesByBenefit([
      makeIncentive('zufang', {
        benefit: '租房补贴',
        amount: { min: 500, max: 800, period: 'monthly', times: 24 },
      }),
      makeIncentive('b-small', {
        benefit: '安家补贴',
        amount: { min: 30000, max: 30000, period: 'once' },
      }),
      makeIncentive('a-service', { benefit: '安家补贴' }),
      makeIncentive('c-large', {
        benefit: '安家补贴',
        amount: { min: 200000, max: 200000, period: 'once' },
      }),
      makeIncentive('a-small', {
        benefit: '安家补贴',
        amount: { min: 30000, max: 30000, period: 'once' },
      }),
    ]);
    expect(groups.map((g) => [g.benefit, g.incentives.map((i) => i.slug)])).toEqual([
      ['安家补贴', ['c-large', 'a-small', 'b-small', 'a-service']],
      ['租房补贴', ['zufang']],
    ]);
  });
});

describe('benefitAnchor', () => {
  test('is stable whatever the other groups are', () => {
    expect(benefitAnchor('安家补贴')).toBe('benefit-1');
    expect(benefitAnchor('其他')).toBe('benefit-12');
  });
});
