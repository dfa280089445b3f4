import { describe, expect, test } from 'vitest';
import type { Amount } from '../../../../src/schemas/incentive.ts';
import {
  formatAmount,
  formatValueCeiling,
  formatValueTotal,
  formatYuanRange,
  isUnpriced,
  unpricedNote,
} from '../../../../src/lib/incentive/incentiveAmount.ts';
import { incentiveValue } from '../../../../src/lib/incentive/incentiveValue.ts';

const amount = (overrides: Partial<Amount> = {}): Amount => ({
  min: 200000,
  max: 200000,
  period: 'once',
  ...overrides,
});

describe('incentiveValue', () => {
  test.each([
    ['once pays the amount', amount({ min: 10000, max: 50000 }), { min: 10000, max: 50000 }],
    [
      'monthly multiplies by the number of months',
      amount({ min: 500, max: 800, period: 'monthly', times: 24 }),
      { min: 12000, max: 19200 },
    ],
    [
      'yearly multiplies by the number of years',
      amount({ min: 30000, max: 100000, period: 'yearly', times: 5 }),
      { min: 150000, max: 500000 },
    ],
    ['a service is worth nothing in totals', undefined, { min: 0, max: 0 }],
  ])('%s', (_, given, expected) => {
    expect(incentiveValue(given)).toEqual(expected);
  });
});

describe('formatYuanRange', () => {
  test.each([
    [30000, 30000, '3万元'],
    [50000, 200000, '5万—20万元'],
    [500, 800, '500—800元'],
    [5000, 10000, '5000元—1万元'],
    [0, 50000, '最高5万元'],
  ])('formatYuanRange(%i, %i) → %s', (min, max, text) => {
    expect(formatYuanRange(min, max)).toBe(text);
  });
});

describe('formatAmount', () => {
  test.each([
    [amount(), '一次性20万元'],
    [amount({ min: 10000, max: 50000 }), '一次性1万—5万元'],
    [amount({ min: 0, max: 50000 }), '一次性最高5万元'],
    [amount({ min: 2000, max: 2000, period: 'monthly', times: 36 }), '2000元/月，共36个月'],
    [amount({ min: 500, max: 800, period: 'monthly', times: 24 }), '500—800元/月，共24个月'],
    [amount({ min: 6000, max: 6000, period: 'yearly', times: 3 }), '每年6000元，共3年'],
    [amount({ min: 30000, max: 100000, period: 'yearly', times: 5 }), '每年3万—10万元，共5年'],
    [undefined, '服务类'],
  ])('%j reads %s', (given, text) => {
    expect(formatAmount(given)).toBe(text);
  });
});

describe('formatValueCeiling', () => {
  test('names the most an incentive pays in all', () => {
    expect(formatValueCeiling(amount())).toBe('最高20万元');
    expect(formatValueCeiling(amount({ min: 2000, max: 2000, period: 'monthly', times: 36 }))).toBe(
      '最高7.2万元',
    );
    expect(formatValueCeiling(undefined)).toBe('服务类');
  });
});

describe('formatValueTotal', () => {
  test('sums periodic payments', () => {
    expect(formatValueTotal(amount({ min: 2000, max: 2000, period: 'monthly', times: 36 }))).toBe(
      '合计7.2万元',
    );
    expect(formatValueTotal(amount({ min: 30000, max: 100000, period: 'yearly', times: 5 }))).toBe(
      '合计15万—50万元',
    );
  });

  test('has nothing to add for a one-off payment or a service', () => {
    expect(formatValueTotal(amount())).toBeNull();
    expect(formatValueTotal(undefined)).toBeNull();
  });
});

describe('amountNote: cash whose amount a rule sets', () => {
  test('reads as its rule, and an amount still reads as the amount', () => {
    expect(formatAmount(undefined, '按实际缴纳的社会保险费给予补贴')).toBe(
      '按实际缴纳的社会保险费给予补贴',
    );
    expect(formatAmount(amount({ period: 'once' }), '另按规定给予补贴')).toBe('一次性20万元');
    expect(formatAmount(undefined)).toBe('服务类');
  });

  test.each([
    [{ amountNote: '按规定' }, true],
    [{ amount: amount({ period: 'once' }), amountNote: '按规定' }, false],
    [{}, false],
  ])('isUnpriced(%o) is %s', (incentive, expected) => {
    expect(isUnpriced(incentive)).toBe(expected);
  });

  test('a total says how many it leaves out, and nothing when none', () => {
    expect(unpricedNote(2)).toBe('另有 2 项金额按规定核定，未计入合计');
    expect(unpricedNote(0)).toBeNull();
  });
});
