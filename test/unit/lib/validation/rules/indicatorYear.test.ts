import { describe, expect, test } from 'vitest';
import { objectContaining } from '../../../../support/matchers.ts';
import { indicatorYear } from '../../../../../src/lib/validation/rules/indicatorYear.ts';
import { indexOf, indicatorsFile } from '../../../../support/validationFiles.ts';

describe('indicatorYear', () => {
  test('accepts a year equal to the file name', () => {
    expect(indicatorYear(indexOf([indicatorsFile('2024', { year: 2024 })]))).toEqual([]);
  });

  test('reports a year that differs from the file name', () => {
    expect(indicatorYear(indexOf([indicatorsFile('2024', { year: 2023 })]))).toEqual([
      objectContaining({
        field: 'year',
        rule: 'indicator-year',
        message: '年份 2023 与文件名 2024.yaml 不一致',
      }),
    ]);
  });
});
