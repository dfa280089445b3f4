import { describe, expect, test } from 'vitest';
import { objectContaining } from '../../../../support/matchers.ts';
import {
  cycleThrough,
  relationCycles,
} from '../../../../../src/lib/validation/rules/relationCycles.ts';
import { indexOf, policyFile } from '../../../../support/validationFiles.ts';

describe('cycleThrough', () => {
  test('finds the slugs along a cycle back to the start', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(cycleThrough('a', edges)).toEqual(['a', 'b', 'c', 'a']);
  });

  test('finds none in a chain', () => {
    expect(
      cycleThrough(
        'a',
        new Map([
          ['a', ['b']],
          ['b', ['c']],
        ]),
      ),
    ).toBeNull();
  });
});

describe('relationCycles', () => {
  test('reports each policy on a supersedes cycle', () => {
    const problems = relationCycles(
      indexOf([
        policyFile('a', { supersedes: ['b'] }),
        policyFile('b', { supersedes: ['a'] }),
        policyFile('c', { supersedes: ['a'] }),
      ]),
    );
    expect(problems).toEqual([
      objectContaining({
        file: 'content/policies/a.md',
        rule: 'supersedes-cycle',
        message: '替代关系形成循环：a → b → a',
      }),
      objectContaining({ file: 'content/policies/b.md', rule: 'supersedes-cycle' }),
    ]);
  });

  test('reports an amends cycle as its own relation', () => {
    expect(
      relationCycles(
        indexOf([policyFile('a', { amends: ['b'] }), policyFile('b', { amends: ['a'] })]),
      ).map((p) => p.rule),
    ).toEqual(['amends-cycle', 'amends-cycle']);
  });

  test('does not mix the relations: a supersedes b while b amends a is no cycle', () => {
    expect(
      relationCycles(
        indexOf([policyFile('a', { supersedes: ['b'] }), policyFile('b', { amends: ['a'] })]),
      ),
    ).toEqual([]);
  });
});
