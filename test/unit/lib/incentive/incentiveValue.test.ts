import { describe, expect, test } from 'vitest';
import { incentiveValue } from '../../../../src/lib/incentive/incentiveValue.ts';
import type { Amount } from '../../../../src/schemas/incentive.ts';

const amount = (overrides: Partial<Amount> = {}): Amount => ({
  min: 2000,
  max: 5000,
  period: 'once',
  ...overrides,
});

describe('incentiveValue', () => {
  test('is the amount itself for a one-off payment', () => {
    expect(incentiveValue(amount())).toEqual({ min: 2000, max: 5000 });
  });

  test.each([
    ['monthly', 36, { min: 72000, max: 180000 }],
    ['yearly', 3, { min: 6000, max: 15000 }],
    ['monthly', 1, { min: 2000, max: 5000 }],
  ] as const)('multiplies a %s payment by its %i payments', (period, times, expected) => {
    expect(incentiveValue(amount({ period, times }))).toEqual(expected);
  });

  test('is 0 for a service without an amount', () => {
    expect(incentiveValue(undefined)).toEqual({ min: 0, max: 0 });
  });
});
