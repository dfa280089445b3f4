import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { policyReferences } from '../../../../../src/lib/validation/rules/policyReferences.ts';
import { indexOf, policyFile, unreadableFile } from '../../../../support/validationFiles.ts';

const jiedu = (slug: string, interprets: string) => policyFile(slug, { kind: '解读', interprets });

describe('policyReferences', () => {
  test('accepts references to existing policies', () => {
    expect(
      policyReferences(
        indexOf([
          policyFile('old'),
          policyFile('new', { supersedes: ['old'], amends: ['base'] }),
          policyFile('base'),
          jiedu('new-jiedu', 'new'),
        ]),
      ),
    ).toEqual([]);
  });

  test.each(['supersedes', 'amends'])(
    'reports a %s target that does not exist, suggesting the closest slug',
    (field) => {
      expect(
        policyReferences(
          indexOf([
            policyFile('rencai-gongyu-banfa'),
            policyFile('b', { [field]: ['rencai-gongyu-banfaa'] }),
          ]),
        ),
      ).toEqual([
        objectContaining({
          file: 'content/policies/b.md',
          field: `${field}[0]`,
          rule: 'reference',
          message: stringContaining('是否应为“rencai-gongyu-banfa”？'),
        }),
      ]);
    },
  );

  test.each(['supersedes', 'amends'])('refuses a policy that %s itself', (field) => {
    expect(policyReferences(indexOf([policyFile('a', { [field]: ['a'] })]))).toEqual([
      objectContaining({ field: `${field}[0]`, rule: 'reference' }),
    ]);
  });

  test('refuses a 解读 as the policy that is replaced', () => {
    expect(
      policyReferences(
        indexOf([
          policyFile('a'),
          jiedu('a-jiedu', 'a'),
          policyFile('b', { supersedes: ['a-jiedu'] }),
        ]),
      ),
    ).toEqual([
      objectContaining({
        file: 'content/policies/b.md',
        message: stringContaining('政策解读'),
      }),
    ]);
  });

  test('reports a 解读 of a missing policy, of itself, or of another 解读', () => {
    const problems = policyReferences(
      indexOf([
        policyFile('a'),
        jiedu('j1', 'missing'),
        jiedu('j2', 'j2'),
        jiedu('j3', 'j4'),
        jiedu('j4', 'a'),
      ]),
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/policies/j1.md', 'interprets'],
      ['content/policies/j2.md', 'interprets'],
      ['content/policies/j3.md', 'interprets'],
    ]);
  });

  test('says nothing about a reference to a policy whose file could not be read', () => {
    expect(
      policyReferences(
        indexOf([unreadableFile('policies', 'a'), policyFile('b', { supersedes: ['a'] })]),
      ),
    ).toEqual([]);
  });
});
