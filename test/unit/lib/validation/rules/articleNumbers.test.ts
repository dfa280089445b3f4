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

describe('articleNumbers: numbers that skip', () => {
  test('warns of a skipped number at the article after the gap, naming what is missing', () => {
    const file = policyFile('a', {}, '第一条　甲\n\n第二条　乙\n\n第五条　丙');
    expect(articleNumbers(indexOf([file]))).toEqual([
      objectContaining({
        line: file.bodyLine + 4,
        rule: 'article-skipped',
        severity: 'warning',
        message: stringContaining('第二条之后是第五条，缺少第三条至第四条'),
      }),
    ]);
  });

  test('numbers an annex on its own', () => {
    const body = '第一条　甲\n\n第二条　乙\n\n附件1\n\n第一条　丙\n\n第三条　丁';
    expect(articleNumbers(indexOf([policyFile('a', {}, body)])).map((p) => p.message)).toEqual([
      stringContaining('附件1中的第一条之后是第三条'),
    ]);
  });
});
