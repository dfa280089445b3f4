import { describe, expect, test } from 'vitest';
import { normalizeDocumentText } from '../../../../src/lib/policy/documentText.ts';

describe('normalizeDocumentText', () => {
  test.each([
    ['four ASCII spaces', '    第一条　甲\n\n    第二条　乙'],
    ['full-width spaces', '\u3000\u3000第一条　甲\n\n\u3000\u3000第二条　乙'],
    ['no-break spaces', '\u00a0\u00a0第一条　甲\n\n\u00a0\u00a0第二条　乙'],
    ['tabs', '\t第一条　甲\n\n\t第二条　乙'],
  ])('removes pasted indentation of %s the same way', (_, body) => {
    expect(normalizeDocumentText(body).text).toBe('第一条　甲\n\n第二条　乙');
  });

  test('starts a new paragraph at a line that begins with 第X条, 第X章 or 第X节 (Word paste)', () => {
    expect(normalizeDocumentText('第一条　甲\n第二条　乙\n第二章　丙\n第一节　丁').text).toBe(
      '第一条　甲\n\n第二条　乙\n\n第二章　丙\n\n第一节　丁',
    );
  });

  test('leaves a line that only mentions an article inside its paragraph', () => {
    expect(normalizeDocumentText('申请人应当\n依照第二条办理。').text).toBe(
      '申请人应当\n依照第二条办理。',
    );
  });

  test('keeps the lines of the original for every line it writes', () => {
    const { text, sourceLines } = normalizeDocumentText('第一条　甲\n第二条　乙\n\n　第三条　丙');
    expect(text.split('\n')).toHaveLength(sourceLines.length);
    expect(sourceLines).toEqual([1, 2, 2, 3, 4]);
  });

  test('keeps the indentation of a nested list, and fenced code as written', () => {
    const body = '- 甲\n  - 乙\n\n```\n    代码\n```';
    expect(normalizeDocumentText(body).text).toBe(body);
  });

  test('changes nothing in text that needs nothing', () => {
    const body = '## 第一章　总则\n\n第一条　甲\n\n| 项目 | 金额 |\n|---|---|\n| 安家 | 20万 |';
    expect(normalizeDocumentText(body).text).toBe(body);
  });
});
