import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { slugForm } from '../../../../../src/lib/validation/rules/slugForm.ts';
import {
  indexOf,
  indicatorsFile,
  policyFile,
  talentFile,
} from '../../../../support/validationFiles.ts';

describe('slugForm', () => {
  test('accepts kebab-case ASCII slugs and four-digit indicator years', () => {
    expect(
      slugForm(
        indexOf([policyFile('yinjin-banfa'), talentFile('wang-lan'), indicatorsFile('2024')]),
      ),
    ).toEqual([]);
  });

  test.each(['Yinjin_Banfa', 'yinjin banfa', '-yinjin', 'yinjin--banfa'])(
    'refuses the file name %s, naming the field (文件名)',
    (slug) => {
      expect(slugForm(indexOf([policyFile(slug)]))).toEqual([
        objectContaining({ rule: 'slug-form', field: '(文件名)', line: 1 }),
      ]);
    },
  );

  test('suggests a pinyin slug for a Chinese file name', () => {
    const [found] = slugForm(indexOf([policyFile('人才公寓管理办法')]));
    expect(found?.message).toContain('建议改为拼音“rencai-gongyu-guanli-banfa”');
  });

  test('calls a talent folder a 文件夹名', () => {
    expect(slugForm(indexOf([talentFile('王岚')]))).toEqual([
      objectContaining({
        field: '(文件夹名)',
        message: stringContaining('wang-lan'),
      }),
    ]);
  });

  test('refuses the words the list pages use in their URLs', () => {
    expect(slugForm(indexOf([policyFile('topic'), talentFile('returnee')]))).toEqual([
      objectContaining({ rule: 'slug-reserved', file: 'content/policies/topic.md' }),
      objectContaining({ rule: 'slug-reserved', file: 'content/talents/returnee/index.md' }),
    ]);
  });

  test('asks for a four-digit year as the name of an indicators file', () => {
    expect(slugForm(indexOf([indicatorsFile('2024nian')]))).toEqual([
      objectContaining({ rule: 'slug-form', message: stringContaining('2024.yaml') }),
    ]);
  });
});
