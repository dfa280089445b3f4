import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { incentiveClause } from '../../../../../src/lib/validation/rules/incentiveClause.ts';
import {
  incentiveFile,
  indexOf,
  policyFile,
  rawFile,
  unreadableFile,
} from '../../../../support/validationFiles.ts';

const BODY = '第一条　为了……\n\n第二条　本办法适用于……\n\n第三条　本办法自发布之日起施行。';

describe('incentiveClause', () => {
  test('accepts an article that stands in the policy', () => {
    expect(
      incentiveClause(
        indexOf([
          policyFile('yinjin-banfa', {}, BODY),
          incentiveFile('butie', { clause: '第二条' }),
        ]),
      ),
    ).toEqual([]);
  });

  test('reports an article that does not, listing those that do', () => {
    expect(
      incentiveClause(
        indexOf([
          policyFile('yinjin-banfa', {}, BODY),
          incentiveFile('butie', { clause: '第九条' }),
        ]),
      ),
    ).toEqual([
      objectContaining({
        field: 'clause',
        rule: 'clause',
        message: stringContaining('该文件的条款为：第一条、第二条、第三条'),
      }),
    ]);
  });

  test('reads the body of a policy whose frontmatter is invalid', () => {
    const invalid = rawFile('policies', 'yinjin-banfa', { title: '' }, BODY);
    expect(
      incentiveClause(indexOf([invalid, incentiveFile('butie', { clause: '第九条' })])),
    ).toHaveLength(1);
  });

  test('does not judge a clause of a policy that could not be read', () => {
    expect(
      incentiveClause(
        indexOf([
          unreadableFile('policies', 'yinjin-banfa'),
          incentiveFile('butie', { clause: '第九条' }),
        ]),
      ),
    ).toEqual([]);
  });
});
