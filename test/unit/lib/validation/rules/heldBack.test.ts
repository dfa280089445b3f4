import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { heldBack } from '../../../../../src/lib/validation/rules/heldBack.ts';
import { incentiveFile, indexOf, policyFile } from '../../../../support/validationFiles.ts';

describe('heldBack', () => {
  test('warns about an incentive whose policy is a draft, at its policy field', () => {
    expect(
      heldBack(indexOf([policyFile('yinjin-banfa', { draft: true }), incentiveFile('butie')])),
    ).toEqual([
      objectContaining({
        file: 'content/incentives/butie.md',
        field: 'policy',
        rule: 'held-back',
        severity: 'warning',
        message: stringContaining('content/policies/yinjin-banfa.md'),
      }),
    ]);
  });

  test.each([
    ['supersedes', { supersedes: ['old'] }],
    ['amends', { amends: ['old'] }],
    ['interprets', { kind: '解读', interprets: 'old' }],
  ])('names the %s field of a policy held back with the one it refers to', (field, overrides) => {
    const problems = heldBack(
      indexOf([policyFile('old', { publishedOn: '2027-01-01' }), policyFile('new', overrides)]),
    );
    expect(problems).toEqual([objectContaining({ file: 'content/policies/new.md', field })]);
  });

  test('is silent when everything referred to is published', () => {
    expect(heldBack(indexOf([policyFile('yinjin-banfa'), incentiveFile('butie')]))).toEqual([]);
  });
});
