import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { exclusiveWith } from '../../../../../src/lib/validation/rules/exclusiveWith.ts';
import { incentiveFile, indexOf } from '../../../../support/validationFiles.ts';

describe('exclusiveWith', () => {
  test('accepts another existing incentive', () => {
    expect(
      exclusiveWith(indexOf([incentiveFile('a', { exclusiveWith: ['b'] }), incentiveFile('b')])),
    ).toEqual([]);
  });

  test('refuses the incentive itself', () => {
    expect(exclusiveWith(indexOf([incentiveFile('a', { exclusiveWith: ['a'] })]))).toEqual([
      objectContaining({ field: 'exclusiveWith[0]', message: '事项不能与自身不可兼得' }),
    ]);
  });

  test('reports a missing incentive with the closest slug', () => {
    expect(
      exclusiveWith(
        indexOf([
          incentiveFile('zufang-butie'),
          incentiveFile('b', { exclusiveWith: ['zufang-bu'] }),
        ]),
      ),
    ).toEqual([
      objectContaining({
        field: 'exclusiveWith[0]',
        message: stringContaining('是否应为“zufang-butie”？'),
      }),
    ]);
  });
});
