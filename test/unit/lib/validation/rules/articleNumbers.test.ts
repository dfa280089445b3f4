import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { articleNumbers } from '../../../../../src/lib/validation/rules/articleNumbers.ts';
import { indexOf, policyFile } from '../../../../support/validationFiles.ts';

describe('articleNumbers', () => {
  test('accepts articles numbered once each', () => {
    expect(articleNumbers(indexOf([policyFile('a', {}, '第一条　甲\n\n第二条　乙')]))).toEqual([]);
  });

  test('warns of a repeated article at its line, naming the first', () => {
    const file = policyFile('a', {}, '第一条　甲\n\n第二条　乙\n\n第二条　丙');
    expect(articleNumbers(indexOf([file]))).toEqual([
      objectContaining({
        line: file.bodyLine + 4,
        field: 'body',
        rule: 'article-duplicate',
        severity: 'warning',
        message: stringContaining(`第一次在第 ${file.bodyLine + 2} 行`),
      }),
    ]);
  });
});
