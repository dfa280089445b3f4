import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { uniqueNumbers } from '../../../../../src/lib/validation/rules/uniqueNumbers.ts';
import { indexOf, policyFile } from '../../../../support/validationFiles.ts';

describe('uniqueNumbers', () => {
  test('reports a shared 发文字号 on both files, each naming the other', () => {
    const problems = uniqueNumbers(
      indexOf([
        policyFile('a', { docNumber: '测人社发〔2024〕1号' }),
        policyFile('b', { docNumber: '测人社发〔2024〕1号' }),
        policyFile('c', { docNumber: '测人社发〔2024〕2号' }),
      ]),
    );
    expect(problems).toEqual([
      objectContaining({
        file: 'content/policies/a.md',
        field: 'docNumber',
        rule: 'doc-number-unique',
        message: stringContaining('content/policies/b.md'),
      }),
      objectContaining({
        file: 'content/policies/b.md',
        rule: 'doc-number-unique',
        message: stringContaining('content/policies/a.md'),
      }),
    ]);
  });

  test('reports a shared 索引号', () => {
    expect(
      uniqueNumbers(
        indexOf([policyFile('a', { indexNo: 'X-1' }), policyFile('b', { indexNo: 'X-1' })]),
      ),
    ).toHaveLength(2);
  });
});
