import { describe, expect, test } from 'vitest';
import { OUTDATED_SCORE_FACTOR, rankByStatus } from '../../../../src/lib/search/searchRanking.ts';

const result = (id: string, score: number) => ({ id, score });

describe('rankByStatus', () => {
  test('puts the version in force before an outdated one that scored a little higher', () => {
    expect(
      rankByStatus([result('2021版', 3), result('2024版', 2)], new Set(['2021版'])).map(
        (r) => r.id,
      ),
    ).toEqual(['2024版', '2021版']);
  });

  test('keeps an outdated document above a far weaker current one', () => {
    expect(
      rankByStatus([result('old', 10), result('weak', 1)], new Set(['old'])).map((r) => r.id),
    ).toEqual(['old', 'weak']);
  });

  test.each([
    [3.9, ['new', 'old']],
    [4.1, ['old', 'new']],
  ])('weights an outdated score by the factor (old scores %d against 2)', (oldScore, order) => {
    expect(OUTDATED_SCORE_FACTOR).toBe(0.5);
    expect(
      rankByStatus([result('old', oldScore), result('new', 2)], new Set(['old'])).map((r) => r.id),
    ).toEqual(order);
  });

  test("keeps Pagefind's order for equal scores and drops nothing", () => {
    const results = [result('a', 1), result('b', 1), result('c', 2)];
    expect(rankByStatus(results, new Set()).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  test('returns the same result objects', () => {
    const results = [result('a', 1)];
    expect(rankByStatus(results, new Set())[0]).toBe(results[0]);
  });
});
