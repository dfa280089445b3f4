import { describe, expect, test } from 'vitest';
import {
  parseChineseNumeral,
  toChineseNumeral,
} from '../../../../src/lib/shared/chineseNumerals.ts';

describe('parseChineseNumeral', () => {
  test.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['九十九', 99],
    ['一百', 100],
    ['一百零二', 102],
    ['一百一十', 110],
    ['一百十', 110],
    ['两百', 200],
    ['一千零一', 1001],
    ['一千〇一', 1001],
  ])('%s → %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  test.each(['', '零', '一二', '十十', '十百', '百一十五x', 'abc', '5'])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('toChineseNumeral', () => {
  test.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [102, '一百零二'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
  ])('%i → %s', (value, text) => {
    expect(toChineseNumeral(value)).toBe(text);
  });

  test('round-trips every number from 1 to 9999', () => {
    for (let n = 1; n < 10000; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  test('rejects numbers it cannot write', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });
});
