import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { entryFiles } from '../../../../../src/lib/validation/rules/entryFiles.ts';
import { indexOf, policyFile, talentFile } from '../../../../support/validationFiles.ts';

const onDisk = new Set(['photo.JPG', 'biao.pdf']);
const context = {
  fileExists: (_: unknown, ref: string) => onDisk.has(ref.replace(/^\.\//, '')),
  fileWithOtherCase: (_: unknown, ref: string) =>
    [...onDisk].find((name) => name.toLowerCase() === ref.replace(/^\.\//, '').toLowerCase()) ??
    null,
};

describe('entryFiles', () => {
  test('accepts attachments and photos that exist', () => {
    const files = [
      policyFile('a', { attachments: [{ title: '表', file: './biao.pdf' }] }),
      talentFile('wang-lan', { photo: './photo.JPG' }),
    ];
    expect(entryFiles(indexOf(files, context))).toEqual([]);
  });

  test('reports a missing attachment at its field', () => {
    expect(
      entryFiles(
        indexOf(
          [policyFile('a', { attachments: [{ title: '表', file: './qingdan.pdf' }] })],
          context,
        ),
      ),
    ).toEqual([
      objectContaining({
        field: 'attachments[0].file',
        rule: 'file-missing',
        message: stringContaining('qingdan.pdf'),
      }),
    ]);
  });

  test('names a photo that differs only in letter case', () => {
    expect(
      entryFiles(indexOf([talentFile('wang-lan', { photo: './photo.jpg' })], context)),
    ).toEqual([
      objectContaining({
        field: 'photo',
        rule: 'file-missing',
        message: stringContaining('只差大小写的“photo.JPG”'),
      }),
    ]);
  });

  test('says where a photo belongs when it is simply missing', () => {
    const [found] = entryFiles(
      indexOf([talentFile('wang-lan', { photo: './zhaopian.png' })], context),
    );
    expect(found?.message).toContain('照片应与 index.md 放在同一文件夹');
  });
});
