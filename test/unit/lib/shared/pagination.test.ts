import { describe, expect, test } from 'vitest';
import { pageWindow, paginate } from '../../../../src/lib/shared/pagination.ts';

describe('paginate', () => {
  test.each([
    [0, [0]],
    [1, [1]],
    [15, [15]],
    [16, [15, 1]],
    [30, [15, 15]],
    [31, [15, 15, 1]],
  ])('splits %i items into pages of 15', (count, sizes) => {
    expect(
      paginate(
        Array.from({ length: count }, (_, i) => i),
        15,
      ).map((page) => page.length),
    ).toEqual(sizes);
  });

  test('keeps the order', () => {
    expect(paginate(['a', 'b', 'c'], 2)).toEqual([['a', 'b'], ['c']]);
  });
});

describe('pageWindow', () => {
  test.each([
    [1, 1, [1]],
    [2, 4, [1, 2, 3, 4]],
    [1, 20, [1, 2, 3, null, 20]],
    [10, 20, [1, null, 8, 9, 10, 11, 12, null, 20]],
    [20, 20, [1, null, 18, 19, 20]],
    [4, 8, [1, 2, 3, 4, 5, 6, null, 8]],
  ])('page %i of %i shows %j', (page, count, expected) => {
    expect(pageWindow(page, count)).toEqual(expected);
  });
});
