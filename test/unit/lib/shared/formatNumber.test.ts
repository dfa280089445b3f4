import { describe, expect, test } from 'vitest';
import {
  formatCount,
  formatExactCount,
  formatExactYuan,
  formatPercent,
  formatYuan,
} from '../../../../src/lib/shared/formatNumber.ts';

describe('formatNumber', () => {
  test.each([
    [980, '980'],
    [10000, '1万'],
    [15800, '1.58万'],
    [200000, '20万'],
    [123456789, '1.23亿'],
  ])('formatCount(%i) → %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  test('formatYuan appends 元', () => {
    expect(formatYuan(200000)).toBe('20万元');
    expect(formatYuan(2000)).toBe('2000元');
  });

  test('formatPercent keeps one decimal', () => {
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(1)).toBe('100.0%');
  });
});

describe('formatExactCount', () => {
  test.each([
    [980, '980'],
    [10000, '1万'],
    [18510, '1.851万'],
    [18500, '1.85万'],
    [16421, '1.6421万'],
    [-1130, '-1130'],
    [24612345, '2461.2345万'],
    [123456789, '1.23456789亿'],
  ])('formatExactCount(%i) → %s', (value, text) => {
    expect(formatExactCount(value)).toBe(text);
  });

  test('formatExactYuan appends 元', () => {
    expect(formatExactYuan(27800000)).toBe('2780万元');
    expect(formatExactYuan(5000)).toBe('5000元');
  });
});
