import { describe, expect, test } from 'vitest';
import {
  attachmentFileName,
  attachmentType,
  formatFileSize,
} from '../../../../src/lib/policy/attachments.ts';

describe('attachmentType', () => {
  test.each([
    ['./biaozhun.pdf', 'PDF', 'application/pdf'],
    [
      './shenbaobiao.xlsx',
      'XLSX',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    [
      'sub/qingdan.DOCX',
      'DOCX',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['./data.xyz', 'XYZ', 'application/octet-stream'],
    ['./README', '文件', 'application/octet-stream'],
  ])('%s is %s', (file, label, mime) => {
    expect(attachmentType(file)).toEqual({ label, mime });
  });
});

describe('attachmentFileName', () => {
  test('keeps a plain ASCII file name', () => {
    expect(attachmentFileName('./sub/shenbao-biao.pdf', 0)).toBe('shenbao-biao.pdf');
  });

  test.each([
    ['./申报表.pdf', 1, 'fujian-2.pdf'],
    ['./my file.docx', 0, 'fujian-1.docx'],
    ['./附件', 2, 'fujian-3'],
  ])('numbers %s', (file, index, expected) => {
    expect(attachmentFileName(file, index)).toBe(expected);
  });
});

describe('formatFileSize', () => {
  test.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [48_213, '47 KB'],
    [1024 * 1024 - 1, '1024 KB'],
    [1024 * 1024, '1 MB'],
    [2_411_724, '2.3 MB'],
  ])('%i bytes is %s', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });
});
