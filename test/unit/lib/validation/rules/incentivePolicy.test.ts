import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { incentivePolicy } from '../../../../../src/lib/validation/rules/incentivePolicy.ts';
import {
  incentiveFile,
  indexOf,
  policyFile,
  unreadableFile,
} from '../../../../support/validationFiles.ts';

describe('incentivePolicy', () => {
  test('accepts an existing policy document', () => {
    expect(incentivePolicy(indexOf([policyFile('yinjin-banfa'), incentiveFile('butie')]))).toEqual(
      [],
    );
  });

  test('reports a missing policy and suggests the slug the editor probably meant', () => {
    expect(
      incentivePolicy(
        indexOf([policyFile('yinjin-banfa'), incentiveFile('butie', { policy: 'yinjin-bnafa' })]),
      ),
    ).toEqual([
      objectContaining({
        file: 'content/incentives/butie.md',
        field: 'policy',
        rule: 'reference',
        message:
          '找不到依据文件“yinjin-bnafa”：请填写 policies 中已有文件的 slug。是否应为“yinjin-banfa”？',
      }),
    ]);
  });

  test('offers no suggestion when no slug is close', () => {
    const [found] = incentivePolicy(
      indexOf([policyFile('yinjin-banfa'), incentiveFile('butie', { policy: 'zhicheng' })]),
    );
    expect(found?.message).not.toContain('是否应为');
  });

  test('refuses a 解读 as the source of an incentive', () => {
    expect(
      incentivePolicy(
        indexOf([
          policyFile('a'),
          policyFile('yinjin-banfa', { kind: '解读', interprets: 'a' }),
          incentiveFile('butie'),
        ]),
      ),
    ).toEqual([objectContaining({ message: stringContaining('政策解读') })]);
  });

  test('says nothing when the policy exists but could not be read', () => {
    expect(
      incentivePolicy(
        indexOf([unreadableFile('policies', 'yinjin-banfa'), incentiveFile('butie')]),
      ),
    ).toEqual([]);
  });
});
