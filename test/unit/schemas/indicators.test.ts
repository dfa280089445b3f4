import { describe, expect, test } from 'vitest';
import { indicatorsSchema } from '../../../src/schemas/indicators.ts';
import { makeIndicators } from '../../support/factories.ts';
import { stringContaining } from '../../support/matchers.ts';

const issues = (data: unknown) => {
  const result = indicatorsSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((i) => ({
        path: i.path.join('.'),
        message: i.message,
        code: i.code,
      }));
};

describe('indicatorsSchema', () => {
  test('accepts sums equal to the total', () => {
    expect(issues(makeIndicators({ byTeam: { 党政人才: 400, 专业技术人才: 600 } }))).toEqual([]);
  });

  test.each(['byTeam', 'byEducation', 'byTitle'] as const)(
    'rejects a %s sum above the total',
    (key) => {
      const counts = {
        byTeam: { 党政人才: 600, 专业技术人才: 600 },
        byEducation: { 本科: 1001 },
        byTitle: { 正高级: 500, 中级: 501 },
      }[key];
      expect(issues(makeIndicators({ [key]: counts }))).toMatchObject([
        { path: key, message: stringContaining('超过人才总量') },
      ]);
    },
  );

  test.each([
    ['an unknown team', { byTeam: { 科技人才: 10 } }, 'byTeam'],
    ['an unknown education level', { byEducation: { 研究生: 10 } }, 'byEducation'],
    ['a negative count', { introduced: -1 }, 'introduced'],
    ['a fractional funding', { funding: 1.5 }, 'funding'],
    ['an unknown target key', { targets: { growth: 3 } }, 'targets'],
    ['a year that is not a number', { year: '2024年' }, 'year'],
  ])('rejects %s', (_, overrides, path) => {
    expect(issues(makeIndicators(overrides))).toMatchObject([{ path }]);
  });

  test('accepts targets with the indicator keys', () => {
    expect(
      issues(
        makeIndicators({
          targets: { introduced: 300, departed: 100, total: 1100, funding: 5000000 },
        }),
      ),
    ).toEqual([]);
  });
});
