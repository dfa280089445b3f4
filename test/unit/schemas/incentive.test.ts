import { describe, expect, test } from 'vitest';
import { incentiveSchema } from '../../../src/schemas/incentive.ts';
import { makeIncentive } from '../../support/factories.ts';

const issues = (data: unknown) => {
  const result = incentiveSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((i) => ({
        path: i.path.join('.'),
        message: i.message,
        code: i.code,
      }));
};

describe('incentiveSchema', () => {
  test('accepts the minimal incentive (a service without amount)', () => {
    expect(issues(makeIncentive({ benefit: '人才公寓' }))).toEqual([]);
  });

  test.each(['title', 'policy', 'benefit', 'summary'])('requires %s', (key) => {
    expect(issues(makeIncentive({ [key]: undefined }))).toMatchObject([{ path: key }]);
  });

  test.each([
    [{ min: 2000, max: 2000, period: 'monthly', times: 36 }],
    [{ min: 0, max: 200000, period: 'once' }],
    [{ min: 30000, max: 100000, period: 'yearly', times: 5 }],
  ])('accepts the amount %j', (amount) => {
    expect(issues(makeIncentive({ amount }))).toEqual([]);
  });

  test.each([
    ['min above max', { min: 3, max: 2, period: 'once' }, 'amount.min'],
    ['a negative amount', { min: -1, max: 2, period: 'once' }, 'amount.min'],
    ['a fractional amount', { min: 1.5, max: 2, period: 'once' }, 'amount.min'],
    ['monthly without times', { min: 1, max: 2, period: 'monthly' }, 'amount.times'],
    ['yearly without times', { min: 1, max: 2, period: 'yearly' }, 'amount.times'],
    ['times on a one-off payment', { min: 1, max: 2, period: 'once', times: 3 }, 'amount.times'],
    ['zero times', { min: 1, max: 2, period: 'monthly', times: 0 }, 'amount.times'],
    ['an unknown period', { min: 1, max: 2, period: 'weekly' }, 'amount.period'],
    ['an unknown amount key', { min: 1, max: 2, period: 'once', currency: 'CNY' }, 'amount'],
  ])('rejects %s', (_, amount, path) => {
    expect(issues(makeIncentive({ amount }))).toMatchObject([{ path }]);
  });

  test('accepts every eligibility key', () => {
    const eligibility = {
      education: ['硕士研究生'],
      fullTime: true,
      maxAge: 35,
      graduatedWithinYears: 3,
      groups: ['高校毕业生', '返乡人才'],
      tiers: ['A'],
      titles: ['正高级'],
      employer: ['企业'],
      notes: '须签订三年合同',
    };
    expect(issues(makeIncentive({ eligibility }))).toEqual([]);
  });

  test.each([
    ['an unknown criterion', { age: 35 }, 'eligibility'],
    ['fullTime: false', { fullTime: false }, 'eligibility.fullTime'],
    ['an education outside the vocabulary', { education: ['研究生'] }, 'eligibility.education.0'],
    ['an empty list', { groups: [] }, 'eligibility.groups'],
    ['a repeated value', { tiers: ['A', 'A'] }, 'eligibility.tiers'],
    ['a tier outside the vocabulary', { tiers: ['F'] }, 'eligibility.tiers.0'],
    ['a title outside the vocabulary', { titles: ['高级'] }, 'eligibility.titles.0'],
    ['an employer outside the vocabulary', { employer: ['国企'] }, 'eligibility.employer.0'],
    [
      'a negative graduatedWithinYears',
      { graduatedWithinYears: -1 },
      'eligibility.graduatedWithinYears',
    ],
    ['maxAge zero', { maxAge: 0 }, 'eligibility.maxAge'],
  ])('rejects %s', (_, eligibility, path) => {
    expect(issues(makeIncentive({ eligibility }))).toMatchObject([{ path }]);
  });

  test.each([
    '第五条',
    '第二十一条',
    '第一百零二条',
    '第五条第二款',
    '第五条第二款第（三）项',
    '五',
    '三（二）',
    '（十三）',
  ])('accepts the clause %s', (clause) => {
    expect(issues(makeIncentive({ clause }))).toEqual([]);
  });

  test.each(['第5条', '5', '第五款', '第五条二款', '三、', '第五条第（三）'])(
    'rejects the clause %s',
    (clause) => {
      expect(issues(makeIncentive({ clause }))).toMatchObject([{ path: 'clause' }]);
    },
  );

  test('rejects a benefit outside the vocabulary', () => {
    expect(issues(makeIncentive({ benefit: '住房补贴' }))).toMatchObject([{ path: 'benefit' }]);
  });

  test('rejects an apply url that is not http(s)', () => {
    expect(issues(makeIncentive({ apply: { url: 'javascript:alert(1)' } }))).toMatchObject([
      { path: 'apply.url' },
    ]);
  });

  test('accepts an unquoted phone number in apply, as YAML reads it', () => {
    expect(
      incentiveSchema.parse(makeIncentive({ apply: { phone: 13990001234 } })).apply?.phone,
    ).toBe('13990001234');
  });
});
