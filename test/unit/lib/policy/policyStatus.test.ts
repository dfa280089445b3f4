import { describe, expect, test } from 'vitest';
import {
  computePolicyStatus,
  effectiveDate,
  isInForce,
  type PolicyDates,
} from '../../../../src/lib/policy/policyStatus.ts';

const policy = (overrides: Partial<PolicyDates> = {}): PolicyDates => ({
  publishedOn: '2024-03-01',
  ...overrides,
});

describe('effectiveDate', () => {
  test('defaults to publishedOn', () => {
    expect(effectiveDate(policy())).toBe('2024-03-01');
    expect(effectiveDate(policy({ effectiveOn: '2024-04-01' }))).toBe('2024-04-01');
  });
});

describe('computePolicyStatus', () => {
  test('is 现行有效 when nothing else applies', () => {
    expect(computePolicyStatus(policy(), [], '2026-11-21')).toEqual({ status: '现行有效' });
  });

  test.each([
    ['the day before effectiveOn', '2024-03-31', { status: '尚未施行', until: '2024-04-01' }],
    ['on effectiveOn', '2024-04-01', { status: '现行有效' }],
  ])('尚未施行 boundary: %s', (_, asOf, expected) => {
    expect(computePolicyStatus(policy({ effectiveOn: '2024-04-01' }), [], asOf)).toEqual(expected);
  });

  test('uses publishedOn as the effective date when effectiveOn is absent', () => {
    expect(computePolicyStatus(policy(), [], '2024-02-29')).toEqual({
      status: '尚未施行',
      until: '2024-03-01',
    });
  });

  test.each([
    ['the day before repealedOn', '2025-06-29', { status: '现行有效' }],
    ['on repealedOn', '2025-06-30', { status: '已废止', since: '2025-06-30' }],
    ['after repealedOn', '2026-01-01', { status: '已废止', since: '2025-06-30' }],
  ])('已废止 boundary: %s', (_, asOf, expected) => {
    expect(computePolicyStatus(policy({ repealedOn: '2025-06-30' }), [], asOf)).toEqual(expected);
  });

  test.each([
    ['the day before the new version takes effect', '2024-03-31', { status: '现行有效' }],
    [
      'on the day it takes effect',
      '2024-04-01',
      { status: '已修订', since: '2024-04-01', by: 'new' },
    ],
  ])('已修订 boundary: %s', (_, asOf, expected) => {
    expect(
      computePolicyStatus(
        policy({ publishedOn: '2021-03-01' }),
        [{ slug: 'new', effectiveOn: '2024-04-01' }],
        asOf,
      ),
    ).toEqual(expected);
  });

  test('names the earliest superseder in force', () => {
    const supersededBy = [
      { slug: 'b', effectiveOn: '2025-01-01' },
      { slug: 'a', effectiveOn: '2024-01-01' },
      { slug: 'c', effectiveOn: '2027-01-01' },
    ];
    expect(
      computePolicyStatus(policy({ publishedOn: '2020-01-01' }), supersededBy, '2026-11-21'),
    ).toEqual({ status: '已修订', since: '2024-01-01', by: 'a' });
  });

  test.each([
    ['on expiresOn (its last day)', '2025-12-31', { status: '现行有效' }],
    ['the day after expiresOn', '2026-01-01', { status: '已失效', expiresOn: '2025-12-31' }],
  ])('已失效 boundary: %s', (_, asOf, expected) => {
    expect(computePolicyStatus(policy({ expiresOn: '2025-12-31' }), [], asOf)).toEqual(expected);
  });

  test('checks the rules in the spec order: 尚未施行 before 已废止', () => {
    expect(
      computePolicyStatus(
        policy({ effectiveOn: '2027-01-01', repealedOn: '2026-06-01' }),
        [],
        '2026-11-21',
      ).status,
    ).toBe('尚未施行');
  });

  test('checks the rules in the spec order: 已废止 before 已修订', () => {
    expect(
      computePolicyStatus(
        policy({ repealedOn: '2025-01-01' }),
        [{ slug: 'n', effectiveOn: '2024-06-01' }],
        '2026-11-21',
      ).status,
    ).toBe('已废止');
  });

  test('checks the rules in the spec order: 已修订 before 已失效', () => {
    expect(
      computePolicyStatus(
        policy({ expiresOn: '2025-01-01' }),
        [{ slug: 'n', effectiveOn: '2024-06-01' }],
        '2026-11-21',
      ).status,
    ).toBe('已修订');
  });
});

describe('isInForce', () => {
  test('only 现行有效 is in force', () => {
    expect(isInForce('现行有效')).toBe(true);
    expect(['尚未施行', '已修订', '已废止', '已失效'].some((s) => isInForce(s as never))).toBe(
      false,
    );
  });
});
