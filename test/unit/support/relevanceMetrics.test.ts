import { describe, expect, test } from 'vitest';
import {
  firstSectionIs,
  precisionAtK,
  reciprocalRank,
  scoreQuery,
  subResultPrecision,
  summarize,
} from '../../support/relevanceMetrics.ts';

describe('precisionAtK', () => {
  test.each([
    [['/a/', '/x/', '/y/'], ['/a/'], 1],
    [['/x/', '/y/', '/a/'], ['/a/'], 1],
    [['/x/', '/y/', '/z/', '/a/'], ['/a/'], 0],
    [['/a/', '/x/', '/b/'], ['/a/', '/b/'], 1],
    [['/a/', '/x/', '/y/'], ['/a/', '/b/'], 0.5],
    [['/a/', '/b/', '/c/'], ['/a/', '/b/', '/c/', '/d/'], 1],
    [[], ['/a/'], 0],
  ])('scores %j against %j as %d', (ranked, relevant, expected) => {
    expect(precisionAtK(ranked, relevant)).toBeCloseTo(expected);
  });

  test('refuses a query without relevant pages', () => {
    expect(() => precisionAtK(['/a/'], [])).toThrow();
  });
});

describe('reciprocalRank', () => {
  test.each([
    [['/a/'], ['/a/'], 1],
    [['/x/', '/a/'], ['/a/'], 0.5],
    [['/x/', '/y/', '/z/', '/b/'], ['/a/', '/b/'], 0.25],
    [['/x/'], ['/a/'], 0],
  ])('gives %j against %j the reciprocal rank %d', (ranked, relevant, expected) => {
    expect(reciprocalRank(ranked, relevant)).toBeCloseTo(expected);
  });
});

describe('summarize', () => {
  test('averages precision and reciprocal rank over the queries', () => {
    const scores = [scoreQuery('甲', ['/a/'], ['/a/']), scoreQuery('乙', ['/x/', '/b/'], ['/b/'])];
    expect(summarize(scores)).toEqual({ precision: 1, mrr: 0.75, queries: 2 });
  });

  test('reports zero for no queries', () => {
    expect(summarize([])).toEqual({ precision: 0, mrr: 0, queries: 0 });
  });
});

describe('firstSectionIs', () => {
  const shown = [
    { path: '/x/', sections: ['art-52'] },
    { path: '/p/', sections: ['art-5', 'art-52'] },
    { path: '/q/', sections: [] },
  ];

  test.each([
    [{ page: '/x/', id: 'art-52' }, true],
    [{ page: '/p/', id: 'art-52' }, false],
    [{ page: '/p/', id: 'art-5' }, true],
    [{ page: '/q/', id: 'art-1' }, false],
    [{ page: '/missing/', id: 'art-52' }, false],
  ])('is true only when the expected page shows the expected division first: %j', (anchor, hit) => {
    expect(firstSectionIs(shown, anchor)).toBe(hit);
  });
});

describe('subResultPrecision', () => {
  test('is the share of queries that landed on their division, and zero for none', () => {
    expect(subResultPrecision([true, false, true, true])).toBe(0.75);
    expect(subResultPrecision([])).toBe(0);
  });
});
