import { describe, expect, test } from 'vitest';
import { formatCount, formatPercent, formatYuan } from '../../../src/lib/formatNumber.ts';

describe('formatNumber', () => {
  test.each([
    [980, '980'], [10000, '1万'], [15800, '1.58万'], [200000, '20万'], [123456789, '1.23亿'],
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
