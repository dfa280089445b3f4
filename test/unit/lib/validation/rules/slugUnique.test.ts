import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { slugUnique } from '../../../../../src/lib/validation/rules/slugUnique.ts';
import { indexOf, policyFile, rawFile } from '../../../../support/validationFiles.ts';
import { makePolicy } from '../../../../support/factories.ts';

describe('slugUnique', () => {
  test('reports the second file of a slug, naming the first', () => {
    const first = rawFile('policies', 'banfa', makePolicy(), '', 'content/policies/2023/banfa.md');
    const second = rawFile('policies', 'banfa', makePolicy(), '', 'content/policies/2024/banfa.md');
    expect(slugUnique(indexOf([first, second]))).toEqual([
      objectContaining({
        file: 'content/policies/2024/banfa.md',
        rule: 'slug-unique',
        field: '(文件名)',
        message: stringContaining('content/policies/2023/banfa.md'),
      }),
    ]);
  });

  test('lets two collections share a slug', () => {
    expect(
      slugUnique(indexOf([policyFile('banfa'), rawFile('incentives', 'banfa', {}, '')])),
    ).toEqual([]);
  });
});
