import { describe, expect, test } from 'vitest';
import { describeFields, fieldAt, knownKeysAt } from '../../../src/schemas/describe.ts';
import { incentiveSchema, policySchema } from '../../../src/schemas/index.ts';
import { arrayContaining } from '../../support/matchers.ts';

describe('describeFields', () => {
  test('reads title, requirement, type and values from the schema', () => {
    const fields = describeFields(policySchema);
    expect(fields.find((f) => f.key === 'publishedOn')).toMatchObject({
      title: '发布日期',
      required: true,
      type: '日期（YYYY-MM-DD）',
    });
    expect(fields.find((f) => f.key === 'kind')).toMatchObject({
      required: true,
      values: arrayContaining(['解读']),
    });
    expect(fields.find((f) => f.key === 'docNumber')).toMatchObject({
      required: false,
      type: '文字',
    });
  });

  test('describes nested objects and lists of objects', () => {
    expect(fieldAt(incentiveSchema, ['amount', 'times'])).toMatchObject({
      path: 'amount.times',
      title: '发放次数',
    });
    expect(fieldAt(policySchema, ['attachments', 0, 'file'])).toMatchObject({ title: '附件文件' });
  });

  test('lists the keys allowed at a path, for suggestions', () => {
    expect(knownKeysAt(incentiveSchema, ['eligibility'])).toContain('graduatedWithinYears');
    expect(knownKeysAt(incentiveSchema, [])).toContain('exclusiveWith');
  });
});
