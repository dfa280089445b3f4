import { describe, expect, test } from 'vitest';
import { openDataJson, roundDecimal } from '../../../../src/lib/shared/openData.ts';

describe('roundDecimal', () => {
  test.each([
    [0.7 * 0.002, 0.0014],
    [1 / 3, 0.3333],
    [-2 / 3, -0.6667],
    [0.00005, 0.0001],
    [12, 12],
    [13800138000, 13800138000],
  ])('rounds %d to %d', (value, rounded) => {
    expect(roundDecimal(value)).toBe(rounded);
  });
});

describe('openDataJson', () => {
  test('writes every non-integer number with at most 4 decimal places, wherever it is', () => {
    const json = openDataJson({
      growth: 0.7 * 0.002,
      rows: [{ share: 2 / 3 }],
      count: 7,
    });
    expect(json).toBe(
      '{\n  "growth": 0.0014,\n  "rows": [\n    {\n      "share": 0.6667\n    }\n  ],\n  "count": 7\n}\n',
    );
    expect(json).not.toMatch(/\d{5,}/);
  });
});
